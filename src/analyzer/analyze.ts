import { tokenize, type Token } from './tokenize.js';

/** A token of indexed text with the terms it contributes. */
export interface AnalyzedToken extends Token {
  /** The stem to index, or `null` for a stop word. */
  stem: string | null;
  /**
   * The stem of the word read without a single leading clitic (و ف ب ك ل), when that reading is
   * possible. The indexer decides from corpus counts whether to index it too.
   */
  cliticStem: string | null;
}

/** One word of a query, with every way it may match. */
export interface QueryWord extends AnalyzedToken {
  /** True for a stop word: it matches only where stop words are indexed (titles). */
  stop: boolean;
  /** Normalized, article-stripped form for prefix matching of an unfinished word. */
  prefix: string;
  /** Largest edit distance a typo may have for this word (0: no typo tolerance). */
  maxEdits: number;
}

/** A query split into words; the last may be unfinished. */
export interface AnalyzedQuery {
  words: QueryWord[];
  /** True when the user may still be typing the last word (no trailing space). */
  lastIsPartial: boolean;
}

const ARABIC_STOP = new Set(['في', 'من', 'علي', 'الي', 'عن', 'ان', 'الذي', 'التي', 'هذا', 'هذه', 'مع', 'او', 'ما', 'لا', 'كان', 'قد', 'و']);
const ENGLISH_STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with']);
const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/;

function stemArabic(word: string): string {
  let w = word;
  const stripped = w.replace(ARTICLE, '');
  if (stripped.length >= 2) w = stripped;
  for (const suffix of ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 2) w = w.slice(0, -suffix.length);
  }
  return w;
}

function stemLatin(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function analyzeToken(token: Token): AnalyzedToken & { stop: boolean } {
  const { norm, script } = token;
  const stop = script === 'arabic' ? ARABIC_STOP.has(norm) : ENGLISH_STOP.has(norm);
  if (script === 'number') return { ...token, stem: norm, cliticStem: null, stop: false };
  const stem = script === 'arabic' ? stemArabic(norm) : stemLatin(norm);
  const cliticStem = script === 'arabic' && /^[وفبكل]/.test(norm) && norm.length >= 5 && !ARTICLE.test(norm)
    ? stemArabic(norm.slice(1)) : null;
  return { ...token, stem: stop ? null : stem, cliticStem, stop };
}

/** Analyzes text for indexing: every word with its stem (null for stop words). */
export function analyzeText(text: string): AnalyzedToken[] {
  return tokenize(text).map((t) => {
    const { stop: _stop, ...rest } = analyzeToken(t);
    return rest;
  });
}

/** Analyzes a query as typed: the words and how each may match. */
export function analyzeQuery(query: string): AnalyzedQuery {
  const words = tokenize(query).map((t): QueryWord => {
    const a = analyzeToken(t);
    const prefix = t.script === 'arabic' ? t.norm.replace(ARTICLE, '') || t.norm : t.norm;
    const letters = [...t.norm].length;
    return { ...a, stem: a.stem ?? t.norm, prefix, maxEdits: t.script === 'number' || letters < 5 ? 0 : 1 };
  });
  return { words, lastIsPartial: words.length > 0 && !/[\s\p{P}]$/u.test(query) };
}
