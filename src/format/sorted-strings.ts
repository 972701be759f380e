import { ByteReader } from './bytes.js';

/**
 * An ascending run of strings (a chunk's terms, reversed terms or sound-table entries) kept as
 * one string and the offsets where each item starts: two heap objects where a `string[]` holds
 * one per item. A preloaded 100,000-document index holds millions of them, and the garbage
 * collector traces every object on each major collection, while a visitor types.
 */
export class SortedStrings {
  /** `starts[i]` is where item i begins in `text`; one more entry marks the end of the last. */
  private constructor(private readonly text: string, private readonly starts: Uint32Array) {}

  /** Reads `count` front-coded strings (ByteWriter.frontCoded), calling `after` after each one (to read what follows it). */
  static read(reader: ByteReader, count: number, after?: (index: number) => void): SortedStrings {
    const parts = new Array<string>(count);
    const starts = new Uint32Array(count + 1);
    let previous = '';
    let at = 0;
    for (let i = 0; i < count; i++) {
      previous = reader.frontCoded(previous);
      parts[i] = previous;
      starts[i] = at;
      at += previous.length;
      after?.(i);
    }
    starts[count] = at;
    return new SortedStrings(parts.join(''), starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** The item at `index` (undefined outside the run). */
  at(index: number): string | undefined {
    return index >= 0 && index < this.length ? this.text.slice(this.starts[index], this.starts[index + 1]) : undefined;
  }

  /** The items from `start` up to, not including, `end` (all of them by default). */
  slice(start = 0, end = this.length): string[] {
    const out: string[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) out.push(this.at(i)!);
    return out;
  }

  /** Index of the first item not below `key` (the length when none), compared in place: no string made. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where `key` is, or -1. */
  indexOf(key: string): number {
    const at = this.lowerBound(key);
    return at < this.length && this.compare(at, key) === 0 ? at : -1;
  }

  /** The items that start with `prefix`, as [start, end): the run from the first not below it. */
  prefixRun(prefix: string): [start: number, end: number] {
    // every item starting with the prefix sorts below prefix + U+FFFF (a noncharacter no text holds)
    return [this.lowerBound(prefix), this.lowerBound(`${prefix}\uffff`)];
  }

  /** The item at `index` against `key`, by UTF-16 code units as `<` compares strings: negative, 0 or positive. */
  private compare(index: number, key: string): number {
    const start = this.starts[index]!;
    const length = this.starts[index + 1]! - start;
    const n = Math.min(length, key.length);
    for (let i = 0; i < n; i++) {
      const d = this.text.charCodeAt(start + i) - key.charCodeAt(i);
      if (d !== 0) return d;
    }
    return length - key.length;
  }
}
