import { encodePack, fileName, type Compressor, type FileKind, type IndexFile } from '../../src/format/index.js';

/** Where the files of an index go as they are made: memory (the browser's build) or a staging folder. */
export type IndexSink = (name: string, data: Uint8Array) => void | Promise<void>;

/** A file written: its manifest entry, its bytes as stored, and as they were before compression. */
export interface StoredFile {
  file: IndexFile;
  data: Uint8Array;
  raw: Uint8Array;
}

/** Files compressed at once, at most: enough to keep the other core busy while the build goes on. */
const IN_FLIGHT = 8;

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Compresses, names (by content hash) and writes an index's files as the build makes them,
 * several at a time: Node compresses on its thread pool while the build analyzes the next
 * documents. {@link settle} makes the build wait while too many are on their way.
 */
export class IndexFiles {
  private readonly inFlight = new Set<Promise<unknown>>();
  private failure: unknown;
  private failed = false;
  /** Files written so far. */
  written = 0;
  /** Bytes written so far, preload packs apart. */
  bytes = 0;
  private readonly names = new Set<string>();

  constructor(private readonly compress: Compressor, private readonly sink: IndexSink) {}

  /** Compresses `raw` and writes it as a file of `kind`. */
  add(kind: FileKind, raw: Uint8Array): Promise<StoredFile> {
    return this.track(Promise.resolve(this.compress(raw)).then((data) => this.store(kind, data, raw)));
  }

  private async store(kind: FileKind, data: Uint8Array, raw: Uint8Array): Promise<StoredFile> {
    const file: IndexFile = [(await sha256Hex(data)).slice(0, 16), data.length];
    const name = fileName(kind, file);
    // a file is named by its content: the same bytes again (two tail blocks of the same postings, a stem's and its word's) are the file already written
    if (this.names.has(name)) return { file, data, raw };
    this.names.add(name);
    await this.sink(name, data);
    this.written++;
    if (kind !== 'packs') this.bytes += data.length;
    return { file, data, raw };
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    work.then(() => this.inFlight.delete(work), (error: unknown) => {
      this.inFlight.delete(work);
      if (!this.failed) [this.failed, this.failure] = [true, error];
    });
    return work;
  }

  /** Waits while more than `limit` files are on their way; throws the first failure. */
  async settle(limit = IN_FLIGHT): Promise<void> {
    while (this.inFlight.size > limit) await Promise.race(this.inFlight).catch(() => {});
    if (this.failed) throw this.failure;
  }
}

/** A preload pack as the manifest lists it, before its kind is known to the caller. */
export interface PackEntry {
  first: number;
  count: number;
  file: IndexFile;
}

/**
 * Cuts the chunks of one kind, in order, into preload packs of about `packBytes` each (runs of
 * consecutive chunks of that many compressed bytes), as the chunks are written: a chunk is held
 * only until its pack is complete. A pack is compressed as one stream (the chunks' sizes before
 * compression, then the chunks before compression: see src/format/pack.ts), 15 % smaller for
 * heads than the chunks compressed one by one, and one inflation in the browser instead of one
 * per chunk.
 */
export class PackBuilder {
  private readonly queue: Array<Promise<StoredFile>> = [];
  private readonly settled = new Set<Promise<StoredFile>>();
  private next = 0;
  private run: StoredFile[] = [];
  private runFirst = 0;
  private runBytes = 0;
  private readonly packs: Array<Promise<PackEntry>> = [];

  /** `boundary`: a pack never holds chunks of two runs of this many (a directory's leaf pages). */
  constructor(private readonly files: IndexFiles, private readonly packBytes: number, private readonly boundary = Infinity) {}

  /** The next chunk of the kind, on its way to being written. */
  push(chunk: Promise<StoredFile>): void {
    if (this.packBytes <= 0) return;
    this.queue.push(chunk);
    chunk.then(() => this.settled.add(chunk), () => {});
  }

  /** Adds the chunks written so far, in order, to packs. */
  async take(): Promise<void> {
    while (this.queue.length && this.settled.has(this.queue[0]!)) await this.addChunk(this.queue.shift()!);
  }

  private async addChunk(chunk: Promise<StoredFile>): Promise<void> {
    const stored = await chunk;
    this.settled.delete(chunk);
    if (this.run.length && (this.runBytes + stored.data.length > this.packBytes || this.next % this.boundary === 0)) this.cut();
    this.run.push(stored);
    this.runBytes += stored.data.length;
    this.next++;
  }

  private cut(): void {
    const first = this.runFirst;
    const count = this.run.length;
    this.packs.push(this.files.add('packs', encodePack(this.run.map(({ raw }) => raw))).then(({ file }) => ({ first, count, file })));
    this.runFirst = this.next;
    this.run = [];
    this.runBytes = 0;
  }

  /** Every pack, once every chunk pushed is written. */
  async finish(): Promise<PackEntry[]> {
    for (const chunk of this.queue.splice(0)) await this.addChunk(chunk);
    if (this.run.length) this.cut();
    return Promise.all(this.packs);
  }
}
