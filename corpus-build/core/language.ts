/**
 * Language detection for documents whose input does not say. Deliberately simple:
 * - fewer than {@link MIN_LETTERS} letters → `'und'` (too little to tell);
 * - Arabic-script letters are at least half of the Arabic + Latin letters → `'ar'`
 *   (Arabic news often quotes Latin names, "CNN", "S300");
 * - Latin letters dominate → `'en'`, unless the text is long enough to judge (≥ 20 words) and
 *   almost none of its words are common English function words (then it is likely French,
 *   Turkish…, which the analyzer does not handle: `'und'`);
 * - anything else (Cyrillic, CJK…, or no Arabic/Latin majority) → `'und'`.
 */
export function detectLanguage(text: string): 'ar' | 'en' | 'und' {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    if (ARABIC.test(ch)) arabic++;
    else if (LATIN.test(ch)) latin++;
    else other++;
  }
  const letters = arabic + latin + other;
  if (letters < MIN_LETTERS) return 'und';
  if (arabic >= latin && arabic * 2 >= letters) return 'ar';
  if (latin * 2 < letters) return 'und';
  return looksEnglish(text) ? 'en' : 'und';
}

/** Below this many letters a text is not classified. */
export const MIN_LETTERS = 20;

const LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Very common English words: any English text of 20+ words has several. */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as was by it at from be are has have had an not or this which were but he she they his her their its will said would been who'.split(' '),
);

function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{Script=Latin}+(?:'\p{Script=Latin}+)?/gu) ?? [];
  if (words.length < 20) return true;
  const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return common / words.length >= 0.08;
}

/**
 * The primary subtag of a language tag, lowercased: `ar-SA` → `ar`, `en_GB` → `en`. The index
 * filters by these codes, so regional variants of one language count as one. Undefined for an
 * empty or malformed tag.
 */
export function primaryLanguage(tag: string | undefined | null): string | undefined {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$/.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}
