import { fileName, gunzip, type FileKind, type IndexFile } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { decodeIndexFile } from './read-file.js';

/**
 * The chunks of one kind of index file, by file (its hash), fetched when first asked for and
 * decoded once; a chunk that failed to load is forgotten, so a later query may retry it. With
 * `keep`, at most that many are kept, the least recently used forgotten first.
 */
export class ChunkCache<T> {
  /** The chunks asked for (loaded or on their way), by hash. */
  readonly chunks = new Map<string, Promise<T>>();
  /** Compressed bytes of the chunks loaded so far. */
  bytesLoaded = 0;

  constructor(
    private readonly fetcher: Fetcher,
    readonly kind: FileKind,
    private readonly decode: (data: Uint8Array, file: IndexFile) => T,
    private readonly keep = Infinity,
  ) {}

  /** The chunk in `file`, fetching it if nobody has asked for it yet (or it was forgotten). */
  get(file: IndexFile): Promise<T> {
    const chunk = this.chunks.get(file[0]);
    if (!chunk) return this.add(file, this.fetcher.read(fileName(this.kind, file)));
    // when bounded, the most recently used go last, so the first is the one to forget
    if (this.keep < Infinity) {
      this.chunks.delete(file[0]);
      this.chunks.set(file[0], chunk);
    }
    return chunk;
  }

  /** The chunk in `file` from its bytes before compression, read some other way (from a preload pack), unless it was asked for already. */
  seedInflated(file: IndexFile, inflated: Uint8Array): Promise<T> {
    return this.chunks.get(file[0]) ?? this.add(file, Promise.resolve(inflated), false);
  }

  private add(file: IndexFile, bytes: Promise<Uint8Array>, compressed = true): Promise<T> {
    const [hash] = file;
    const chunk = bytes.then((data) => decodeIndexFile(fileName(this.kind, file), data, async (raw) => this.decode(compressed ? await gunzip(raw) : raw, file)));
    // a failure forgets this chunk, not one fetched again after it was dropped
    chunk.then(() => (this.bytesLoaded += file[1]), () => this.chunks.get(hash) === chunk && this.chunks.delete(hash));
    this.chunks.set(hash, chunk);
    if (this.chunks.size > this.keep) this.chunks.delete(this.chunks.keys().next().value!);
    return chunk;
  }
}
