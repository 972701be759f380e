import { decodeEndsChunk } from '../format/ends-chunk.js';
import type { SortedStrings } from '../format/sorted-strings.js';
import type { Fetcher } from './fetcher.js';
import { ChunkCache } from './chunk-cache.js';
import type { Directory } from './directory.js';

/**
 * The index's sound table (its sound-table chunks), fetched by lookup range: the words of the
 * index by sound key, its Latin-script names, and its aliases (see src/format/sound-chunk.ts).
 */
export class SoundTable {
  /** The sound-table chunks, by file (preloading fills it too). */
  readonly chunks: ChunkCache<SortedStrings>;

  /** `directory`: the sound-table chunks' (its pages are fetched as lookups need them). */
  constructor(fetcher: Fetcher, readonly directory: Directory<string>) {
    // a sound-table chunk has a word-ends chunk's layout (src/format/sound-chunk.ts)
    this.chunks = new ChunkCache(fetcher, 'sounds', decodeEndsChunk);
  }

  get bytesLoaded(): number {
    return this.chunks.bytesLoaded + this.directory.bytesLoaded;
  }

  /**
   * The values of each lookup's entries, the most frequent first (the rank digit sorts them so);
   * fetches the chunks that hold them, all at once.
   */
  async lookUp(lookups: Iterable<string>): Promise<Map<string, string[]>> {
    const wanted = [...new Set(lookups)].map((lookup) => [lookup, `${lookup}\t`] as const);
    const out = new Map<string, string[]>();
    const found = await Promise.all(wanted.map(([, prefix]) => this.directory.chunks(prefix, `${prefix}\uffff`)));
    const chunks = new Map<string, Promise<SortedStrings>>();
    for (const { file } of found.flat()) if (!chunks.has(file[0])) chunks.set(file[0], this.chunks.get(file));
    const loaded = new Map(await Promise.all([...chunks].map(async ([hash, chunk]) => [hash, await chunk] as const)));
    wanted.forEach(([lookup, prefix], i) => {
      const values: string[] = [];
      for (const { file } of found[i]!) {
        const chunk = loaded.get(file[0])!;
        const [start, end] = chunk.prefixRun(prefix);
        // lookup, tab and rank digit off
        for (let j = start; j < end; j++) values.push(chunk.at(j)!.slice(prefix.length + 1));
      }
      out.set(lookup, values);
    });
    return out;
  }
}
