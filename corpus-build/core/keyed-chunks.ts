import type { DirectoryKind } from '../../src/format/index.js';
import type { DirectoryBuilder } from './directory-builder.js';
import type { IndexFiles } from './index-files.js';

/**
 * Cuts a sorted stream of keyed items (terms with their postings, reversed terms…) into chunks
 * of about `targetBytes` before compression, writes each as a file of `kind` as it is cut, and
 * lists it in its directory by its first key. A chunk ends with the item that takes it to its
 * size, but an item of that size alone (the postings of a word in many documents) is a chunk of
 * its own: looking up its neighbours does not fetch it, nor it theirs.
 */
export class KeyedChunks<T> {
  private items: T[] = [];
  private bytes = 0;
  private first = '';

  constructor(
    private readonly files: IndexFiles,
    private readonly kind: DirectoryKind,
    private readonly directory: DirectoryBuilder<string>,
    private readonly targetBytes: number,
    private readonly encode: (items: T[]) => Uint8Array,
  ) {}

  /** Adds the next item (keys ascend), of `bytes` before compression. */
  async add(key: string, item: T, bytes: number): Promise<void> {
    if (bytes >= this.targetBytes) await this.cut();
    if (!this.items.length) this.first = key;
    this.items.push(item);
    this.bytes += bytes;
    if (this.bytes >= this.targetBytes) await this.cut();
  }

  /** Writes the items held as a chunk (the last one, at the end of the stream). */
  async cut(): Promise<void> {
    if (!this.items.length) return;
    this.directory.add(this.first, this.files.add(this.kind, this.encode(this.items)));
    this.items = [];
    this.bytes = 0;
    await this.files.settle();
    await this.directory.take();
  }
}
