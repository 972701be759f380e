/**
 * Field lengths (tokens) in one byte each, on a log scale (ratio 1.04, exact below 25), like
 * Lucene's norms: BM25 barely changes, and each posting carries the length of its field in its
 * document in a byte (see term-chunk.ts).
 */
const RATIO = Math.log(1.04);
const EXACT_BELOW = 25;
const OFFSET = EXACT_BELOW - Math.round(Math.log(EXACT_BELOW) / RATIO);

/** Encodes a field length (tokens) in one byte. */
export function quantizeLength(length: number): number {
  if (length < EXACT_BELOW) return length;
  return Math.min(255, Math.round(Math.log(length) / RATIO) + OFFSET);
}

/** Each document's length code, from runs of `[code, documents]` in document order (Manifest.lengths.runs). */
export function lengthCodesOf(runs: ReadonlyArray<readonly [number, number]>, documents: number): Uint8Array {
  const codes = new Uint8Array(documents);
  let start = 0;
  for (const [code, count] of runs) codes.fill(code, start, (start += count));
  return codes;
}

/** The field length a one-byte code stands for. */
export function lengthOfCode(code: number): number {
  if (code < EXACT_BELOW) return code;
  return Math.round(Math.exp((code - OFFSET) * RATIO));
}
