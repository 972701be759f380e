import { decodeTextChunk, HeadChunkView, type DocumentHead } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunkHolding } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';
import type { Directory } from './directory.js';

/**
 * Text chunks kept once fetched, the least recently used dropped first. Texts are most of an
 * index: without a bound a long session keeps every chunk its results touched (300 queries on
 * the 15,283-article benchmark index kept 465 chunks, 7.6 M characters). A result list needs
 * at most one chunk per result.
 */
const TEXT_CHUNKS_KEPT = 48;

/**
 * The document store, fetched only for the results shown: heads (title, URL, date…) in chunks
 * of many documents, found by document number in their directory, so a result list needs few
 * and small fetches and later lists often none; texts (for snippets) in chunks of a few
 * documents, named by the head chunk of their documents.
 */
export class DocStore {
  /** The head chunks, by file (preloading fills it too). */
  readonly headChunks: ChunkCache<HeadChunkView>;
  private readonly textChunks: ChunkCache<string[]>;

  constructor(fetcher: Fetcher, readonly headDirectory: Directory<number>) {
    this.headChunks = new ChunkCache(fetcher, 'heads', (data) => new HeadChunkView(data));
    this.textChunks = new ChunkCache(fetcher, 'texts', decodeTextChunk, TEXT_CHUNKS_KEPT);
  }

  get bytesLoaded(): number {
    return this.headChunks.bytesLoaded + this.textChunks.bytesLoaded + this.headDirectory.bytesLoaded;
  }

  /** The head chunk of document `doc`, and the number of its first document. */
  private async headChunkOf(doc: number): Promise<[HeadChunkView, number]> {
    const [entry] = await this.headDirectory.chunks(doc, doc);
    if (!entry) throw new Error(`document ${doc} is in no head chunk`);
    return [await this.headChunks.get(entry.file), entry.key];
  }

  /** The heads of the given documents, fetching their chunks in parallel. */
  heads(docs: number[]): Promise<DocumentHead[]> {
    return Promise.all(docs.map(async (doc) => {
      const [chunk, first] = await this.headChunkOf(doc);
      return inChunk(chunk.head(doc - first), doc);
    }));
  }

  /** The full texts of the given documents (their head chunks, then their text chunks), in parallel. */
  texts(docs: number[]): Promise<string[]> {
    return Promise.all(docs.map(async (doc) => {
      const [{ texts }] = await this.headChunkOf(doc);
      const n = chunkHolding(texts.map(([first]) => first), doc);
      const [first, hash, bytes] = texts[n] ?? [0, '', 0];
      if (!hash) throw new Error(`document ${doc} is in no text chunk`);
      return inChunk((await this.textChunks.get([hash, bytes]))[doc - first], doc);
    }));
  }
}

/** What a chunk holds of document `doc`, which must be there. */
function inChunk<T>(found: T | undefined, doc: number): T {
  if (found === undefined) throw new Error(`document ${doc} missing from its chunk`);
  return found;
}
