import SearchableMap from 'minisearch/SearchableMap';
import { TermChunk, type Manifest, type TermPostings } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunkHolding, chunksOfPrefix, prefixRun } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';

/**
 * The part of the term index loaded so far: MiniSearch's radix tree (SearchableMap) for exact
 * lookups, and the chunks' own sorted terms for prefix lookups. Term chunks are fetched by term
 * range, each at most once.
 */
export class TermDictionary {
  /**
   * Where each loaded term is: its index in its chunk × the number of chunks + the chunk's
   * number. A small integer rather than an object per term: a preloaded index has hundreds of
   * thousands of terms, and every object is one more for the garbage collector to trace.
   */
  private readonly map = new SearchableMap<number>();
  private readonly cache = new Map<string, TermPostings>();
  /** The decoded term chunks by number, for prefix lookups in their sorted terms. */
  private readonly decoded: TermChunk[] = [];
  /** The term chunks, by number (preloading fills it too). */
  readonly chunks: ChunkCache<TermChunk>;

  constructor(fetcher: Fetcher, manifest: Manifest, private readonly chunkStarts: string[]) {
    this.chunks = new ChunkCache(fetcher, 'terms', manifest.files.terms, (data, n) => {
      const chunk = new TermChunk(data);
      const chunkCount = this.chunkStarts.length;
      chunk.terms.forEach((term, index) => this.map.set(term, index * chunkCount + n));
      this.decoded[n] = chunk;
      return chunk;
    });
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded;
  }

  /** Number of the chunk whose range holds `term`. */
  chunkOf(term: string): number {
    return chunkHolding(this.chunkStarts, term);
  }

  /** Numbers of the chunks that may hold terms starting with `prefix`. */
  chunksOfPrefix(prefix: string): number[] {
    return chunksOfPrefix(this.chunkStarts, prefix);
  }

  /** Loads the given chunks (those not loaded yet), in parallel. */
  async load(chunks: Iterable<number>): Promise<void> {
    await Promise.all([...new Set(chunks)].map((n) => this.chunks.get(n)));
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
    if (ref === undefined) return undefined;
    const chunkCount = this.chunkStarts.length;
    postings = this.decoded[ref % chunkCount]!.postings(Math.floor(ref / chunkCount));
    this.cache.set(term, postings);
    return postings;
  }

  /**
   * Makes `term` (never an index term: it holds a space) stand for `postings`, derived from index
   * terms: a cross-script match of several words (حزب الله) scored as one term.
   */
  define(term: string, postings: TermPostings): void {
    this.cache.set(term, postings);
  }

  /** Number of documents holding `term` in its most common field (0 if absent): a lower bound of its document frequency. */
  documentFrequency(term: string): number {
    let most = 0;
    // postings are sparse (no entry for a field without the term): loop, don't map
    for (const entry of this.postings(term) ?? []) if (entry && entry.docs.length > most) most = entry.docs.length;
    return most;
  }

  /**
   * Loaded terms starting with `prefix`, in term order, each with the size of its encoded
   * postings: a cheap stand-in for its frequency, known without decoding them. Read by binary
   * search from the sorted terms of the chunks that can hold them: a two-letter prefix has
   * thousands of completions, which the radix tree would walk node by node.
   */
  withPrefix(prefix: string): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const n of this.chunksOfPrefix(prefix)) {
      const chunk = this.decoded[n];
      if (!chunk) continue;
      const [start, end] = prefixRun(chunk.terms, prefix);
      for (let i = start; i < end; i++) out.push([chunk.terms[i]!, chunk.postingBytes(i)]);
    }
    return out;
  }

}
