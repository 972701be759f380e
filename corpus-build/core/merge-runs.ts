import type { Run } from './runs.js';

/** Items merged from sorted sources are handed on this many at a time. */
const OUT_BATCH = 4096;

/** A sorted sequence of items, in batches: a run read back and decoded, or items still in memory. */
export type SortedSource<T> = AsyncIterable<T[]>;

/** A run's records decoded, batch by batch. */
export async function* decodedRun<T>(run: Run, decode: (record: Uint8Array) => T): SortedSource<T> {
  for await (const records of run.read()) yield records.map(decode);
}

/** Sorted items held in memory (the last block of a build, which is never written out), in batches. */
export async function* inMemory<T>(items: T[]): SortedSource<T> {
  for (let i = 0; i < items.length; i += OUT_BATCH) yield items.slice(i, i + OUT_BATCH);
}

/** One source being read: its current item and the rest of its current batch. */
class Cursor<T> {
  private batch: T[] = [];
  private at = 0;
  private readonly batches: AsyncIterator<T[]>;
  item!: T;

  constructor(source: SortedSource<T>, readonly order: number) {
    this.batches = source[Symbol.asyncIterator]();
  }

  /** Moves to the next item; false when the source is done. */
  async next(): Promise<boolean> {
    while (this.at >= this.batch.length) {
      const { done, value } = await this.batches.next();
      if (done) return false;
      this.batch = value;
      this.at = 0;
    }
    this.item = this.batch[this.at++]!;
    return true;
  }

  /** Stops reading the source (closing a run's file when the merge is left early). */
  async close(): Promise<void> {
    await this.batches.return?.();
  }

  /** Moves to the next item without waiting, when the current batch has one; undefined when it must wait. */
  nextNow(): true | undefined {
    if (this.at >= this.batch.length) return undefined;
    this.item = this.batch[this.at++]!;
    return true;
  }
}

/**
 * The items of sorted sources in one sorted sequence, in batches: a k-way merge over a binary
 * heap. Items that compare equal come in the order of their sources (then of their place in
 * it), so blocks written in document order merge into document order.
 */
export async function* mergeSorted<T>(sources: ReadonlyArray<SortedSource<T>>, compare: (a: T, b: T) => number): SortedSource<T> {
  if (sources.length === 1) {
    yield* sources[0]!;
    return;
  }
  const before = (a: Cursor<T>, b: Cursor<T>) => (compare(a.item, b.item) || a.order - b.order) < 0;
  const cursors = sources.map((source, order) => new Cursor(source, order));
  try {
    const heap: Cursor<T>[] = [];
    for (const cursor of cursors) if (await cursor.next()) heap.push(cursor);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i, before);
    let out: T[] = [];
    while (heap.length) {
      const top = heap[0]!;
      out.push(top.item);
      if (top.nextNow() ?? (await top.next())) siftDown(heap, 0, before);
      else {
        const last = heap.pop()!;
        if (heap.length) {
          heap[0] = last;
          siftDown(heap, 0, before);
        }
      }
      if (out.length >= OUT_BATCH) {
        yield out;
        out = [];
      }
    }
    if (out.length) yield out;
  } finally {
    await Promise.all(cursors.map((cursor) => cursor.close()));
  }
}

function siftDown<T>(heap: T[], at: number, before: (a: T, b: T) => boolean): void {
  const item = heap[at]!;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && before(heap[child + 1]!, heap[child]!)) child++;
    if (!before(heap[child]!, item)) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = item;
}

/** Consecutive items of a sorted source that share a key, one group at a time. */
export async function* groups<T>(source: SortedSource<T>, key: (item: T) => string): AsyncGenerator<T[]> {
  let group: T[] = [];
  for await (const batch of source) {
    for (const item of batch) {
      if (group.length && key(group[0]!) !== key(item)) {
        yield group;
        group = [];
      }
      group.push(item);
    }
  }
  if (group.length) yield group;
}
