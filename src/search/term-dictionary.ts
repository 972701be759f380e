import { TermChunk, type TermPostings } from '../format/index.js';
import { ChunkCache } from './chunk-cache.js';
import { chunkHolding } from './chunk-directory.js';
import { topK } from './top-k.js';
import { loadSplitReader } from './load-split.js';
import { BahthIndexError } from './types.js';
import type { ChunkEntry, Directory } from './directory.js';
import type { Fetcher } from './fetcher.js';

/** Places per chunk in a number naming a term of a prefix's runs: more than a term chunk holds. */
const RUN_SLOTS = 2 ** 20;

/** The end of a prefix's range of terms: every term starting with the prefix sorts before it. */
const upTo = (prefix: string) => `${prefix}\uffff`;

/**
 * The part of the term index loaded so far, looked up by binary search: over the loaded chunks
 * by their first terms, then in the chunk's sorted terms. Term chunks are fetched by term range
 * (their directory's pages first), each at most once.
 *
 * No map of every loaded term: MiniSearch's radix tree, used here before, made one JS Map per
 * node, 600,000 of them for a preloaded 100,000-document index, whose heap went from 268 to 116
 * MB without it and a full garbage collection from 190 to 103 ms (Node).
 */
export class TermDictionary {
  /** The loaded chunks that hold terms, in term order (their ranges do not overlap), and their first terms. */
  private readonly sorted: TermChunk[] = [];
  private readonly firsts: string[] = [];
  private readonly cache = new Map<string, TermPostings>();
  /** The decoded term chunks, by hash. */
  private readonly byHash = new Map<string, TermChunk>();
  /** The chunks that may hold the terms starting with each prefix loaded. */
  private readonly prefixChunks = new Map<string, Array<ChunkEntry<string>>>();
  /** The term chunks, by file (preloading fills it too). */
  readonly chunks: ChunkCache<TermChunk>;
  /**
   * Loads chunks into {@link chunks}: one by one, until the engine's deferred part brings a
   * loader that reads a run of them through their preload pack (pack-reads.ts).
   */
  loadChunks = (entries: Array<ChunkEntry<string>>): Promise<unknown> => Promise.all(entries.map(({ file }) => this.chunks.get(file)));

  /** The tail blocks of split terms' postings (term-chunk.ts: PostingsTail), as fetched: the split reader's (split-reader.ts). */
  readonly tails: ChunkCache<Uint8Array>;

  constructor(fetcher: Fetcher, readonly directory: Directory<string>) {
    this.tails = new ChunkCache(fetcher, 'tails', (data) => data);
    this.chunks = new ChunkCache(fetcher, 'terms', (data, [hash]) => this.index(hash, new TermChunk(data)));
  }

  /** Whether a field of one of `terms` (loaded ones) has tail blocks not read. */
  anySplit(terms: Iterable<string>): boolean {
    for (const term of terms) if (this.postings(term)?.some((entry) => entry?.tail?.blocks.length)) return true;
    return false;
  }

  /** Loads every tail block of `terms` (loaded ones): their postings are then whole. */
  async whole(terms: Iterable<string>): Promise<void> {
    const list = [...terms];
    if (this.anySplit(list)) await (await splitReader()).readAllBlocks(this, list);
  }

  /** Whether field `field` of loaded `term` carries its length codes. */
  carriesLengths(term: string, field: number): boolean {
    return !!this.find(term)?.[0].carriesLengths(field);
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

  /** Makes a decoded chunk's terms found (preloaded chunks come here too). */
  private index(hash: string, chunk: TermChunk): TermChunk {
    this.byHash.set(hash, chunk);
    const first = chunk.terms.at(0);
    if (first !== undefined) {
      // after the chunk whose range holds its first term, or first of all
      const at = this.firsts.length && this.firsts[0]! <= first ? chunkHolding(this.firsts, first) + 1 : 0;
      this.sorted.splice(at, 0, chunk);
      this.firsts.splice(at, 0, first);
    }
    return chunk;
  }

  /** The loaded chunk holding `term` and its index there, or undefined. */
  private find(term: string): [TermChunk, number] | undefined {
    const chunk = this.sorted[chunkHolding(this.firsts, term)];
    const index = chunk ? chunk.terms.indexOf(term) : -1;
    return index < 0 ? undefined : [chunk!, index];
  }

  /** Whether `term` is in a loaded chunk. */
  has(term: string): boolean {
    return this.find(term) !== undefined;
  }

  /**
   * Postings of a loaded term (decoded once, then cached), or undefined. A field whose postings
   * are split lists the ones of highest impact and those of the tail blocks read (split-reader.ts
   * joins them here); its `tail` has the others' blocks.
   */
  postings(term: string): TermPostings | undefined {
    let postings = this.cache.get(term);
    if (postings) return postings;
    const found = this.find(term);
    if (!found) return undefined;
    postings = found[0].postings(found[1]);
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
    for (const entry of this.postings(term) ?? []) if (entry) most = Math.max(most, entry.tail?.documents ?? entry.docs.length);
    return most;
  }

  /**
   * Loaded terms starting with `prefix`, in term order, each with the size of its encoded
   * postings: a cheap stand-in for its frequency, known without decoding them; none until
   * {@link load} was given the prefix. Read by binary search from the sorted terms of the
   * chunks that can hold them.
   */
  withPrefix(prefix: string): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const [chunk, start, end] of this.runsOf(prefix)) for (let i = start; i < end; i++) out.push([chunk.terms.at(i)!, chunk.postingBytes(i)]);
    return out;
  }

  /** Whether {@link withPrefix} would list any term, without listing them. */
  hasPrefix(prefix: string): boolean {
    return this.runsOf(prefix).some(([, start, end]) => end > start);
  }

  /**
   * The `k` terms of {@link withPrefix} with the largest postings (the most frequent), largest
   * first, ties in term order, without making a string of every completion: a two-letter prefix
   * of a large index has tens of thousands, and most are passed over by their size alone.
   */
  mostFrequentWithPrefix(prefix: string, k: number): string[] {
    const runs = this.runsOf(prefix);
    // each completion as one number (its run × RUN_SLOTS + its index in its chunk), not an object
    const refs: number[] = [];
    runs.forEach(([, start, end], run) => {
      for (let i = start; i < end; i++) refs.push(run * RUN_SLOTS + i);
    });
    const chunk = (ref: number) => runs[Math.floor(ref / RUN_SLOTS)]![0];
    const bytes = (ref: number) => chunk(ref).postingBytes(ref % RUN_SLOTS);
    const term = (ref: number) => chunk(ref).terms.at(ref % RUN_SLOTS)!;
    return topK(refs, k, (a, b) => bytes(a) - bytes(b) || (term(a) < term(b) ? 1 : -1)).map(term);
  }

  /** Each loaded chunk that may hold terms starting with `prefix`, with the run of them there; none until {@link load} was given the prefix. */
  private runsOf(prefix: string): Array<[chunk: TermChunk, start: number, end: number]> {
    const out: Array<[TermChunk, number, number]> = [];
    for (const { file } of this.prefixChunks.get(prefix) ?? []) {
      const chunk = this.byHash.get(file[0]);
      if (chunk) out.push([chunk, ...chunk.terms.prefixRun(prefix)]);
    }
    return out;
  }
}

/** The split-postings reader (split-reader.ts), which an index with split postings cannot be searched without. */
export function splitReader(): Promise<typeof import('./split-reader.js')> {
  return loadSplitReader().catch((error: unknown) => {
    throw new BahthIndexError('network', `cannot load bahth.split.js: ${(error as Error).message}`);
  });
}
