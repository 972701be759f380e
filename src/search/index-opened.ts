import type { Directory } from './directory.js';
import type { DocStore } from './doc-store.js';
import type { Fetcher } from './fetcher.js';
import { loadThroughPacks } from './pack-reads.js';
import { SoundTable } from './sound-table.js';
import type { TermDictionary } from './term-dictionary.js';

/** At most this many pages of the heads' directory are fetched when an index opens. */
const HEAD_PAGES_PREFETCHED = 8;

/**
 * What an index does once the deferred part is in, before its first query (which waits for this
 * part), and its sound table (whose directory is `sounds`): term chunks are read a run at a
 * time through their preload packs (a short prefix's),
 * and the heads' directory is fetched whole when it is one level of at most
 * {@link HEAD_PAGES_PREFETCHED} pages (up to 32,768 documents, a few KB): each query needs some
 * of them (ten results are spread over an index's documents), and fetched beside the first
 * query's term lookups they cost it no round trip of their own.
 */
export function whenOpened(fetcher: Fetcher, terms: TermDictionary, { headDirectory }: DocStore, sounds: Directory<string>): SoundTable {
  terms.loadChunks = (entries) => loadThroughPacks(fetcher, terms.chunks, entries);
  const { level, entries } = headDirectory.root;
  if (level === 1 && entries.length <= HEAD_PAGES_PREFETCHED) for (const entry of entries) headDirectory.page(entry, 0).catch(() => {});
  return new SoundTable(fetcher, sounds);
}
