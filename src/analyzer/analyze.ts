import { cliticStemArabic, stemArabic, stripArticle } from './arabic-stem.js';
import { stemEnglish } from './english-stem.js';
import { PROTECTED_ENGLISH } from './lexicon.js';
import { ARABIC_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopwords.js';
import { tokenize, type Token } from './tokenize.js';

/** A token of indexed text with the terms it contributes. */
export interface AnalyzedToken extends Token {
  /** The stem to index, or `null` for a stop word. */
  stem: string | null;
  /**
   * The stem of the word read without a single leading clitic (و ف ب ك ل), when that reading is
   * possible; never for words on the no-expand list (وزير, ورقة …). The indexer decides from
   * corpus counts whether to index it too.
   */
  cliticStem: string | null;
}

/** One word of a query, with every way it may match. */
export interface QueryWord extends Omit<AnalyzedToken, 'stem'> {
  /** The stem to match exactly; for a stop word its normalized form (never null in a query). */
  stem: string;
  /** True for a stop word: it matches only where stop words are indexed (titles). */
  stop: boolean;
  /** Normalized form with the article and the clitics before it removed, for prefix matching of an unfinished word ("وبالمفاو" → "مفاو"); empty when nothing but an article was typed. */
  prefix: string;
  /** Largest edit distance a typo may have for this word (0: no typo tolerance). */
  maxEdits: number;
}

/** A query split into words; the last may be unfinished. */
export interface AnalyzedQuery {
  words: QueryWord[];
  /** True when the user may still be typing the last word (no trailing space or punctuation). */
  lastIsPartial: boolean;
}

/** Fewest letters for one typo to be tolerated; shorter words have too many one-letter neighbours. */
export const MIN_FUZZY_LETTERS = 5;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\d/;

/** True for a word written all in capitals (ISIS, NATO): an acronym, not stemmed. */
function isAcronym(raw: string): boolean {
  return raw.length > 1 && UPPER.test(raw) && !LOWER.test(raw);
}

/** Whether a normalized token is a stop word of its language. */
export function isStopWord(token: Pick<Token, 'norm' | 'script'>): boolean {
  return token.script === 'arabic' ? ARABIC_STOP_WORDS.has(token.norm) : token.script === 'latin' && ENGLISH_STOP_WORDS.has(token.norm);
}

function analyzeToken(token: Token, raw: string): AnalyzedToken {
  const { norm, script } = token;
  if (script === 'number') return { ...token, stem: norm, cliticStem: null };
  if (isStopWord(token)) return { ...token, stem: null, cliticStem: null };
  if (script === 'arabic') {
    const stem = stemArabic(norm);
    return { ...token, stem, cliticStem: cliticStemArabic(norm, stem) };
  }
  const plain = PROTECTED_ENGLISH.has(norm) || HAS_DIGIT.test(norm) || isAcronym(raw);
  return { ...token, stem: plain ? norm : stemEnglish(norm), cliticStem: null };
}

/**
 * Analyzes text for indexing: every word with its stem (null for stop words), in text order.
 * A hyphenated word gives its parts and then its joined form (see `Token.hyphen`).
 */
export function analyzeText(text: string): AnalyzedToken[] {
  return tokenize(text).map((t) => analyzeToken(t, text.slice(t.start, t.end)));
}

/**
 * Analyzes a query as typed: the words and how each may match. Hyphenated words count once,
 * by their joined form. `stem` is never null here: a stop word keeps its normalized form.
 */
export function analyzeQuery(query: string): AnalyzedQuery {
  const words: QueryWord[] = [];
  for (const t of tokenize(query)) {
    if (t.hyphen === 'part') continue;
    const a = analyzeToken(t, query.slice(t.start, t.end));
    const stop = a.stem === null;
    const prefix = t.script === 'arabic' ? stripArticleForPrefix(t.norm) : t.norm;
    const letters = [...t.norm].length;
    const fuzzy = t.script !== 'number' && !stop && !HAS_DIGIT.test(t.norm) && letters >= MIN_FUZZY_LETTERS;
    words.push({ ...a, stem: a.stem ?? t.norm, stop, prefix, maxEdits: fuzzy ? 1 : 0 });
  }
  return { words, lastIsPartial: words.length > 0 && !/[\s\p{P}]$/u.test(query) };
}

/** Like the stemmer's article rule, but an unfinished word may be left with a single letter or none. */
function stripArticleForPrefix(norm: string): string {
  const stripped = stripArticle(norm);
  if (stripped !== norm) return stripped;
  const m = /^[وف]?(?:[بك]?ال|لل)/.exec(norm);
  return m ? norm.slice(m[0].length) : norm;
}
