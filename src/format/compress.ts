/**
 * Every index file is stored gzip-compressed and inflated in the browser with the native
 * DecompressionStream, so the index is small on the wire even when a static host does not
 * compress binary files (most do not).
 */

async function pipe(data: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const response = new Response(new Blob([data as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

/** Inflates gzip data. */
export function gunzip(data: Uint8Array): Promise<Uint8Array> {
  return pipe(data, new DecompressionStream('gzip'));
}

/** Deflates data with gzip, using the platform's CompressionStream (the browser-side builder). */
export function gzip(data: Uint8Array): Promise<Uint8Array> {
  return pipe(data, new CompressionStream('gzip'));
}

/** A function that gzips bytes: the Node build passes zlib at level 9, the browser {@link gzip}. */
export type Compressor = (data: Uint8Array) => Promise<Uint8Array> | Uint8Array;
