import type { Directory } from './directory.js';
import type { Fetcher } from './fetcher.js';
import { loadThroughPacks } from './pack-reads.js';
import { SoundTable } from './sound-table.js';
import type { TermDictionary } from './term-dictionary.js';

/**
 * What an index does once the deferred part is in (a query waits for it): its term chunks are
 * read a run at a time through their preload packs (a short prefix's), and its sound table,
 * whose directory is `sounds`, is made.
 */
export function whenOpened(fetcher: Fetcher, terms: TermDictionary, sounds: Directory<string>): SoundTable {
  terms.loadChunks = (entries) => loadThroughPacks(fetcher, terms.chunks, entries);
  return new SoundTable(fetcher, sounds);
}
