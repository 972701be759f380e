import { BahthIndexError } from './types.js';
import type { Fetcher } from './fetcher.js';

/**
 * Fetches one index file and decodes it; any failure to decode (bad gzip, truncated or
 * impossible data) becomes a "corrupt" error naming the file.
 */
export async function readIndexFile<T>(fetcher: Fetcher, name: string, decode: (bytes: Uint8Array) => Promise<T> | T): Promise<T> {
  return decodeIndexFile(name, await fetcher.read(name), decode);
}

/** Decodes the bytes of index file `name`, however they were read; a failure becomes a "corrupt" error naming it. */
export async function decodeIndexFile<T>(name: string, bytes: Uint8Array, decode: (bytes: Uint8Array) => Promise<T> | T): Promise<T> {
  try {
    return await decode(bytes);
  } catch (error) {
    throw new BahthIndexError('corrupt', `${name} is corrupt (${(error as Error).message}): rebuild the index`, name);
  }
}
