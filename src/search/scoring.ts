import { lengthOfCode } from '../format/field-length.js';

/** BM25+ parameters; the same defaults as MiniSearch. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/*
 * BM25+ of one term in one field of one document, exactly as MiniSearch computes it, so bahth
 * ranks like MiniSearch would given the same terms:
 *   bm25(termFrequency, bm25Idf(matchingDocuments, totalDocuments), bm25LengthNorm(fieldLength, averageFieldLength))
 * Split in three because the searcher computes the idf once per term and the length part once
 * per document, outside the loop over postings.
 */

/** The inverse document frequency part of BM25+. */
export function bm25Idf(matchingDocuments: number, totalDocuments: number): number {
  return Math.log(1 + (totalDocuments - matchingDocuments + 0.5) / (matchingDocuments + 0.5));
}

/** The field length part of BM25+: `k × (1 − b + b × length / average length)`. */
export function bm25LengthNorm(fieldLength: number, averageFieldLength: number): number {
  const { k, b } = BM25;
  return k * (1 - b + (b * fieldLength) / averageFieldLength);
}

/** The length part for each one-byte length code (field-length.ts), for a field of average length `averageFieldLength`. */
export function lengthNormsByCode(averageFieldLength: number): Float64Array {
  return Float64Array.from({ length: 256 }, (_, code) => bm25LengthNorm(lengthOfCode(code), averageFieldLength || 1));
}

/** BM25+ score from a term frequency and the two parts above. */
export function bm25(termFrequency: number, idf: number, lengthNorm: number): number {
  const { k, d } = BM25;
  return idf * (d + (termFrequency * (k + 1)) / (termFrequency + lengthNorm));
}

/** Weight of a prefix completion `distance` letters longer than what was typed (MiniSearch's formula). */
export function prefixWeight(termLength: number, distance: number): number {
  return (0.375 * termLength) / (termLength + 0.3 * distance);
}

/** Weight of a fuzzy match at edit `distance` (MiniSearch's formula). */
export function fuzzyWeight(termLength: number, distance: number): number {
  return (0.45 * termLength) / (termLength + distance);
}
