import { decodeEndsChunk, reverseTerm, type Manifest } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunkHolding, chunksOfPrefix, prefixRun, sortedIncludes } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';

/**
 * The index's vocabulary by word endings (the word-ends chunks), fetched by ending range and
 * only on the typo path: it finds the words a misspelled word may stand for when the typo is
 * in its first letters, where the term chunks, sorted by first letters, cannot.
 */
export class WordEnds {
  /** The word-ends chunks, by number (preloading fills it too). */
  readonly chunks: ChunkCache<string[]>;

  constructor(fetcher: Fetcher, manifest: Manifest, private readonly chunkStarts: string[]) {
    this.chunks = new ChunkCache(fetcher, 'ends', manifest.files.ends, decodeEndsChunk);
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded;
  }

  /** The given terms that are index terms. */
  async filterKnown(terms: string[]): Promise<string[]> {
    if (!this.chunkStarts.length) return [];
    const reversed = terms.map(reverseTerm);
    const chunks = await Promise.all(reversed.map((key) => this.chunks.get(chunkHolding(this.chunkStarts, key))));
    return terms.filter((_, i) => sortedIncludes(chunks[i]!, reversed[i]!));
  }

  /**
   * Every index term that ends with `ending`, spelled backwards as stored: edit distances are
   * the same backwards, so a caller reverses only the terms it keeps.
   */
  async reversedEndingWith(ending: string): Promise<string[]> {
    if (!this.chunkStarts.length) return [];
    const key = reverseTerm(ending);
    const chunks = await Promise.all(chunksOfPrefix(this.chunkStarts, key).map((n) => this.chunks.get(n)));
    return chunks.flatMap((terms) => terms.slice(...prefixRun(terms, key)));
  }
}
