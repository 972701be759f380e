import { ByteReader, ByteWriter, FormatError } from './bytes.js';

/**
 * A preload pack, before compression: `varint size` of each of its chunks before compression,
 * then those chunks' bytes before compression, one after the other. The pack is compressed as
 * one stream, so the chunks share their compression context: a pack is smaller than its chunks
 * compressed one by one, and the browser inflates it once.
 */
export function encodePack(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new ByteWriter();
  for (const chunk of chunks) out.varint(chunk.length);
  for (const chunk of chunks) out.raw(chunk);
  return out.finish();
}

/** Splits an inflated pack of `count` chunks into the chunks' bytes before compression. */
export function decodePack(data: Uint8Array, count: number): Uint8Array[] {
  const reader = new ByteReader(data);
  const sizes = Array.from({ length: count }, () => reader.varint());
  const chunks = sizes.map((size) => reader.raw(size));
  if (!reader.done) throw new FormatError('a preload pack holds more than its chunks');
  return chunks;
}
