import { concatBytes } from './bytes.js';

/**
 * Every index file is stored gzip-compressed and inflated in the browser with the native
 * DecompressionStream, so the index is small on the wire even when a static host does not
 * compress binary files (most do not).
 */

/**
 * Runs `data` through a compression stream. Written and read directly: going through Blob and
 * Response instead costs about six times as long per chunk (measured in Chromium, 1.1 against
 * 0.18 ms a chunk), which adds up over the hundreds of chunks of a preload.
 */
async function pipe(data: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const writer = (stream.writable as WritableStream<Uint8Array>).getWriter();
  // a failure surfaces on the reading side as well: only the reader's is reported
  writer.write(data).catch(() => {});
  writer.close().catch(() => {});
  const reader = (stream.readable as ReadableStream<Uint8Array>).getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatBytes(parts);
    parts.push(value);
  }
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
