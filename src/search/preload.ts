import type { PACKED_KINDS } from '../format/manifest.js';
import type { DirectoryKey, DirectoryNode, PackEntry } from '../format/directory.js';
import { backgroundTurn, inBackground } from './background.js';
import type { ChunkCache } from './chunk-cache.js';
import type { ChunkEntry, Directory } from './directory.js';
import type { Fetcher } from './fetcher.js';
import { makeSnippet } from './snippet.js';
import { packRead } from './pack-reads.js';
import { warmUp, warmUpSearch } from './warm-up.js';

/** Preload packs in flight at once: few, so a query's own fetches never queue behind them for one of the browser's six connections per host. */
const PACK_CONCURRENCY = 2;

/** One kind of chunk as preloading sees it: where its chunks go, and its directory. */
export interface PreloadKind {
  cache: ChunkCache<unknown>;
  directory: Directory<DirectoryKey>;
}

/** What {@link preloadIndex} preloads, and with what. */
export interface PreloadPlan {
  fetcher: Fetcher;
  /** The kinds of chunks preloaded (heads, terms, word-ends, sound table), each if present. */
  kinds: Partial<Record<(typeof PACKED_KINDS)[number], PreloadKind>>;
  /** At most this many bytes, the directory pages included. */
  maxBytes: number;
  /** Searches the index for the warm-up sample (never fetching: every chunk but the texts is in by then). */
  search: (query: string) => Promise<unknown>;
}

/** A leaf of a directory: its chunks and the preload packs of runs of them. */
export interface DirectoryLeaf<K extends DirectoryKey> {
  chunks: Array<ChunkEntry<K>>;
  packs: PackEntry[];
}

/** Every leaf of a directory, in order, fetching the pages above them as they are reached. */
export async function* leavesOf<K extends DirectoryKey>(directory: Directory<K>, node: DirectoryNode<K> = directory.root): AsyncGenerator<DirectoryLeaf<K>> {
  if (node.level === 0) {
    yield { chunks: node.entries.map(([key, hash, bytes]) => ({ key, file: [hash, bytes] })), packs: node.packs };
    return;
  }
  for (const entry of node.entries) yield* leavesOf(directory, await directory.page(entry, node.level - 1));
}

/**
 * The order kinds of chunks are preloaded in, which matters when the budget cannot hold them all
 * (an index of 100,000 documents): heads (every result list needs them), the sound table (every
 * word typed looks up its sound key in it, a chunk of about 2 KB), term chunks (the first letters
 * of each new word; at that size they are 38 MB, so a budget holds few), word-ends chunks (typos).
 */
const PRELOAD_ORDER = ['heads', 'sounds', 'terms', 'ends'] as const satisfies ReadonlyArray<(typeof PACKED_KINDS)[number]>;

/**
 * Preloading, after a page's first results (part of the engine's deferred part, like snippets:
 * nothing needs it sooner): compiles the analyzer and snippet code on a sample of both scripts,
 * then fetches every kind's directory pages (a lookup waits for its page before its chunk, and
 * they are small: 73 pages, 131 KB, at 100,000 documents), then up to `maxBytes` in all of
 * preload packs, kind by kind in {@link PRELOAD_ORDER}, packs whose chunks are all loaded
 * skipped. With every chunk but the texts in, it types the warm-up sample.
 */
export async function preloadIndex({ fetcher, kinds, maxBytes, search }: PreloadPlan): Promise<void> {
  await backgroundTurn();
  warmUp(makeSnippet);
  let budget = maxBytes;
  const leaves = new Map<PreloadKind, Array<DirectoryLeaf<DirectoryKey>>>();
  for (const kind of PRELOAD_ORDER) {
    const found = kinds[kind];
    if (!found) continue;
    const { directory } = found;
    const list: Array<DirectoryLeaf<DirectoryKey>> = [];
    const pages = directory.bytesLoaded;
    for await (const leaf of leavesOf(directory)) {
      list.push(leaf);
      if (directory.bytesLoaded - pages > budget) break;
    }
    budget -= directory.bytesLoaded - pages;
    leaves.set(found, list);
  }
  const fits = (bytes: number) => bytes <= budget && (budget -= bytes) >= 0;
  for (const [{ cache }, list] of leaves) {
    const packs: Array<() => Promise<void>> = [];
    for (const leaf of list) {
      for (const pack of leaf.packs) {
        const chunks = leaf.chunks.slice(pack[0], pack[0] + pack[1]);
        if (chunks.some(({ file }) => !cache.chunks.has(file[0])) && fits(pack[3])) packs.push(() => packRead(fetcher, cache, pack, chunks.map(({ file }) => file)).seeded);
      }
    }
    await inBackground(packs, PACK_CONCURRENCY);
  }
  // with everything but the texts in, typing the warm-up sample (two words misspelled) fetches nothing
  if (Object.values(kinds).every(({ cache, directory }) => cache.chunks.size >= directory.root.chunks)) await warmUpSearch(search, backgroundTurn);
}
