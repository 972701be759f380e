import { ANALYZER_VERSION } from '../analyzer/index.js';
import { decodeMeta, fileName, gunzip, validateManifest, ManifestError, type Manifest, type PackFile } from '../format/index.js';
import { WordEnds } from './word-ends.js';
import type { SoundTable } from './sound-table.js';
import { loadDeferred } from './load-deferred.js';
import { backgroundTurn, inBackground } from './background.js';
import type { ChunkCache } from './chunk-cache.js';
import { DocStore } from './doc-store.js';
import { createFetcher, resolveLocation, type Fetcher } from './fetcher.js';
import { decodeIndexFile, readIndexFile } from './read-file.js';
import { Searcher, type DeferredSearch } from './searcher.js';
import { TermDictionary } from './term-dictionary.js';
import { warmUp, warmUpSearch } from './warm-up.js';
import { BahthIndexError, type BahthIndex, type SearchOptions } from './types.js';

const opened = new Map<string, Promise<BahthIndex>>();

/** The engine's deferred part (deferred.ts), loaded once for the page; null when it could not be. */
let deferredPart: Promise<typeof import('./deferred.js') | null> | undefined;

/**
 * Starts loading the engine's deferred part, or gives the load under way. When it fails (the
 * script build's `bahth.deferred.js` is not beside it, or the network failed), search goes on
 * without it, in the script typed and without snippets, the reason is on the console, and the
 * next index opened tries again.
 */
function loadDeferredPart(): Promise<typeof import('./deferred.js') | null> {
  return (deferredPart ??= loadDeferred().catch((error: unknown) => {
    deferredPart = undefined;
    console.warn('bahth: the deferred part of the engine could not be loaded (the script build needs bahth.deferred.js beside bahth.iife.js); searching without cross-script matching and snippets.', error);
    return null;
  }));
}

/** Preload packs in flight at once: few, so a query's own fetches never queue behind them for one of the browser's six connections per host. */
const PACK_CONCURRENCY = 2;

/**
 * Opens the index folder that `bahth build` wrote: fetches `manifest.json` and the small meta
 * file, nothing else; term and document chunks are fetched by the searches that need them.
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
  // fetched beside the manifest and the meta file, so a first query seldom waits for it
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
  const metaName = fileName('meta', manifest.files.meta);
  const meta = await readIndexFile(fetcher, metaName, async (bytes) => decodeMeta(await gunzip(bytes)));
  if (meta.termChunkStarts.length !== manifest.files.terms.length || meta.endsChunkStarts.length !== manifest.files.ends.length ||
      meta.soundChunkStarts.length !== manifest.files.sounds.length ||
      meta.headChunkStarts.length !== manifest.files.heads.length || meta.textChunkStarts.length !== manifest.files.texts.length) {
    throw new BahthIndexError('corrupt', 'the meta file and manifest.json list different chunks: rebuild the index', metaName);
  }
  return new OpenedIndex(fetcher.base, manifest, meta, fetcher, deferred);
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
    private readonly manifest: Manifest,
    meta: ReturnType<typeof decodeMeta>,
    private readonly fetcher: Fetcher,
    deferredPart: Promise<typeof import('./deferred.js') | null>,
  ) {
    this.terms = new TermDictionary(fetcher, manifest, meta.termChunkStarts);
    this.ends = new WordEnds(fetcher, manifest, meta.endsChunkStarts);
    this.deferred = deferredPart.then((part) => part && { ...part, sounds: (this.sounds = new part.SoundTable(fetcher, manifest, meta.soundChunkStarts)) });
    this.store = new DocStore(fetcher, manifest, meta.headChunkStarts, meta.textChunkStarts);
    this.searcher = new Searcher(meta, this.terms, this.ends, this.store, this.deferred);
    this.documentCount = manifest.documents;
    this.languages = { ...manifest.languages };
  }

  get bytesLoaded(): number {
    const m = this.manifest.files;
    return this.terms.bytesLoaded + this.ends.bytesLoaded + (this.sounds?.bytesLoaded ?? 0) + this.store.bytesLoaded + m.meta[1];
  }

  async search(query: string, options?: SearchOptions) {
    return (await this.query(query, options)).hits;
  }

  query(query: string, options?: SearchOptions) {
    return this.searcher.query(query, options);
  }

  async preload(maxBytes = Infinity): Promise<void> {
    await backgroundTurn();
    const deferred = await this.deferred;
    warmUp(deferred?.makeSnippet);
    let budget = maxBytes;
    const fits = (bytes: number) => bytes <= budget && (budget -= bytes) >= 0;
    const files = this.manifest.files;
    // Heads first: every result list needs them, whatever is typed. Then the term chunks, which
    // the first letters of each new word need, then the word-ends chunks of the typo path, then
    // the sound table (none without the deferred part, which reads it).
    const caches: Partial<Record<PackFile[0], ChunkCache<unknown>>> = {
      heads: this.store.headChunks, terms: this.terms.chunks, ends: this.ends.chunks, ...(deferred && { sounds: deferred.sounds.chunks }),
    };
    // packs whose chunks are all loaded already are skipped (an index built with --pack-bytes 0 has none)
    const wanted = (files.packs ?? []).filter(([kind, first, count]) => Array.from({ length: count }, (_, i) => first + i).some((n) => caches[kind]?.requested(n) === false));
    await inBackground(wanted.filter((pack) => fits(pack[4])).map((pack) => () => this.loadPack(pack, caches[pack[0]]!)), PACK_CONCURRENCY);
    // with everything but the texts in, typing the warm-up sample (two words misspelled) fetches nothing
    if (Object.values(caches).every((cache) => cache.complete)) await warmUpSearch((query) => this.query(query, { limit: 5, waitForSnippets: false }), backgroundTurn);
  }

  /** Fetches a preload pack and hands each of its chunks to `cache`, one per background-priority task. */
  private async loadPack([kind, first, count, hash, bytes]: PackFile, cache: ChunkCache<unknown>): Promise<void> {
    const name = fileName('packs', [hash, bytes]);
    const data = await this.fetcher.read(name);
    if (data.length !== bytes) throw new BahthIndexError('corrupt', `${name} has ${data.length} bytes, not ${bytes}: rebuild the index`, name);
    let at = 0;
    for (let n = first; n < first + count; n++) {
      const size = this.manifest.files[kind][n]![1];
      const chunk = data.subarray(at, (at += size));
      await backgroundTurn();
      // a corrupt chunk is forgotten by the cache, and fails again for the query that needs it
      await cache.seed(n, chunk).catch(() => {});
    }
  }
}
