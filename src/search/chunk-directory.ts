/**
 * Index of the chunk holding `key`, given each chunk's first key in ascending order: the last
 * start that is not after `key` (0 when `key` comes before every start).
 */
export function chunkHolding<T extends string | number>(starts: readonly T[], key: T): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= key) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether ascending `sorted` holds `key` (binary search). */
export function sortedIncludes<T extends string | number>(sorted: readonly T[], key: T): boolean {
  return sortedIndexOf(sorted, key) >= 0;
}

/** Where ascending `sorted` holds `key` (binary search), or -1. */
export function sortedIndexOf<T extends string | number>(sorted: readonly T[], key: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = sorted[mid]!;
    if (value === key) return mid;
    if (value < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
