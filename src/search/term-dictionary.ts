import SearchableMap from 'minisearch/SearchableMap';
import { TermChunk, type TermPostings } from '../format/index.js';
import { prefixRun } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';
import type { ChunkEntry, Directory } from './directory.js';
import type { Fetcher } from './fetcher.js';

/** Where a loaded term is, packed in one number: its index in its chunk × this + its chunk's load number. */
const CHUNK_SLOTS = 2 ** 20;

/** The end of a prefix's range of terms: every term starting with the prefix sorts before it. */
const upTo = (prefix: string) => `${prefix}\uffff`;

/**
 * The part of the term index loaded so far: MiniSearch's radix tree (SearchableMap) for exact
 * lookups, and the chunks' own sorted terms for prefix lookups. Term chunks are fetched by term
 * range (their directory's pages first), each at most once.
 */
export class TermDictionary {
  /**
   * Where each loaded term is, as a small integer rather than an object per term: a preloaded
   * index has hundreds of thousands of terms, and every object is one more for the garbage
   * collector to trace.
   */
  private readonly map = new SearchableMap<number>();
  private readonly cache = new Map<string, TermPostings>();
  /** The decoded term chunks in the order they were loaded, and each one's place in it by hash. */
  private readonly decoded: TermChunk[] = [];
  private readonly loadNumber = new Map<string, number>();
  /** The chunks that may hold the terms starting with each prefix loaded. */
  private readonly prefixChunks = new Map<string, Array<ChunkEntry<string>>>();
  /** The term chunks, by file (preloading fills it too). */
  readonly chunks: ChunkCache<TermChunk>;
  /**
   * Loads chunks into {@link chunks}: one by one, until the engine's deferred part brings a
   * loader that reads a run of them through their preload pack (pack-reads.ts).
   */
  loadChunks = (entries: Array<ChunkEntry<string>>): Promise<unknown> => Promise.all(entries.map(({ file }) => this.chunks.get(file)));

  constructor(fetcher: Fetcher, readonly directory: Directory<string>) {
    this.chunks = new ChunkCache(fetcher, 'terms', (data, [hash]) => this.index(hash, new TermChunk(data)));
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded + this.directory.bytesLoaded;
  }

  /** Loads the chunks that may hold `terms` and the terms starting with each of `prefixes` (those not loaded yet), in parallel. */
  async load(terms: Iterable<string>, prefixes: Iterable<string> = []): Promise<void> {
    const found = await Promise.all([
      ...[...terms].map((term) => this.directory.chunks(term, term)),
      ...[...prefixes].map(async (prefix) => {
        const chunks = await this.directory.chunks(prefix, upTo(prefix));
        this.prefixChunks.set(prefix, chunks);
        return chunks;
      }),
    ]);
    await this.loadChunks(found.flat());
  }

  /** Puts a decoded chunk's terms in the map (preloaded chunks come here too). */
  private index(hash: string, chunk: TermChunk): TermChunk {
    const n = this.decoded.length;
    this.decoded.push(chunk);
    this.loadNumber.set(hash, n);
    chunk.terms.forEach((term, index) => this.map.set(term, index * CHUNK_SLOTS + n));
    return chunk;
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
    postings = this.decoded[ref % CHUNK_SLOTS]!.postings(Math.floor(ref / CHUNK_SLOTS));
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
   * postings: a cheap stand-in for its frequency, known without decoding them; none until
   * {@link load} was given the prefix. Read by binary search from the sorted terms of the
   * chunks that can hold them: a two-letter prefix has thousands of completions, which the
   * radix tree would walk node by node.
   */
  withPrefix(prefix: string): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const { file } of this.prefixChunks.get(prefix) ?? []) {
      const n = this.loadNumber.get(file[0]);
      if (n === undefined) continue;
      const chunk = this.decoded[n]!;
      const [start, end] = prefixRun(chunk.terms, prefix);
      for (let i = start; i < end; i++) out.push([chunk.terms[i]!, chunk.postingBytes(i)]);
    }
    return out;
  }
}
