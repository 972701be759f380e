import { fileName, decodeDocChunk, gunzip, type Manifest, type StoredDocument } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunkHolding } from './chunk-directory.js';
import { readIndexFile } from './read-file.js';

/** The document store: chunks of consecutive documents, fetched only for the results shown. */
export class DocStore {
  private readonly chunks = new Map<number, Promise<StoredDocument[]>>();
  bytesLoaded = 0;

  constructor(
    private readonly fetcher: Fetcher,
    private readonly manifest: Manifest,
    private readonly chunkStarts: number[],
  ) {}

  private chunk(n: number): Promise<StoredDocument[]> {
    let p = this.chunks.get(n);
    if (!p) {
      const file = this.manifest.files.docs[n]!;
      const name = fileName('docs', file);
      p = readIndexFile(this.fetcher, name, async (bytes) => decodeDocChunk(await gunzip(bytes)));
      p.then(() => (this.bytesLoaded += file[1]), () => this.chunks.delete(n));
      this.chunks.set(n, p);
    }
    return p;
  }

  /** The stored documents with the given numbers, fetching their chunks in parallel. */
  async get(docs: number[]): Promise<StoredDocument[]> {
    return Promise.all(docs.map(async (doc) => {
      const n = chunkHolding(this.chunkStarts, doc);
      const stored = (await this.chunk(n))[doc - this.chunkStarts[n]!];
      if (!stored) throw new Error(`document ${doc} missing from its chunk`);
      return stored;
    }));
  }
}
