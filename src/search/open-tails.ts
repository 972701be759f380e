import type { TailBlock } from '../format/term-chunk.js';

/**
 * A candidate's postings in a field whose tail blocks are not all loaded (term-chunk.ts:
 * PostingsTail): what a query scored of it is a lower bound for the documents in those blocks.
 */
export interface OpenTail {
  term: string;
  field: number;
  /** The query word it is a candidate of, and whether in the word's own script (not a cross-script match). */
  word: number;
  sameScript: boolean;
  /** The documents scored (the postings kept and the blocks loaded), ascending. */
  known: ArrayLike<number>;
  /** The blocks not loaded, by document. */
  blocks: readonly TailBlock[];
  /** The candidate's boost × weight × idf: a posting scores this × (δ + its impact) at most. */
  scale: number;
}

/** A query's scores so far (the searcher's dense arrays), and how it ranks. */
export interface KnownScores {
  touched: Int32Array;
  touchedCount: number;
  total: Float64Array;
  matched: Uint16Array;
  sameScript: Uint16Array;
  /** Bit w: the document matched word w; bit w + 4: in its own script (words 0 to 3). */
  wordBits: Uint8Array;
  /** 1 when documents matching more words rank first (keywords), else 0. */
  tiers: number;
  sameScriptCap: number;
}

/** Words whose matches {@link KnownScores.wordBits} records. */
export const BIT_WORDS = 4;
