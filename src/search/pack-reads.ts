import { fileName, type IndexFile } from '../format/manifest.js';
import { gunzip } from '../format/compress.js';
import { decodePack } from '../format/pack.js';
import type { DirectoryKey, PackEntry } from '../format/directory.js';
import { backgroundTurn } from './background.js';
import type { ChunkCache } from './chunk-cache.js';
import type { ChunkEntry } from './directory.js';
import type { Fetcher } from './fetcher.js';
import { decodeIndexFile } from './read-file.js';
import { BahthIndexError } from './types.js';

/**
 * A run of chunks a query needs is read through their preload pack, one file, when they are at
 * least this share of the pack's bytes: a two-letter prefix of a 100,000-document index needs up
 * to 75 term chunks, and a browser fetches six files at a time from a host on HTTP/1.1.
 */
const PACK_SHARE = 0.5;

/** Fetches a preload pack and splits it into its chunks' bytes before compression. */
async function readPack(fetcher: Fetcher, [, count, hash, bytes]: PackEntry): Promise<Uint8Array[]> {
  const name = fileName('packs', [hash, bytes]);
  const data = await fetcher.read(name);
  if (data.length !== bytes) throw new BahthIndexError('corrupt', `${name} has ${data.length} bytes, not ${bytes}: rebuild the index`, name);
  return decodeIndexFile(name, data, async (packed) => decodePack(await gunzip(packed), count));
}

/** A pack's chunks' bytes, and when every one of them is in the cache. */
interface PackRead {
  chunks: Promise<Uint8Array[]>;
  seeded: Promise<void>;
}

/** The packs being read for each cache, by hash: a chunk asked for meanwhile comes from the same read. */
const packsRead = new WeakMap<ChunkCache<unknown>, Map<string, PackRead>>();

/**
 * Reads `pack`, whose chunks are `files`, once for `cache` (by a query or by preloading) and hands
 * `cache` the chunks nobody asked for yet, one per background-priority task.
 */
export function packRead(fetcher: Fetcher, cache: ChunkCache<unknown>, pack: PackEntry, files: IndexFile[]): PackRead {
  let reads = packsRead.get(cache);
  if (!reads) packsRead.set(cache, (reads = new Map()));
  let read = reads.get(pack[2]);
  if (!read) {
    const chunks = readPack(fetcher, pack);
    const seeded = chunks.then(async (inflated) => {
      for (const [i, file] of files.entries()) {
        await backgroundTurn();
        // a corrupt chunk is forgotten by the cache, and fails again for the query that needs it
        await cache.seedInflated(file, inflated[i]!).catch(() => {});
      }
    });
    reads.set(pack[2], (read = { chunks, seeded }));
    seeded.catch(() => {}).finally(() => reads.delete(pack[2]));
  }
  return read;
}

/**
 * Loads the chunks of `entries` into `cache`: each run of them that is most of a preload pack
 * through the pack, the others one by one. A chunk whose pack fails to load is fetched alone.
 * Another load meanwhile reads the same chunks through the same pack read.
 */
export function loadThroughPacks<K extends DirectoryKey>(fetcher: Fetcher, cache: ChunkCache<unknown>, entries: Array<ChunkEntry<K>>): Promise<unknown> {
  const wanted = new Map<PackEntry, Array<[ChunkEntry<K>, number]>>();
  const loads: Array<Promise<unknown>> = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    // a chunk may be asked for twice (a term's and its prefix range's): it counts once
    if (seen.has(entry.file[0])) continue;
    seen.add(entry.file[0]);
    // (the chunks already in, most of them once a word is typed, are not looked for in their leaf)
    const at = cache.chunks.has(entry.file[0]) ? -1 : entry.leaf?.entries.findIndex(([, hash]) => hash === entry.file[0]) ?? -1;
    const pack = entry.leaf?.packs.find(([first, count]) => at >= first && at < first + count);
    if (pack) wanted.set(pack, [...(wanted.get(pack) ?? []), [entry, at]]);
    else loads.push(cache.get(entry.file));
  }
  for (const [pack, run] of wanted) {
    const reading = packsRead.get(cache)?.has(pack[2]);
    if (reading || (run.length > 1 && run.reduce((bytes, [{ file }]) => bytes + file[1], 0) >= pack[3] * PACK_SHARE)) {
      const files = run[0]![0].leaf!.entries.slice(pack[0], pack[0] + pack[1]).map(([, hash, bytes]): IndexFile => [hash, bytes]);
      const { chunks } = packRead(fetcher, cache, pack, files);
      // each chunk from the pack, or fetched alone when the pack failed
      for (const [{ file }, at] of run) loads.push(chunks.then((all) => cache.seedInflated(file, all[at - pack[0]]!), () => cache.get(file)));
    } else loads.push(...run.map(([{ file }]) => cache.get(file)));
  }
  return Promise.all(loads);
}
