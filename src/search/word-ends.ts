import { decodeEndsChunk, reverseTerm } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { prefixRun, sortedIncludes } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';
import type { Directory } from './directory.js';

/**
 * The index's vocabulary by word endings (the word-ends chunks), fetched by ending range and
 * only on the typo path: it finds the words a misspelled word may stand for when the typo is
 * in its first letters, where the term chunks, sorted by first letters, cannot.
 */
export class WordEnds {
  /** The word-ends chunks, by file (preloading fills it too). */
  readonly chunks: ChunkCache<string[]>;

  constructor(fetcher: Fetcher, readonly directory: Directory<string>) {
    this.chunks = new ChunkCache(fetcher, 'ends', decodeEndsChunk);
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded + this.directory.bytesLoaded;
  }

  /** The reversed terms of the chunks whose ranges meet [from, to], each chunk's in order. */
  private async chunksOf(from: string, to: string): Promise<string[][]> {
    const found = await this.directory.chunks(from, to);
    return Promise.all(found.map(({ file }) => this.chunks.get(file)));
  }

  /** The given terms that are index terms. */
  async filterKnown(terms: string[]): Promise<string[]> {
    const reversed = terms.map(reverseTerm);
    const chunks = await Promise.all(reversed.map((key) => this.chunksOf(key, key)));
    return terms.filter((_, i) => chunks[i]!.some((chunk) => sortedIncludes(chunk, reversed[i]!)));
  }

  /**
   * Every index term that ends with `ending`, spelled backwards as stored: edit distances are
   * the same backwards, so a caller reverses only the terms it keeps.
   */
  async reversedEndingWith(ending: string): Promise<string[]> {
    const key = reverseTerm(ending);
    const chunks = await this.chunksOf(key, `${key}\uffff`);
    return chunks.flatMap((terms) => terms.slice(...prefixRun(terms, key)));
  }
}
