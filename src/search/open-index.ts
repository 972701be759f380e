import { ANALYZER_VERSION } from '../analyzer/index.js';
import { fileName, validateManifest, ManifestError, PACKED_KINDS, type DirectoryKey, type Manifest, type PackEntry } from '../format/index.js';
import { WordEnds } from './word-ends.js';
import { backgroundTurn, inBackground } from './background.js';
import type { ChunkCache } from './chunk-cache.js';
import { Directory, type ChunkEntry } from './directory.js';
import { DocStore } from './doc-store.js';
import { createFetcher, resolveLocation, type Fetcher } from './fetcher.js';
import { decodeIndexFile } from './read-file.js';
import { Searcher, type IndexStats } from './searcher.js';
import { TermDictionary } from './term-dictionary.js';
import { warmUp, warmUpSearch } from './warm-up.js';
import { BahthIndexError, type BahthIndex, type SearchOptions } from './types.js';

const opened = new Map<string, Promise<BahthIndex>>();

/** Preload packs in flight at once: few, so a query's own fetches never queue behind them for one of the browser's six connections per host. */
const PACK_CONCURRENCY = 2;

/**
 * Opens the index folder that `bahth build` wrote: fetches `manifest.json`, nothing else; the
 * directory pages, term and document chunks are fetched by the searches that need them.
 * Opening the same location again returns the same index (one per URL, shared by every widget
 * of a page); a failed open is forgotten, so it can be retried.
 *
 * @param location URL of the index folder (absolute or relative to the page), or in Node a
 *   folder path or `file:` URL.
 * @throws {BahthIndexError} when the index is missing, unreachable, corrupt or incompatible.
 * @example
 * const index = await openIndex('/search-index/');
 * const hits = await index.search('وزير الخارجية', { limit: 5 });
 */
export function openIndex(location: string | URL): Promise<BahthIndex> {
  const base = resolveLocation(location);
  let index = opened.get(base);
  if (!index) {
    index = load(createFetcher(base));
    opened.set(base, index);
    index.catch(() => opened.delete(base));
  }
  return index;
}

/**
 * Opens an index held in memory, e.g. one just built in the browser from files the visitor
 * dropped (see `buildIndexInMemory` in corpus-build/core). Not shared or cached.
 *
 * @param files Every file of the index folder by name, `manifest.json` included.
 */
export function openIndexFromFiles(files: ReadonlyMap<string, Uint8Array>): Promise<BahthIndex> {
  return load({
    base: 'memory:',
    async read(name) {
      const data = files.get(name);
      if (!data) throw new BahthIndexError('not-found', `no file ${name} in the index`, name);
      return data;
    },
  });
}

async function load(fetcher: Fetcher): Promise<BahthIndex> {
  const manifestBytes = await fetcher.read('manifest.json');
  // Hosts of single-page apps answer any path with the app's page (status 200): no index there.
  if (/^\s*</.test(new TextDecoder().decode(manifestBytes.subarray(0, 64)))) {
    throw new BahthIndexError('not-found', `no index at ${fetcher.base}: its manifest.json is an HTML page (the site's fallback page?)`, 'manifest.json');
  }
  const manifest = await decodeIndexFile('manifest.json', manifestBytes, (bytes) => JSON.parse(new TextDecoder().decode(bytes)) as unknown)
    .then((json) => validateManifest(json, ANALYZER_VERSION))
    .catch((error: unknown) => {
      if (error instanceof ManifestError) throw new BahthIndexError(error.kind, error.message, 'manifest.json');
      throw error;
    });
  return new OpenedIndex(fetcher.base, manifest, fetcher);
}

/** What scoring needs about the whole collection, from the manifest. */
function statsOf(manifest: Manifest): IndexStats {
  const languageRanges = new Map<string, [number, number]>();
  let start = 0;
  for (const [code, count] of manifest.languages) languageRanges.set(code, [start, (start += count)]);
  const documentLengths = new Uint8Array(manifest.documents);
  start = 0;
  for (const [code, count] of manifest.lengths.runs) documentLengths.fill(code, start, (start += count));
  return {
    documentCount: manifest.documents,
    fields: manifest.fields.map(([name]) => name),
    averageFieldLength: manifest.fields.map(([, average]) => average),
    languageRanges,
    documentLengths,
  };
}

