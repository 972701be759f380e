import { analyzeText } from '../analyzer/index.js';
import type { HighlightRange } from './types.js';

/** A marked word and the index term it matched by. */
interface Match extends HighlightRange {
  term: string;
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
function analyzed(text: string): ReturnType<typeof analyzeText> {
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

function matchesIn(text: string, offset: number, terms: ReadonlySet<string>, out: Match[]): void {
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

/** Past this many characters the snippet search stops looking for more matches. */
const SCAN_LIMIT = 6000;

/**
 * Matches in `body`, read paragraph by paragraph until every term has been seen (the best
 * window cannot get better) or {@link SCAN_LIMIT} characters were read: a long article costs
 * no more than its first pages.
 */
function scanMatches(body: string, terms: ReadonlySet<string>): Match[] {
  const out: Match[] = [];
  const seen = new Set<string>();
  let from = 0;
  while (from < body.length && from < SCAN_LIMIT) {
    const brk = body.indexOf('\n', from);
    const to = brk < 0 ? body.length : brk + 1;
    const before = out.length;
    matchesIn(body.slice(from, to), from, terms, out);
    for (let i = before; i < out.length; i++) seen.add(out[i]!.term);
    if (seen.size >= terms.size) break;
    from = to;
  }
  return out;
}

/**
 * A window of about `length` characters of `body` around its densest run of matches, cut at
 * spaces, with the marks inside it. Without matches, the start of the text.
 */
export function makeSnippet(body: string, terms: ReadonlySet<string>, length = 180): { text: string; marks: HighlightRange[] } {
  const ranges = scanMatches(body, terms);
  let from = 0;
  if (ranges.length) {
    // the window that holds the most distinct terms, then the most matches, starting at a match
    let best = 0;
    let bestScore = -1;
    for (let i = 0, j = 0; i < ranges.length; i++) {
      while (j < ranges.length && ranges[j]!.end - ranges[i]!.start <= length) j++;
      const distinct = new Set(ranges.slice(i, j).map((r) => r.term)).size;
      const score = distinct * 1000 + (j - i);
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    const first = ranges[best]!.start;
    // start a little before the first match, at a word boundary
    from = Math.max(0, first - Math.floor(length / 5));
    if (from > 0) {
      const space = body.lastIndexOf(' ', first - 1);
      from = space >= from - 20 && space >= 0 ? space + 1 : from;
      if (from > first) from = first;
    }
  }
  let to = Math.min(body.length, from + length);
  if (to < body.length) {
    const space = body.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  // never end inside a marked word
  for (const r of ranges) if (r.start < to && r.end > to) to = r.end;
  const lead = from > 0 ? '… ' : '';
  const tail = to < body.length ? ' …' : '';
  const text = lead + body.slice(from, to).replace(/\s+/g, ' ') + tail;
  // whitespace was folded, so mark the snippet's own words rather than shifting offsets
  return { text, marks: matchRanges(text, terms) };
}
