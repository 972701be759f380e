import { ARABIC_SUFFIXES, MIN_STEM, stripArticle } from './arabic-stem.js';
import type { Script } from './tokenize.js';

/**
 * Reading an unfinished word whose last letters may be the start of an inflectional suffix:
 * المستشفيا is المستشفي with ات or ان begun, electe is elect with -ed begun. The stems of such a
 * word are not prefixes of what it is becoming (المستشفيات → مستشف, elected → elect), so the
 * searcher also reads it as the word typed before the suffix began and as the word with the
 * suffix finished.
 *
 * @module
 */

/** English endings the analyzer's stemmer removes, of two letters or more (-s has no unfinished form). */
const ENGLISH_SUFFIXES: readonly string[] = ['ed', 'es', 'ing'];

/** An unfinished word read as a stem with a suffix begun. */
export interface SuffixReading {
  /** The word without the suffix's first letters: what was typed before it began. */
  base: string;
  /** The base with each suffix that starts with those letters, finished. */
  completed: string[];
}

/**
 * How an unfinished, normalized word may be a stem with a suffix begun (the longest such
 * beginning), or null. The letters begun are never a whole suffix (that is the stemmer's job),
 * and the base keeps at least {@link MIN_STEM} letters once an Arabic article is taken off,
 * the stemmer's own limit.
 */
export function unfinishedSuffix(norm: string, script: Script): SuffixReading | null {
  const suffixes = script === 'arabic' ? ARABIC_SUFFIXES : script === 'latin' ? ENGLISH_SUFFIXES : [];
  for (let length = 2; length >= 1; length--) {
    const begun = norm.slice(-length);
    const base = norm.slice(0, -length);
    const completed = suffixes.filter((s) => s.length > length && s.startsWith(begun)).map((s) => base + s);
    if (!completed.length) continue;
    const stemLetters = script === 'arabic' ? [...stripArticle(base)].length : base.length;
    return stemLetters >= MIN_STEM ? { base, completed } : null;
  }
  return null;
}