class OpenedIndex implements BahthIndex {
  private readonly terms: TermDictionary;
  private readonly ends: WordEnds;
  private readonly store: DocStore;
  private readonly searcher: Searcher;
  readonly documentCount: number;
  readonly languages: Readonly<Record<string, number>>;

  constructor(
    readonly location: string,
    manifest: Manifest,
    private readonly fetcher: Fetcher,
  ) {
    const { terms, ends, heads } = manifest.directories;
    this.terms = new TermDictionary(fetcher, new Directory(fetcher, terms));
    this.ends = new WordEnds(fetcher, new Directory(fetcher, ends));
    this.store = new DocStore(fetcher, new Directory(fetcher, heads));
    this.searcher = new Searcher(statsOf(manifest), this.terms, this.ends, this.store);
    this.documentCount = manifest.documents;
    this.languages = Object.fromEntries(manifest.languages);
  }

  get bytesLoaded(): number {
    return this.terms.bytesLoaded + this.ends.bytesLoaded + this.store.bytesLoaded;
  }

  async search(query: string, options?: SearchOptions) {
    return (await this.query(query, options)).hits;
  }

  query(query: string, options?: SearchOptions) {
    return this.searcher.query(query, options);
  }

  async preload(maxBytes = Infinity): Promise<void> {
    await backgroundTurn();
    warmUp();
    let budget = maxBytes;
    const fits = (bytes: number) => bytes <= budget && (budget -= bytes) >= 0;
    // Heads first: every result list needs them, whatever is typed. Then the term chunks, which
    // the first letters of each new word need, then the word-ends chunks of the typo path.
    const kinds: Record<(typeof PACKED_KINDS)[number], { cache: ChunkCache<unknown>; directory: Directory<DirectoryKey> }> = {
      heads: { cache: this.store.headChunks, directory: this.store.headDirectory },
      terms: { cache: this.terms.chunks, directory: this.terms.directory },
      ends: { cache: this.ends.chunks, directory: this.ends.directory },
    };
    for (const kind of PACKED_KINDS) {
      const { cache, directory } = kinds[kind];
      const packs: Array<() => Promise<void>> = [];
      // the directory's pages first (a few KB each), then the packs their leaves list; packs whose
      // chunks are all loaded already are skipped (an index built with --pack-bytes 0 has none)
      let pages = directory.bytesLoaded;
      for await (const leaf of directory.leaves()) {
        budget -= directory.bytesLoaded - pages;
        pages = directory.bytesLoaded;
        for (const pack of leaf.packs) {
          const chunks = leaf.chunks.slice(pack[0], pack[0] + pack[1]);
          if (chunks.some(({ file }) => !cache.requested(file)) && fits(pack[3])) packs.push(() => this.loadPack(pack, chunks, cache));
        }
        if (budget <= 0) break;
      }
      await inBackground(packs, PACK_CONCURRENCY);
    }
    // with everything but the texts in, typing the warm-up sample (two words misspelled) fetches nothing
    if (Object.values(kinds).every(({ cache, directory }) => cache.size >= directory.chunkCount)) {
      await warmUpSearch((query) => this.query(query, { limit: 5, waitForSnippets: false }), backgroundTurn);
    }
  }

  /** Fetches a preload pack and hands each of its chunks to `cache`, one per background-priority task. */
  private async loadPack([, , hash, bytes]: PackEntry, chunks: Array<ChunkEntry<DirectoryKey>>, cache: ChunkCache<unknown>): Promise<void> {
    const name = fileName('packs', [hash, bytes]);
    const data = await this.fetcher.read(name);
    const expected = chunks.reduce((n, { file }) => n + file[1], 0);
    if (data.length !== bytes || expected !== bytes) throw new BahthIndexError('corrupt', `${name} has ${data.length} bytes, not ${bytes}: rebuild the index`, name);
    let at = 0;
    for (const { file } of chunks) {
      const chunk = data.subarray(at, (at += file[1]));
      await backgroundTurn();
      // a corrupt chunk is forgotten by the cache, and fails again for the query that needs it
      await cache.seed(file, chunk).catch(() => {});
    }
  }
}
