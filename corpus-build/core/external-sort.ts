import { ByteReader, ByteWriter } from '../../src/format/bytes.js';
import { decodedRun, inMemory, mergeSorted, type SortedSource } from './merge-runs.js';
import type { Run, RunStore } from './runs.js';

/** How a sorter turns its items into records and back, and what one costs in memory. */
export interface RecordCodec<T> {
  encode(item: T): Uint8Array;
  decode(record: Uint8Array): T;
  /** Estimated bytes the item takes in memory (strings count two bytes a character). */
  size(item: T): number;
}

/** Strings as records: terms, sound-table entries. */
export const stringCodec: RecordCodec<string> = {
  encode: (text) => new ByteWriter().string(text).finish(),
  decode: (record) => new ByteReader(record).string(),
  size: (text) => 2 * text.length + 60,
};

/**
 * Sorts more items than fit in memory: items are held until the store's spill budget, then
 * sorted and written out as a run; the runs, and the items still held, are merged when read.
 * With a store that never spills it is a plain in-memory sort. Items that compare equal keep
 * the order they were added in.
 */
export class ExternalSorter<T> {
  private buffer: T[] = [];
  private bufferBytes = 0;
  private readonly runs: Run[] = [];

  constructor(
    private readonly store: RunStore,
    private readonly codec: RecordCodec<T>,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  async add(item: T): Promise<void> {
    this.buffer.push(item);
    this.bufferBytes += this.codec.size(item);
    if (this.bufferBytes >= this.store.spillBytes) await this.spill();
  }

  /** Runs written so far (how many times the buffer spilled). */
  get spills(): number {
    return this.runs.length;
  }

  private async spill(): Promise<void> {
    const writer = this.store.create();
    // Array.prototype.sort is stable: equal items keep the order they were added in
    for (const item of this.buffer.sort(this.compare)) await writer.write(this.codec.encode(item));
    this.runs.push(await writer.close());
    this.buffer = [];
    this.bufferBytes = 0;
  }

  /** Every item added, in order, in batches. Call once, after the last {@link add}. */
  sorted(): SortedSource<T> {
    const held = inMemory(this.buffer.sort(this.compare));
    this.buffer = [];
    return mergeSorted([...this.runs.map((run) => decodedRun(run, this.codec.decode)), held], this.compare);
  }
}
