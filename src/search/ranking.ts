import { BM25, bm25 } from './scoring.js';

/**
 * Ranking signals beyond BM25+, each measured on the development queries (npm run eval).
 *
 * Queries come in two kinds. A few keywords (a headline's words, a name and a place) are each
 * chosen: a document holding more of them comes first, and a document whose lead holds them is
 * about them. A pasted sentence or question holds words that are not all chosen ("how many
 * points did the defense give up"): its answer may lack one of them, and may sit anywhere in
 * its text, so it is ranked by BM25+ alone.
 *
 * @module
 */

/** Most words of a keyword query; longer queries are read as sentences. */
export const MAX_KEYWORDS = 3;

/**
 * Weight of a term's occurrence in the lead of a body (its first words, flagged by the index),
 * as if the lead were a field of its own with this boost (the title's is 2, the body's 1). On
 * the development queries 1.5 did better than 1 (English exact words .972 -> .975) and than 2
 * (Arabic morphology .929 -> .922).
 */
export const LEAD_WEIGHT = 1.5;

/** Whether a query of `words` (stop words aside) is keywords, not a sentence. */
export function isKeywordQuery(words: number): boolean {
  return words <= MAX_KEYWORDS;
}

/**
 * What a term's occurrence in a body's lead adds, for a candidate of weight `boost` with
 * inverse document frequency `idf`: BM25+ of one occurrence in a field of average length.
 */
export function leadBonus(boost: number, idf: number): number {
  return boost * LEAD_WEIGHT * bm25(1, idf, BM25.k);
}
