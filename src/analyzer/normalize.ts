/**
 * Normalization: the fixed, documented order of folds applied to every word before it is
 * stemmed, at build time and at query time alike.
 */

// Harakat U+064B–U+065F, superscript alef U+0670, Quranic marks U+06D6–U+06ED, tatweel U+0640,
// zero-width and bidi controls, Arabic letter mark, BOM and soft hyphen.
const DELETED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g;
const LETTER_FOLDS: Record<string, string> = {
  'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ک': 'ك', 'ؤ': 'ء', 'ئ': 'ء',
};
const FOLDED = /[آأإٱٲٳىیةۀەکؤئ]/g;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Normalizes text for matching: NFKC, deletes Arabic diacritics, tatweel and invisible
 * controls, folds alef/hamza/yeh/teh-marbuta variants, maps Arabic-Indic digits to 0–9, and
 * lowercases Latin with its accents removed. Idempotent: `normalize(normalize(s)) === normalize(s)`.
 */
export function normalize(text: string): string {
  let out = text.normalize('NFKC').replace(DELETED, '');
  out = out.replace(FOLDED, (ch) => LETTER_FOLDS[ch]!);
  out = out.replace(EASTERN_DIGIT, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  // Latin accents: decompose, drop combining marks of the Latin block only (Arabic marks are gone already).
  out = out.normalize('NFD').replace(/[\u0300-\u036F]/g, '').normalize('NFC');
  return out.toLowerCase();
}
