import { decodeHeadChunk, decodeTextChunk, type DocumentHead, type Manifest } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunkHolding } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';

/**
 * Text chunks kept once fetched, the least recently used dropped first. Texts are most of an
 * index: without a bound a long session keeps every chunk its results touched (300 queries on
 * the 15,283-article benchmark index kept 465 chunks, 7.6 M characters). A result list needs
 * at most one chunk per result.
 */
const TEXT_CHUNKS_KEPT = 48;

/**
 * The document store, fetched only for the results shown: heads (title, URL, date…) in chunks
 * of many documents, so a result list needs few and small fetches and later lists often none,
 * and texts (for snippets) in chunks of a few documents.
 */
export class DocStore {
  /** The head chunks, by number (preloading fills it too). */
  readonly headChunks: ChunkCache<DocumentHead[]>;
  private readonly textChunks: ChunkCache<string[]>;

  constructor(
    fetcher: Fetcher,
    manifest: Manifest,
    private readonly headStarts: number[],
    private readonly textStarts: number[],
  ) {
    this.headChunks = new ChunkCache(fetcher, 'heads', manifest.files.heads, decodeHeadChunk);
    this.textChunks = new ChunkCache(fetcher, 'texts', manifest.files.texts, decodeTextChunk, TEXT_CHUNKS_KEPT);
  }

  get bytesLoaded(): number {
    return this.headChunks.bytesLoaded + this.textChunks.bytesLoaded;
  }

  /** The heads of the given documents, fetching their chunks in parallel. */
  heads(docs: number[]): Promise<DocumentHead[]> {
    return pick(this.headChunks, this.headStarts, docs);
  }

  /** The full texts of the given documents, fetching their chunks in parallel. */
  texts(docs: number[]): Promise<string[]> {
    return pick(this.textChunks, this.textStarts, docs);
  }
}

async function pick<T>(chunks: ChunkCache<T[]>, starts: number[], docs: number[]): Promise<T[]> {
  return Promise.all(docs.map(async (doc) => {
    const n = chunkHolding(starts, doc);
    const item = (await chunks.get(n))[doc - starts[n]!];
    if (item === undefined) throw new Error(`document ${doc} missing from its chunk`);
    return item;
  }));
}
