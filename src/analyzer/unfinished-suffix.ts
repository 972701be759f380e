import { ARABIC_SUFFIXES, MIN_STEM } from './arabic-stem.js';
import type { Script } from './tokenize.js';

/**
 * Reading an unfinished word whose last letters may be the start of an inflectional suffix:
 * مستشفيا is مستشفي with ات or ان begun, negotiati is negotiat with -ing begun. The stems of
 * such a word are not prefixes of what it is becoming (مستشفيات → مستشف), so the searcher also
 * completes it as typed before the suffix began, and with the suffix finished.
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
 * How an unfinished, normalized word without its article may be a stem with a suffix begun
 * (the longest such beginning), or null. The letters begun are never a whole suffix (that is
 * the stemmer's job), and the base keeps at least {@link MIN_STEM} letters, the stemmer's own
 * limit.
 */
export function unfinishedSuffix(word: string, script: Script): SuffixReading | null {
  const suffixes = script === 'arabic' ? ARABIC_SUFFIXES : script === 'latin' ? ENGLISH_SUFFIXES : [];
  for (let length = 2; length > 0; length--) {
    const base = word.slice(0, -length);
    const completed = suffixes.filter((s) => s.length > length && s.startsWith(word.slice(-length))).map((s) => base + s);
    if (completed.length) return [...base].length >= MIN_STEM ? { base, completed } : null;
  }
  return null;
}
