import type { Manifest } from '../format/index.js';
import { decodeSoundChunk } from '../format/sound-chunk.js';
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

  /**
   * The values of each lookup's entries, the most frequent first (the rank digit sorts them so);
   * fetches the chunks that hold them, all at once.
   */
  async lookUp(lookups: Iterable<string>): Promise<Map<string, string[]>> {
    const wanted = [...new Set(lookups)].map((lookup) => [lookup, `${lookup}\t`] as const);
    const out = new Map<string, string[]>();
    if (!this.chunkStarts.length) return out;
    const numbers = wanted.map(([, prefix]) => chunksOfPrefix(this.chunkStarts, prefix));
    const chunks = new Map(await Promise.all([...new Set(numbers.flat())].map(async (n) => [n, await this.chunks.get(n)] as const)));
    wanted.forEach(([lookup, prefix], i) => {
      const values: string[] = [];
      for (const n of numbers[i]!) {
        const chunk = chunks.get(n)!;
        const [start, end] = prefixRun(chunk, prefix);
        // lookup, tab and rank digit off
        for (let j = start; j < end; j++) values.push(chunk[j]!.slice(prefix.length + 1));
      }
      out.set(lookup, values);
    });
    return out;
  }
}
