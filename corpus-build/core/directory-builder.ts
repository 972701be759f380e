import { encodeDirectoryPage, type DirectoryEntry, type DirectoryKey, type DirectoryNode, type DirectoryRoot } from '../../src/format/index.js';
import { PackBuilder, type IndexFiles, type StoredFile } from './index-files.js';

/** How a directory is cut: pack size, entries of a page, entries of its top (see src/format/directory.ts). */
export interface DirectoryShape {
  packBytes: number;
  pageEntries: number;
  rootEntries: number;
}

/**
 * The directory of one kind of chunk (see src/format/directory.ts), gathered as the chunks are
 * written, in key order, and their preload packs: runs of consecutive chunks of about
 * `packBytes`, never across a leaf page's bounds, so each leaf lists its own.
 */
export class DirectoryBuilder<K extends DirectoryKey = DirectoryKey> {
  private readonly keys: K[] = [];
  private readonly files: Array<Promise<StoredFile>> = [];
  private readonly packs: PackBuilder;

  constructor(private readonly indexFiles: IndexFiles, private readonly shape: DirectoryShape) {
    this.packs = new PackBuilder(indexFiles, shape.packBytes, shape.pageEntries);
  }

  /** The next chunk: its first key (keys ascend) and its file, written or on its way. */
  add(key: K, file: Promise<StoredFile>): void {
    this.keys.push(key);
    this.files.push(file);
    this.packs.push(file);
  }

  /** Packs the chunks written so far (a chunk is held only until its pack is written). */
  take(): Promise<void> {
    return this.packs.take();
  }

  /**
   * The directory's top, once every chunk is written: the chunks themselves when they are at
   * most `rootEntries`, else leaf pages of `pageEntries` chunks, and pages of pages above them
   * until a level fits.
   */
  async finish(): Promise<DirectoryRoot<K>> {
    const { pageEntries, rootEntries } = this.shape;
    const chunks = (await Promise.all(this.files)).map(({ file }, i): DirectoryEntry<K> => [this.keys[i]!, file[0], file[1]]);
    const packs = await this.packs.finish();
    if (chunks.length <= rootEntries) return { level: 0, entries: chunks, packs: packs.map(({ first, count, file }) => [first, count, file[0], file[1]]), chunks: chunks.length };
    let nodes: Array<DirectoryNode<K>> = [];
    for (let start = 0; start < chunks.length; start += pageEntries) {
      const own = packs.filter(({ first }) => first >= start && first < start + pageEntries);
      nodes.push({ level: 0, entries: chunks.slice(start, start + pageEntries), packs: own.map(({ first, count, file }) => [first - start, count, file[0], file[1]]) });
    }
    for (let level = 1; ; level++) {
      const entries = await Promise.all(nodes.map(async (node): Promise<DirectoryEntry<K>> => {
        const { file } = await this.indexFiles.add('pages', encodeDirectoryPage(node));
        return [node.entries[0]![0], file[0], file[1]];
      }));
      if (entries.length <= rootEntries) return { level, entries, packs: [], chunks: chunks.length };
      nodes = [];
      for (let start = 0; start < entries.length; start += pageEntries) nodes.push({ level, entries: entries.slice(start, start + pageEntries), packs: [] });
    }
  }
}
