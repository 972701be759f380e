import { ANALYZER_VERSION } from '../analyzer/index.js';
import { lengthCodesOf, validateManifest, ManifestError, type Manifest } from '../format/index.js';
import { WordEnds } from './word-ends.js';
import type { SoundTable } from './sound-table.js';
import { loadDeferred } from './load-deferred.js';
import { Directory } from './directory.js';
import { DocStore } from './doc-store.js';
import { createFetcher, resolveLocation, type Fetcher } from './fetcher.js';
import { decodeIndexFile } from './read-file.js';
import { Searcher, type DeferredSearch, type IndexStats } from './searcher.js';
import { splitReader, TermDictionary } from './term-dictionary.js';
import { BahthIndexError, type BahthIndex, type SearchOptions } from './types.js';

const opened = new Map<string, Promise<BahthIndex>>();

/** The engine's deferred part (deferred.ts), loaded once for the page; null when it could not be. */
let deferredPart: Promise<typeof import('./deferred.js') | null> | undefined;

/**
 * Starts loading the engine's deferred part, or gives the load under way. When it fails (the
 * script build's `bahth.deferred.js` is not beside it, or the network failed), search goes on
 * without it, in the script typed, without snippets and without preloading, the reason is on
 * the console, and the next index opened tries again.
 */
function loadDeferredPart(): Promise<typeof import('./deferred.js') | null> {
  return (deferredPart ??= loadDeferred().catch((error: unknown) => {
    deferredPart = undefined;
    console.warn('bahth: the deferred part of the engine could not be loaded (the script build needs bahth.deferred.js beside bahth.iife.js); searching without cross-script matching, snippets and preloading.', error);
    return null;
  }));
}

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
  // fetched beside the manifest, so a first query seldom waits for it
  const deferred = loadDeferredPart();
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
  // its first query would wait for it after its chunks: fetched beside them (a failure shows when a query needs it)
  if (manifest.split) splitReader().catch(() => {});
  return new OpenedIndex(fetcher.base, manifest, fetcher, deferred);
}

/** What scoring needs about the whole collection, from the manifest. */
function statsOf(manifest: Manifest): IndexStats {
  const languageRanges = new Map<string, [number, number]>();
  let start = 0;
  for (const [code, count] of manifest.languages) languageRanges.set(code, [start, (start += count)]);
  const documentLengths = lengthCodesOf(manifest.lengths.runs, manifest.documents);
  return {
    documentCount: manifest.documents,
    fields: manifest.fields.map(([name]) => name),
    averageFieldLength: manifest.fields.map(([, average]) => average),
    languageRanges,
    documentLengths,
    split: !!manifest.split,
  };
}

class OpenedIndex implements BahthIndex {
  private readonly terms: TermDictionary;
  private readonly ends: WordEnds;
  /** The engine's deferred part with this index's sound table, once loaded (null: it could not be). */
  private readonly deferred: Promise<DeferredSearch | null>;
  /** The sound table, once the deferred part is loaded. */
  private sounds?: SoundTable;
  private readonly store: DocStore;
  private readonly searcher: Searcher;
  readonly documentCount: number;
  readonly languages: Readonly<Record<string, number>>;

  constructor(
    readonly location: string,
    manifest: Manifest,
    private readonly fetcher: Fetcher,
    deferredPart: Promise<typeof import('./deferred.js') | null>,
  ) {
    const { terms, ends, heads, sounds } = manifest.directories;
    this.terms = new TermDictionary(fetcher, new Directory(fetcher, terms));
    this.ends = new WordEnds(fetcher, new Directory(fetcher, ends));
    // the sound table's directory is the main part's; its reader, with its chunks, the deferred part's
    const soundDirectory = new Directory(fetcher, sounds);
    this.deferred = deferredPart.then((part) => part && { ...part, sounds: (this.sounds = part.whenOpened(fetcher, this.terms, soundDirectory)) });
    this.store = new DocStore(fetcher, new Directory(fetcher, heads));
    this.searcher = new Searcher(statsOf(manifest), this.terms, this.ends, this.store, this.deferred);
    this.documentCount = manifest.documents;
    this.languages = Object.fromEntries(manifest.languages);
  }

  get bytesLoaded(): number {
    return this.terms.bytesLoaded + this.ends.bytesLoaded + (this.sounds?.bytesLoaded ?? 0) + this.store.bytesLoaded;
  }

  async search(query: string, options?: SearchOptions) {
    return (await this.query(query, options)).hits;
  }

  query(query: string, options?: SearchOptions) {
    return this.searcher.query(query, options);
  }

  /** Preloading is the deferred part's (see preload.ts): without it, nothing is preloaded. */
  async preload(maxBytes = Infinity): Promise<void> {
    const deferred = await this.deferred;
    await deferred?.preloadIndex({
      fetcher: this.fetcher,
      kinds: {
        heads: { cache: this.store.headChunks, directory: this.store.headDirectory },
        terms: { cache: this.terms.chunks, directory: this.terms.directory },
        ends: { cache: this.ends.chunks, directory: this.ends.directory },
        sounds: { cache: deferred.sounds.chunks, directory: deferred.sounds.directory },
      },
      maxBytes,
      search: (query) => this.query(query, { limit: 5, waitForSnippets: false }),
    });
  }
}
