import { decodeDocChunk, type Manifest, type StoredDocument } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunkHolding } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';

/** The document store: chunks of consecutive documents, fetched only for the results shown. */
export class DocStore {
  private readonly chunks: ChunkCache<StoredDocument[]>;

  constructor(fetcher: Fetcher, manifest: Manifest, private readonly chunkStarts: number[]) {
    this.chunks = new ChunkCache(fetcher, 'docs', manifest.files.docs, decodeDocChunk);
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded;
  }

  /** The stored documents with the given numbers, fetching their chunks in parallel. */
  async get(docs: number[]): Promise<StoredDocument[]> {
    return Promise.all(docs.map(async (doc) => {
      const n = chunkHolding(this.chunkStarts, doc);
      const stored = (await this.chunks.get(n))[doc - this.chunkStarts[n]!];
      if (!stored) throw new Error(`document ${doc} missing from its chunk`);
      return stored;
    }));
  }
}
