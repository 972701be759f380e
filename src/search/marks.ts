import { analyzeText } from '../analyzer/index.js';
import type { HighlightRange } from './types.js';

/**
 * Which words of a text a query's terms mark: titles at once (every result list), and the text
 * the snippets are cut from (snippet.ts). Text is re-analyzed, so marks cover whole words of the
 * original, diacritics included.
 *
 * @module
 */

/** A marked word and the index term it matched by. */
export interface Match extends HighlightRange {
  term: string;
  /** In a sentence that restates the title. */
  echo?: boolean;
}

/** Index term by which a word of the text matches, if it does. */
function matchedTerm(t: ReturnType<typeof analyzeText>[number], terms: ReadonlySet<string>): string | undefined {
  if (t.stem && terms.has(t.stem)) return t.stem;
  if (t.cliticStem && terms.has(t.cliticStem)) return t.cliticStem;
  if (!t.stem && terms.has(t.norm)) return t.norm;
  return undefined;
}

/** Texts analyzed lately: typing on re-marks the same titles and paragraphs, keystroke after keystroke. */
const ANALYZED_CACHE_SIZE = 256;
const analyzedCache = new Map<string, ReturnType<typeof analyzeText>>();

/** {@link analyzeText}, remembered for the last texts analyzed. */
export function analyzed(text: string): ReturnType<typeof analyzeText> {
  let tokens = analyzedCache.get(text);
  if (tokens) {
    // the most recently used go last, so the oldest is first to go
    analyzedCache.delete(text);
  } else {
    tokens = analyzeText(text);
    if (analyzedCache.size >= ANALYZED_CACHE_SIZE) analyzedCache.delete(analyzedCache.keys().next().value!);
  }
  analyzedCache.set(text, tokens);
  return tokens;
}

/**
 * Appends to `out` the words of `text` (found at `offset` of a longer text) whose index terms are
 * among `terms`, each with the term it matched by.
 */
export function matchesIn(text: string, offset: number, terms: ReadonlySet<string>, out: Match[]): void {
  for (const t of analyzed(text)) {
    const term = matchedTerm(t, terms);
    if (!term) continue;
    let start = offset + t.start;
    let end = offset + t.end;
    // A hyphenated word is a token of its own and so are its parts: one mark covers them all.
    for (let last = out[out.length - 1]; last && start < last.end && end > last.start; last = out[out.length - 1]) {
      start = Math.min(start, last.start);
      end = Math.max(end, last.end);
      out.pop();
    }
    out.push({ start, end, term });
  }
}

/** Ranges of the words of `text` whose index terms are among `terms`. */
export function matchRanges(text: string, terms: ReadonlySet<string>): HighlightRange[] {
  const out: Match[] = [];
  matchesIn(text, 0, terms, out);
  return out.map(({ start, end }) => ({ start, end }));
}
