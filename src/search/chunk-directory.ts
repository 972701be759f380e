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
