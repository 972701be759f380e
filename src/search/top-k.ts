/**
 * The `k` best of the first `length` of `items`, best first, where `better(a, b) > 0` means a
 * comes before b: one pass that compares most items with the current k-th only, instead of
 * sorting them all.
 */
export function topK<T>(items: ArrayLike<T>, k: number, better: (a: T, b: T) => number, length = items.length): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < length; i++) {
    const item = items[i]!;
    if (top.length === k && better(item, top[k - 1]!) <= 0) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && better(item, top[at - 1]!) > 0) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = item;
  }
  return top;
}
