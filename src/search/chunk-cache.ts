import { fileName, gunzip, type FileKind, type IndexFile } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { decodeIndexFile } from './read-file.js';

/**
 * The chunks of one kind of index file, fetched by number when first asked for and decoded
 * once; a chunk that failed to load is forgotten, so a later query may retry it. With `keep`,
 * at most that many are kept, the least recently used forgotten first.
 */
export class ChunkCache<T> {
  private readonly chunks = new Map<number, Promise<T>>();
  /** Compressed bytes of the chunks loaded so far. */
  bytesLoaded = 0;

  constructor(
    private readonly fetcher: Fetcher,
    private readonly kind: FileKind,
    private readonly files: readonly IndexFile[],
    private readonly decode: (data: Uint8Array, n: number) => T,
    private readonly keep = Infinity,
  ) {}

  /** Chunk `n`, fetching it if nobody has asked for it yet (or it was forgotten). */
  get(n: number): Promise<T> {
    const chunk = this.chunks.get(n);
    if (!chunk) return this.add(n, this.fetcher.read(fileName(this.kind, this.files[n]!)));
    // when bounded, the most recently used go last, so the first is the one to forget
    if (this.keep < Infinity) {
      this.chunks.delete(n);
      this.chunks.set(n, chunk);
    }
    return chunk;
  }

  /** Chunk `n` from its file's bytes, fetched some other way (in a preload pack), unless it was asked for already. */
  seed(n: number, bytes: Uint8Array): Promise<T> {
    return this.chunks.get(n) ?? this.add(n, Promise.resolve(bytes));
  }

  private add(n: number, bytes: Promise<Uint8Array>): Promise<T> {
    const file = this.files[n]!;
    const chunk = bytes.then((data) => decodeIndexFile(fileName(this.kind, file), data, async (raw) => this.decode(await gunzip(raw), n)));
    // a failure forgets this chunk, not one fetched again after it was dropped
    chunk.then(() => (this.bytesLoaded += file[1]), () => this.chunks.get(n) === chunk && this.chunks.delete(n));
    this.chunks.set(n, chunk);
    if (this.chunks.size > this.keep) this.chunks.delete(this.chunks.keys().next().value!);
    return chunk;
  }

  /** Whether every chunk was asked for (loaded or on its way). */
  get complete(): boolean {
    return this.chunks.size === this.files.length;
  }

  /** Whether chunk `n` was asked for (loaded or on its way). */
  requested(n: number): boolean {
    return this.chunks.has(n);
  }
}
