/**
 * Normalization: the fixed, documented order of character folds applied to every word before
 * it is stemmed, at build time and at query time alike. Word-level rules (apostrophes, a final
 * 's, hyphens) belong to the tokenizer, which sees word boundaries.
 *
 * Order (each step assumes the previous ones):
 * 1. NFKC: presentation forms and lam-alef ligatures (ﻻ → لا), full-width Latin, ligatures (ﬁ → fi).
 * 2. Delete: harakat U+064B–U+065F, superscript alef U+0670, high hamza U+0674, Quranic marks
 *    U+06D6–U+06ED, tatweel U+0640, zero-width and bidi controls (U+200B–U+200F, U+202A–U+202E,
 *    U+2066–U+2069, U+061C), word joiner U+2060, BOM U+FEFF, soft hyphen U+00AD.
 * 3. Fold letters: آ أ إ ٱ ٲ ٳ → ا; ى ی → ي; ة ۀ ە → ه; ک → ك; ؤ ئ → ء (so مسؤول = مسئول).
 * 4. Digits: Arabic-Indic and Persian → 0–9; between digits ٫ → "." (٣٫٥ → 3.5, never 35), and
 *    ٬ or "," followed by exactly three digits (a thousands separator) is deleted.
 * 5. Lowercase, then strip Latin accents (NFD, drop U+0300–U+036F, NFC): Café → cafe.
 *
 * @module
 */

const DELETED = /[\u064B-\u065F\u0670\u0674\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF\u00AD]/g;
const LETTER_FOLDS: Record<string, string> = {
  'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ک': 'ك', 'ؤ': 'ء', 'ئ': 'ء',
};
const FOLDED = /[آأإٱٲٳىیةۀەکؤئ]/g;
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const DECIMAL_POINT = /(?<=\d)\u066B(?=\d)/g;
const THOUSANDS = /(?<=\d)[,\u066C](?=\d{3}(?!\d))/g;
/** Anything but ASCII and the Arabic letters no step changes: only then is the Unicode work needed. */
const NOT_SIMPLE = /[^\u0000-\u007F\u0621\u0627\u0628\u062A-\u063A\u0641-\u0648\u064A]/;
const NOT_ASCII = /[^\u0000-\u007F]/;
const LATIN_MARK = /[\u0300-\u036F]/g;

function foldLetter(ch: string): string {
  return LETTER_FOLDS[ch]!;
}

function eastern(d: string): string {
  return String((d.charCodeAt(0) & 0xf) % 10);
}

/**
 * Normalizes text for matching, in the order documented above. Offsets are not kept: callers
 * that need them normalize word by word (see `tokenize`). Idempotent:
 * `normalize(normalize(s)) === normalize(s)`. Never throws, lone surrogates included.
 */
export function normalize(text: string): string {
  // Fast path: ASCII and the basic Arabic letters need no Unicode normalization at all.
  if (!NOT_SIMPLE.test(text)) {
    return text.includes(',') ? text.replace(THOUSANDS, '').toLowerCase() : text.toLowerCase();
  }
  let out = text.normalize('NFKC');
  const before = out.length;
  out = out.replace(DELETED, '');
  const deleted = out.length !== before;
  out = out.replace(FOLDED, foldLetter);
  out = out.replace(EASTERN_DIGIT, eastern).replace(DECIMAL_POINT, '.').replace(THOUSANDS, '');
  out = out.toLowerCase();
  if (!NOT_ASCII.test(out)) return out;
  // Decompose to drop Latin accents; recompose always, because deleting an invisible control
  // may have brought together characters that compose (idempotence needs NFC here).
  const decomposed = out.normalize('NFD');
  const stripped = decomposed.replace(LATIN_MARK, '');
  if (stripped.length !== decomposed.length || deleted) {
    // a dropped accent may have brought a digit and a separator together (1́٫٣)
    out = stripped.normalize('NFC').replace(DECIMAL_POINT, '.').replace(THOUSANDS, '');
  }
  return out;
}
