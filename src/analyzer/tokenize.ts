import { normalize } from './normalize.js';

/** Which writing system a token is in. */
export type Script = 'arabic' | 'latin' | 'number';

/** A word of the original text: its normalized form and where it stands in the original. */
export interface Token {
  /** The word after {@link normalize}. */
  norm: string;
  /** UTF-16 offset of the word's first code unit in the original text. */
  start: number;
  /** UTF-16 offset just past the word in the original text (combining marks included). */
  end: number;
  script: Script;
}

// A word: a run of Arabic letters (with the marks and tatweel that may sit inside it), or a run
// of Latin letters and digits (apostrophes inside allowed), or a number.
const WORD = /[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06D5\uFB50-\uFDFF\uFE70-\uFEFC][\u0621-\u065F\u0670-\u06D3\u06D5-\u06ED\u0640\uFB50-\uFDFF\uFE70-\uFEFC\u200C\u200D]*|[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}\p{M}'’]*/gu;

/**
 * Splits text into words with their offsets in the original string. A change of script ends a
 * word, so `الـBBC` gives `ال` and `bbc`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    // trailing apostrophes are punctuation, not part of the word
    raw = raw.replace(/['’]+$/, '');
    const norm = normalize(raw).replace(/['’]s$/, '').replace(/['’]/g, '');
    if (!norm) continue;
    const first = norm.charCodeAt(0);
    const script: Script = first >= 0x0600 ? 'arabic' : /^\d/.test(norm) ? 'number' : 'latin';
    tokens.push({ norm, start: m.index!, end: m.index! + raw.length, script });
  }
  return tokens;
}
