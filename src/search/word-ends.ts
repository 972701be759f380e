import { decodeEndsChunk, reverseTerm, type SortedStrings } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { ChunkCache } from './chunk-cache.js';
import type { Directory } from './directory.js';

/**
 * The index's vocabulary by word endings (the word-ends chunks), fetched by ending range and
 * only on the typo path: it finds the words a misspelled word may stand for when the typo is
 * in its first letters, where the term chunks, sorted by first letters, cannot.
 */
export class WordEnds {
  /** The word-ends chunks, by file (preloading fills it too). */
  readonly chunks: ChunkCache<SortedStrings>;

  constructor(fetcher: Fetcher, readonly directory: Directory<string>) {
    this.chunks = new ChunkCache(fetcher, 'ends', decodeEndsChunk);
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded + this.directory.bytesLoaded;
  }

  /** The reversed terms of the chunks whose ranges meet [from, to], each chunk's in order. */
  private async chunksOf(from: string, to: string): Promise<SortedStrings[]> {
    const found = await this.directory.chunks(from, to);
    return Promise.all(found.map(({ file }) => this.chunks.get(file)));
  }

  /** The given terms that are index terms. */
  async filterKnown(terms: string[]): Promise<string[]> {
    const reversed = terms.map(reverseTerm);
    // each term's chunk, each chunk fetched once (the one-edit variants of a word are hundreds)
    const found = await Promise.all(reversed.map((key) => this.directory.chunks(key, key)));
    const chunks = new Map<string, Promise<SortedStrings>>();
    for (const { file } of found.flat()) if (!chunks.has(file[0])) chunks.set(file[0], this.chunks.get(file));
    const loaded = new Map(await Promise.all([...chunks].map(async ([hash, chunk]) => [hash, await chunk] as const)));
    return terms.filter((_, i) => found[i]!.some(({ file }) => loaded.get(file[0])!.indexOf(reversed[i]!) >= 0));
  }

  /**
   * Every index term that ends with `ending`, spelled backwards as stored: edit distances are
   * the same backwards, so a caller reverses only the terms it keeps.
   */
  async reversedEndingWith(ending: string): Promise<string[]> {
    const key = reverseTerm(ending);
    const chunks = await this.chunksOf(key, `${key}\uffff`);
    return chunks.flatMap((terms) => terms.slice(...terms.prefixRun(key)));
  }
}
