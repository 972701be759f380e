import { decodeDirectoryPage, fileName, gunzip, MALFORMED_PAGE, type DirectoryKey, type DirectoryNode, type DirectoryRoot, type IndexFile } from '../format/index.js';
import { chunkHolding } from './chunk-directory.js';
import type { Fetcher } from './fetcher.js';
import { readIndexFile } from './read-file.js';
import { FormatError } from '../format/bytes.js';

/** A chunk found in a directory: its first key and its file, and the leaf that lists it (with the leaf's preload packs). */
export interface ChunkEntry<K extends DirectoryKey> {
  key: K;
  file: IndexFile;
  leaf?: DirectoryNode<K>;
}

/**
 * One kind's directory (see src/format/directory.ts): finds the chunks whose key ranges meet a
 * range of keys, fetching the pages on the way (each once). Its top is in the manifest.
 */
export class Directory<K extends DirectoryKey> {
  private readonly pages = new Map<string, Promise<DirectoryNode<K>>>();
  private readonly loaded = new Map<string, DirectoryNode<K>>();
  /** Compressed bytes of the pages fetched. */
  bytesLoaded = 0;

  /** `root`: the directory's top, from the manifest. */
  constructor(private readonly fetcher: Fetcher, readonly root: DirectoryRoot<K>) {}

  /**
   * The chunks whose ranges meet [from, to], in key order (chunk i holds the keys from its first
   * up to the next chunk's): at once when the pages on the way are in, which is every keystroke
   * but the first few, else once they are fetched.
   */
  chunks(from: K, to: K): Array<ChunkEntry<K>> | Promise<Array<ChunkEntry<K>>> {
    const found: Array<ChunkEntry<K>> = [];
    const missing: Array<Promise<unknown>> = [];
    const walk = (node: DirectoryNode<K>) => {
      for (const entry of entriesIn(node, from, to)) {
        const [key, hash, bytes] = entry;
        if (node.level === 0) found.push({ key, file: [hash, bytes], leaf: node });
        else {
          const page = this.loaded.get(hash);
          if (page) walk(page);
          else missing.push(this.page(entry, node.level - 1));
        }
      }
    };
    walk(this.root);
    return missing.length ? Promise.all(missing).then(() => this.chunks(from, to)) : found;
  }

  /** The page an entry of a node of level `level` + 1 names, fetched once. */
  page([, hash, bytes]: [K, string, number], level: number): Promise<DirectoryNode<K>> {
    let page = this.pages.get(hash);
    if (!page) {
      page = readIndexFile(this.fetcher, fileName('pages', [hash, bytes]), async (data) => {
        const node = decodeDirectoryPage(await gunzip(data)) as DirectoryNode<K>;
        if (node.level !== level) throw new FormatError(MALFORMED_PAGE);
        return node;
      });
      this.pages.set(hash, page);
      // a failed fetch is forgotten, so a later query may retry it
      page.then((node) => {
        this.loaded.set(hash, node);
        this.bytesLoaded += bytes;
      }, () => this.pages.delete(hash));
    }
    return page;
  }
}

const keysOf = new WeakMap<DirectoryNode, DirectoryKey[]>();

/** The entries of a node whose ranges meet [from, to]. */
function entriesIn<K extends DirectoryKey>(node: DirectoryNode<K>, from: K, to: K): DirectoryNode<K>['entries'] {
  let keys = keysOf.get(node) as K[] | undefined;
  if (!keys) keysOf.set(node, (keys = node.entries.map(([key]) => key)));
  return keys.length ? node.entries.slice(chunkHolding(keys, from), chunkHolding(keys, to) + 1) : [];
}
