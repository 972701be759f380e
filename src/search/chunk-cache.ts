import { fileName, gunzip, type FileKind, type IndexFile } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { readIndexFile } from './read-file.js';

/**
 * The chunks of one kind of index file, fetched by number when first asked for and decoded
 * once; a chunk that failed to load is forgotten, so a later query may retry it.
 */
export class ChunkCache<T> {
  private readonly chunks = new Map<number, Promise<T>>();
  /** Compressed bytes of the chunks loaded so far. */
  bytesLoaded = 0;

  constructor(
    private readonly fetcher: Fetcher,
    private readonly kind: FileKind,
    private readonly files: readonly IndexFile[],
    private readonly decode: (data: Uint8Array) => T,
  ) {}

  /** Chunk `n`, fetching it if nobody has asked for it yet. */
  get(n: number): Promise<T> {
    let chunk = this.chunks.get(n);
    if (!chunk) {
      const file = this.files[n]!;
      chunk = readIndexFile(this.fetcher, fileName(this.kind, file), async (bytes) => this.decode(await gunzip(bytes)));
      chunk.then(() => (this.bytesLoaded += file[1]), () => this.chunks.delete(n));
      this.chunks.set(n, chunk);
    }
    return chunk;
  }

  /** Whether chunk `n` was asked for (loaded or on its way). */
  requested(n: number): boolean {
    return this.chunks.has(n);
  }
}
