import { decodeEndsChunk, fileName, gunzip, reverseTerm, type Manifest } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunkHolding, sortedIncludes } from './chunk-directory.js';
import { readIndexFile } from './read-file.js';

/**
 * The index's vocabulary by word endings (the word-ends chunks), fetched by ending range and
 * only on the typo path: it finds the words a misspelled word may stand for when the typo is
 * in its first letters, where the term chunks, sorted by first letters, cannot.
 */
export class WordEnds {
  private readonly chunks = new Map<number, Promise<string[]>>();
  bytesLoaded = 0;

  constructor(
    private readonly fetcher: Fetcher,
    private readonly manifest: Manifest,
    private readonly chunkStarts: string[],
  ) {}

  private chunk(n: number): Promise<string[]> {
    let p = this.chunks.get(n);
    if (!p) {
      const file = this.manifest.files.ends[n]!;
      p = readIndexFile(this.fetcher, fileName('ends', file), async (bytes) => decodeEndsChunk(await gunzip(bytes)));
      p.then(() => (this.bytesLoaded += file[1]), () => this.chunks.delete(n));
      this.chunks.set(n, p);
    }
    return p;
  }

  /** The given terms that are index terms. */
  async filterKnown(terms: string[]): Promise<string[]> {
    if (!this.chunkStarts.length) return [];
    const reversed = terms.map(reverseTerm);
    const chunks = await Promise.all(reversed.map((key) => this.chunk(chunkHolding(this.chunkStarts, key))));
    return terms.filter((_, i) => sortedIncludes(chunks[i]!, reversed[i]!));
  }

  /** Every index term that ends with `ending`. */
  async endingWith(ending: string): Promise<string[]> {
    if (!this.chunkStarts.length) return [];
    const key = reverseTerm(ending);
    const first = chunkHolding(this.chunkStarts, key);
    const last = chunkHolding(this.chunkStarts, key + '\uffff');
    const chunks = await Promise.all(Array.from({ length: last - first + 1 }, (_, i) => this.chunk(first + i)));
    const out: string[] = [];
    for (const terms of chunks) for (const term of terms) if (term.startsWith(key)) out.push(reverseTerm(term));
    return out;
  }
}
