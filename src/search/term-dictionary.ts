import SearchableMap from 'minisearch/SearchableMap';
import { fileName, TermChunk, gunzip, type Manifest, type TermPostings } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunkHolding } from './chunk-directory.js';
import { readIndexFile } from './read-file.js';

/** Where a loaded term's postings are. */
interface TermRef {
  chunk: TermChunk;
  index: number;
}

/**
 * The part of the term index loaded so far, in MiniSearch's radix tree (SearchableMap) for
 * exact, prefix and fuzzy lookups. Term chunks are fetched by term range, each at most once.
 */
export class TermDictionary {
  private readonly map = new SearchableMap<TermRef>();
  private readonly loading = new Map<number, Promise<void>>();
  private readonly cache = new Map<string, TermPostings>();
  bytesLoaded = 0;

  constructor(
    private readonly fetcher: Fetcher,
    private readonly manifest: Manifest,
    private readonly chunkStarts: string[],
  ) {}

  /** Number of the chunk whose range holds `term`. */
  chunkOf(term: string): number {
    return chunkHolding(this.chunkStarts, term);
  }

  /** Numbers of the chunks that may hold terms starting with `prefix`. */
  chunksOfPrefix(prefix: string): number[] {
    const first = this.chunkOf(prefix);
    const last = this.chunkOf(prefix + '\uffff');
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }

  get chunkCount(): number {
    return this.chunkStarts.length;
  }

  isLoaded(chunk: number): boolean {
    return this.loading.has(chunk);
  }

  /** Loads the given chunks (those not loaded yet), in parallel. */
  load(chunks: Iterable<number>): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const n of new Set(chunks)) {
      let p = this.loading.get(n);
      if (!p) {
        p = this.fetchChunk(n);
        this.loading.set(n, p);
        // a failed chunk may be retried by a later query
        p.catch(() => this.loading.delete(n));
      }
      pending.push(p);
    }
    return Promise.all(pending).then(() => undefined);
  }

  private async fetchChunk(n: number): Promise<void> {
    const file = this.manifest.files.terms[n]!;
    const name = fileName('terms', file);
    const chunk = await readIndexFile(this.fetcher, name, async (bytes) => new TermChunk(await gunzip(bytes)));
    this.bytesLoaded += file[1];
    chunk.terms.forEach((term, index) => this.map.set(term, { chunk, index }));
  }

  /** Whether `term` is in a loaded chunk. */
  has(term: string): boolean {
    return this.map.has(term);
  }

  /** Postings of a loaded term (decoded once, then cached), or undefined. */
  postings(term: string): TermPostings | undefined {
    let postings = this.cache.get(term);
    if (postings) return postings;
    const ref = this.map.get(term);
    if (!ref) return undefined;
    postings = ref.chunk.postings(ref.index);
    this.cache.set(term, postings);
    return postings;
  }

  /** Number of documents holding `term` in its most common field (0 if absent): a lower bound of its document frequency. */
  documentFrequency(term: string): number {
    let most = 0;
    // postings are sparse (no entry for a field without the term): loop, don't map
    for (const entry of this.postings(term) ?? []) if (entry && entry.docs.length > most) most = entry.docs.length;
    return most;
  }

  /**
   * Loaded terms starting with `prefix`, each with the size of its encoded postings: a cheap
   * stand-in for its frequency, known without decoding them.
   */
  withPrefix(prefix: string): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const [term, ref] of this.map.atPrefix(prefix)) out.push([term, ref.chunk.postingBytes(ref.index)]);
    return out;
  }

  /** Loaded terms within `maxEdits` edits of `term`, with their distance. */
  near(term: string, maxEdits: number): Array<[string, number]> {
    return [...this.map.fuzzyGet(term, maxEdits)].map(([t, [, distance]]) => [t, distance]);
  }
}
