import { analyzeText } from '../analyzer/index.js';
import type { HighlightRange } from './types.js';

/** Ranges of the words of `text` whose index terms are among `terms`. */
export function matchRanges(text: string, terms: ReadonlySet<string>): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  for (const t of analyzeText(text)) {
    if ((t.stem && terms.has(t.stem)) || (t.cliticStem && terms.has(t.cliticStem)) || (!t.stem && terms.has(t.norm))) {
      ranges.push({ start: t.start, end: t.end });
    }
  }
  return ranges;
}

/**
 * A window of about `length` characters of `body` around its densest run of matches, cut at
 * spaces, with the marks inside it. Without matches, the start of the text.
 */
export function makeSnippet(body: string, terms: ReadonlySet<string>, length = 180): { text: string; marks: HighlightRange[] } {
  const ranges = matchRanges(body, terms);
  let from = 0;
  if (ranges.length) {
    // the window that covers the most matches, starting at a match
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < ranges.length; i++) {
      while (j < ranges.length && ranges[j]!.end - ranges[i]!.start <= length) j++;
      if (j - i > bestCount) [best, bestCount] = [i, j - i];
    }
    // start a little before the first match, at a word boundary
    from = Math.max(0, ranges[best]!.start - Math.floor(length / 5));
    if (from > 0) {
      const space = body.lastIndexOf(' ', ranges[best]!.start - 1);
      from = space >= from - 20 && space >= 0 ? space + 1 : from;
      if (from > ranges[best]!.start) from = ranges[best]!.start;
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
  // whitespace folding above keeps offsets only if no run was folded: recompute marks on the text
  return { text, marks: matchRanges(text, terms) };
}
