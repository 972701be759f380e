/** BM25+ parameters; the same defaults as MiniSearch. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/**
 * BM25+ score of one term in one field of one document, exactly as MiniSearch computes it, so
 * bahth ranks like MiniSearch would given the same terms.
 */
export function bm25(termFrequency: number, matchingDocuments: number, totalDocuments: number, fieldLength: number, averageFieldLength: number): number {
  const { k, b, d } = BM25;
  const idf = Math.log(1 + (totalDocuments - matchingDocuments + 0.5) / (matchingDocuments + 0.5));
  return idf * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * fieldLength) / averageFieldLength)));
}

/** Weight of a prefix completion `distance` letters longer than what was typed (MiniSearch's formula). */
export function prefixWeight(termLength: number, distance: number): number {
  return (0.375 * termLength) / (termLength + 0.3 * distance);
}

/** Weight of a fuzzy match at edit `distance` (MiniSearch's formula). */
export function fuzzyWeight(termLength: number, distance: number): number {
  return (0.45 * termLength) / (termLength + distance);
}
