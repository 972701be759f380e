import { ARABIC_ALIASES, NO_EXPAND, PROTECTED_ARABIC } from './lexicon.js';
import { ARABIC_STOP_WORDS } from './stopwords.js';

/**
 * Arabic light stemming (Lucene/light10 family) over normalized words: the article with the
 * clitics before it, then one pass of sound suffixes, never leaving fewer than
 * {@link MIN_STEM} letters.
 *
 * @module
 */

/** Fewest letters a suffix may leave: قوات and قوة stay apart from قو (and from قوي). */
export const MIN_STEM = 3;
/** Fewest letters the article may leave: الحق → حق, but الف (thousand) stays. */
const MIN_AFTER_ARTICLE = 2;
/** و/ف, then ب/ك, then ال; or و/ف then لل (ل + ال): وبالكتاب, فللكتاب, كالكتاب. */
const ARTICLE = /^[وف]?(?:[بك]?ال|لل)/;
/**
 * Lucene's suffix pass, in order, each removed at most once (ساهدهات → ساهده → ساهد), without
 * its nisba suffixes يه and ي: stripping them made عسكري (military) = عسكر (soldiers) and
 * انقلابي = انقلاب, and lowered relevance on the development queries. ية now loses its ه only,
 * so سوري = سورية = السوريين = سوريون.
 */
export const ARABIC_SUFFIXES: readonly string[] = ['ها', 'ان', 'ات', 'ون', 'ين', 'ه'];
const CLITIC = /^[وفبكل]/;

/** The word without its article (and the clitics before it) when enough is left; else the word. */
export function stripArticle(word: string): string {
  const m = ARTICLE.exec(word);
  return m && word.length - m[0].length >= MIN_AFTER_ARTICLE ? word.slice(m[0].length) : word;
}

/** The stem of a normalized Arabic word: القلمون → قلمون (protected), المستشفيات → مستشف. */
export function stemArabic(word: string): string {
  const alias = ARABIC_ALIASES.get(word);
  if (alias) return alias;
  let w = stripArticle(word);
  if (PROTECTED_ARABIC.has(w)) return w;
  for (const s of ARABIC_SUFFIXES) {
    if (w.length - s.length >= MIN_STEM && w.endsWith(s)) w = w.slice(0, -s.length);
  }
  return w;
}

/**
 * The stem of the word read without one leading clitic (و ف ب ك ل), or null when that reading
 * is not offered: no such letter, an article already stripped, fewer than 3 letters left, a
 * protected word or one on the no-expand list, or a stop word left. `stem` is the word's own stem.
 */
export function cliticStemArabic(word: string, stem: string): string | null {
  if (!CLITIC.test(word) || word.length < 4 || NO_EXPAND.has(stem) || ARABIC_ALIASES.has(word)) return null;
  if (stripArticle(word) !== word || PROTECTED_ARABIC.has(word)) return null;
  const rest = word.slice(1);
  if (ARABIC_STOP_WORDS.has(rest)) return null;
  const s = stemArabic(rest);
  return s === stem ? null : s;
}
