import { decodeSoundChunk, parseSoundEntry, type Manifest, type SoundEntry } from '../format/index.js';
import type { Fetcher } from './fetcher.js';
import { chunksOfPrefix, prefixRun } from './chunk-directory.js';
import { ChunkCache } from './chunk-cache.js';

const REMEMBERED = 256;

/**
 * The index's sound table (its sound-table chunks), fetched by lookup range: the words of the
 * index by sound key, its Latin-script names, and its aliases (see src/format/sound-chunk.ts).
 */
export class SoundTable {
  /** The sound-table chunks, by number (preloading fills it too). */
  readonly chunks: ChunkCache<string[]>;
  /** Entries of the last lookups: each keystroke looks up the words typed so far again. */
  private readonly found = new Map<string, SoundEntry[]>();

  constructor(fetcher: Fetcher, manifest: Manifest, private readonly chunkStarts: string[]) {
    this.chunks = new ChunkCache(fetcher, 'sounds', manifest.files.sounds, decodeSoundChunk);
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded;
  }

  /** The entries of each lookup, most frequent values first; fetches the chunks that hold them, all at once. */
  async lookUp(lookups: Iterable<string>): Promise<Map<string, SoundEntry[]>> {
    const out = new Map<string, SoundEntry[]>();
    const wanted = [...new Set(lookups)].filter((lookup) => !this.remembered(lookup, out)).map((lookup) => [lookup, `${lookup}\t`] as const);
    if (!this.chunkStarts.length || !wanted.length) return out;
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
      if (this.found.size >= REMEMBERED) this.found.delete(this.found.keys().next().value!);
      this.found.set(lookup, out.get(lookup)!);
    });
    return out;
  }

  private remembered(lookup: string, out: Map<string, SoundEntry[]>): boolean {
    const entries = this.found.get(lookup);
    if (entries) out.set(lookup, entries);
    return !!entries;
  }
}
