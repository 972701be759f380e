import { normalize } from './normalize.js';

/** Which writing system a token is in. */
export type Script = 'arabic' | 'latin' | 'number';

/** A word of the original text: its normalized form and where it stands in the original. */
export interface Token {
  /**
   * The word after {@link normalize}; for Latin words also without apostrophes and a final
   * 's, and for the joined form of a hyphenated word without its hyphens. So `norm` is
   * `normalize(original.slice(start, end))` with apostrophes, a final 's and hyphens removed.
   */
  norm: string;
  /** UTF-16 offset of the word's first code unit in the original text. */
  start: number;
  /**
   * UTF-16 offset just past the word in the original text. Combining marks, harakat and
   * tatweel inside or right after the word are inside `[start, end)`; a grapheme is never cut.
   */
  end: number;
  script: Script;
  /**
   * Set on the words of a hyphenated Latin compound: `'part'` on each part (cease, fire) and
   * `'joined'` on the one extra token for the whole (ceasefire, spanning all parts). Indexing
   * uses them all; a query uses the joined form only.
   */
  hyphen?: 'part' | 'joined';
}

const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
// Zero-width and bidi controls and the soft hyphen inside a word do not end it.
const INVISIBLE = '[\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF]*';
const APOSTROPHE = '[\'\u2019\u2018\u02BC\u02BE\u02BF]';
const LATIN = `[\\p{Script=Latin}${DIGIT}]`;
const LATIN_WORD = `${LATIN}(?:${INVISIBLE}[\\p{Script=Latin}${DIGIT}\\p{M}]|${APOSTROPHE}(?=\\p{Script=Latin}))*`;
// Decimal point, or a thousands separator before exactly three digits.
const NUMBER = `[${DIGIT}]+(?:(?:[.\\u066B]|[,\\u066C](?=[${DIGIT}]{3}(?![${DIGIT}])))[${DIGIT}]+)+\\p{M}*`;
// Arabic letters (presentation forms too, but not the spaced phrase ligatures U+FDFA/B/D nor the
// isolated harakat forms U+FE70–FE7F, which NFKC turns into a space plus a mark, nor the
// symbols and ornate parentheses among the presentation forms).
const ARABIC_LETTER = '\\u0621-\\u063A\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\uFB50-\\uFBB1\\uFBD3-\\uFD3D\\uFD50-\\uFDF9\\uFDFC\\uFE80-\\uFEFC';
const ARABIC_WORD = `[${ARABIC_LETTER}](?:${INVISIBLE}[${ARABIC_LETTER}\\u0640\\u0674\\p{M}])*`;
// Arabic first: the commonest kind of word is tried first.
const WORD = new RegExp(`(${ARABIC_WORD})|(${NUMBER})|${LATIN_WORD}(?:[-\\u2010\\u2011]${LATIN_WORD})*`, 'gu');
const HYPHEN = /[-\u2010\u2011]/g;
const POSSESSIVE = /['’‘ʼʾʿ]s$/;
const APOSTROPHES = /['’‘ʼʾʿ]/g;
const NUMERIC = /^[0-9.]+$/;
/** Transliterated Arabic articles written before a hyphen (al-Assad, Deir ez-Zor). */
const LATIN_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'er', 'es', 'et', 'ez', 'an', 'en']);

function latinNorm(raw: string): string {
  const n = normalize(raw);
  return n.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
}

function latinToken(norm: string, start: number, end: number, hyphen?: 'part' | 'joined'): Token {
  const t: Token = { norm, start, end, script: NUMERIC.test(norm) ? 'number' : 'latin' };
  if (hyphen) t.hyphen = hyphen;
  return t;
}

function pushCompound(tokens: Token[], raw: string, at: number): void {
  const parts: Array<[string, number, number]> = [];
  let from = 0;
  for (const m of raw.matchAll(HYPHEN)) {
    parts.push([raw.slice(from, m.index), at + from, at + m.index]);
    from = m.index + 1;
  }
  parts.push([raw.slice(from), at + from, at + raw.length]);
  const norms = parts.map(([p]) => latinNorm(p));
  let first = 0;
  // al-Assad: the article is a word of its own (a stop word), Assad the word.
  if (LATIN_ARTICLES.has(norms[0]!)) {
    tokens.push(latinToken(norms[0]!, parts[0]![1], parts[0]![2]));
    first = 1;
  }
  const rest = norms.slice(first).filter(Boolean);
  if (rest.length === 1) {
    const i = norms.indexOf(rest[0]!, first);
    tokens.push(latinToken(rest[0]!, parts[i]![1], parts[i]![2]));
    return;
  }
  for (let i = first; i < parts.length; i++) if (norms[i]) tokens.push(latinToken(norms[i]!, parts[i]![1], parts[i]![2], 'part'));
  // Numbers joined by hyphens (2011-2012) are ranges, not compounds.
  if (rest.some((n) => !NUMERIC.test(n))) tokens.push(latinToken(rest.join(''), parts[first]![1], at + raw.length, 'joined'));
}

/**
 * Splits text into words with their offsets in the original string: runs of Arabic letters,
 * runs of Latin letters and digits, and numbers (with a decimal point or thousands separators).
 * A change of script ends a word, so `الـBBC` gives `ال` and `bbc`. A hyphenated Latin word
 * gives its parts and then its joined form (see {@link Token.hyphen}); a leading transliterated
 * article (al-, el-, ez- …) is a word of its own and is not joined.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined) {
      const norm = normalize(raw);
      if (norm) tokens.push({ norm, start, end: start + raw.length, script: 'arabic' });
    } else if (m[2] !== undefined) {
      tokens.push({ norm: normalize(raw), start, end: start + raw.length, script: 'number' });
    } else if (raw.includes('-') || raw.includes('\u2010') || raw.includes('\u2011')) {
      pushCompound(tokens, raw, start);
    } else {
      const norm = latinNorm(raw);
      if (norm) tokens.push(latinToken(norm, start, start + raw.length));
    }
  }
  return tokens;
}
