import { decodeSoundChunk, parseSoundEntry, type Manifest, type SoundEntry } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunksOfPrefix, prefixRun } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';

/**
 * The index's sound table (its sound-table chunks), fetched by lookup range: the words of the
 * index by sound key, its Latin-script names, and its aliases (see src/format/sound-chunk.ts).
 */
export class SoundTable {
  /** The sound-table chunks, by number (preloading fills it too). */
  readonly chunks: ChunkCache<string[]>;

  constructor(fetcher: Fetcher, manifest: Manifest, private readonly chunkStarts: string[]) {
    this.chunks = new ChunkCache(fetcher, 'sounds', manifest.files.sounds, decodeSoundChunk);
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded;
  }

  /** The entries of each lookup, most frequent values first; fetches the chunks that hold them, all at once. */
  async lookUp(lookups: Iterable<string>): Promise<Map<string, SoundEntry[]>> {
    const wanted = [...new Set(lookups)].map((lookup) => [lookup, `${lookup}\t`] as const);
    const out = new Map<string, SoundEntry[]>();
    if (!this.chunkStarts.length) return out;
    const numbers = wanted.map(([, prefix]) => chunksOfPrefix(this.chunkStarts, prefix));
    const chunks = new Map(await Promise.all([...new Set(numbers.flat())].map(async (n) => [n, await this.chunks.get(n)] as const)));
    wanted.forEach(([lookup, prefix], i) => {
      const entries: SoundEntry[] = [];
      for (const n of numbers[i]!) {
        const chunk = chunks.get(n)!;
        const [start, end] = prefixRun(chunk, prefix);
        for (let j = start; j < end; j++) entries.push(parseSoundEntry(chunk[j]!));
      }
      out.set(lookup, entries.sort((a, b) => a.rank - b.rank));
    });
    return out;
  }
}
