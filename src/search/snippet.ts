import { analyzed, matchesIn, matchRanges, type Match } from './marks.js';
import type { HighlightRange } from './types.js';

/**
 * Snippets: the window of a document's text shown under its title, around the query's matches.
 * Cut only once the result list is painted, so this module is in the engine's deferred part
 * (deferred.ts).
 *
 * @module
 */

/** Past this many characters the snippet search stops looking for more matches. */
const SCAN_LIMIT = 6000;
/** Most words, and characters, shown before the first match, so it is read in its context. */
const LEAD_WORDS = 4;
const LEAD_CHARS = 45;
/** Share of the title's words a sentence must hold to count as a restatement of the title. */
const ECHO_SHARE = 0.6;

/** A sentence's end: its stop, closing quotes or brackets, and the space after them. */
const SENTENCE_END = /[.!?؟…]["'”’»)\]]*\s+/g;

/**
 * Which of the matches `from` on (in `paragraph`, at `offset` in the body) stand in a sentence
 * that restates the title: one that holds most of the title's stems. A lead sentence that
 * repeats the headline tells the reader nothing the title did not.
 */
function markEchoes(paragraph: string, offset: number, titleStems: ReadonlySet<string>, out: Match[], from: number): void {
  if (titleStems.size < 2 || from === out.length) return;
  const tokens = analyzed(paragraph);
  let t = 0;
  let m = from;
  for (const end of [...[...paragraph.matchAll(SENTENCE_END)].map((e) => e.index + e[0].length), paragraph.length]) {
    const found = new Set<string>();
    for (; t < tokens.length && tokens[t]!.start < end; t++) {
      const stem = tokens[t]!.stem;
      if (stem && titleStems.has(stem)) found.add(stem);
    }
    const echo = found.size >= Math.max(2, Math.ceil(titleStems.size * ECHO_SHARE));
    for (; m < out.length && out[m]!.start < offset + end; m++) out[m]!.echo = echo;
  }
}

/**
 * Matches in `body`, read paragraph by paragraph until every term has been seen outside
 * sentences that restate the title (the best window cannot get better) or {@link SCAN_LIMIT}
 * characters were read: a long article costs no more than its first pages.
 */
function scanMatches(body: string, terms: ReadonlySet<string>, titleStems: ReadonlySet<string>): Match[] {
  const out: Match[] = [];
  const seen = new Set<string>();
  let from = 0;
  while (from < body.length && from < SCAN_LIMIT) {
    const brk = body.indexOf('\n', from);
    const to = brk < 0 ? body.length : brk + 1;
    const before = out.length;
    const paragraph = body.slice(from, to);
    matchesIn(paragraph, from, terms, out);
    markEchoes(paragraph, from, titleStems, out, before);
    for (let i = before; i < out.length; i++) if (!out[i]!.echo) seen.add(out[i]!.term);
    if (seen.size >= terms.size) break;
    from = to;
  }
  return out;
}

/**
 * Where a snippet whose first match is at `first` starts: up to {@link LEAD_WORDS} words
 * before it, at the start of a word (Arabic and Latin words alike are separated by spaces),
 * never before its paragraph or its sentence.
 */
function leadStart(body: string, first: number): number {
  const floor = Math.max(0, first - LEAD_CHARS, body.lastIndexOf('\n', first - 1) + 1);
  const before = body.slice(floor, first);
  const starts: number[] = [];
  for (const word of before.matchAll(/\S+/g)) {
    // a word cut by the floor is not shown in part
    if (word.index > 0 || floor === 0 || /\s/.test(body[floor - 1]!)) starts.push(floor + word.index);
  }
  let from = starts[Math.max(0, starts.length - LEAD_WORDS)] ?? first;
  for (const end of before.matchAll(SENTENCE_END)) from = Math.max(from, floor + end.index + end[0].length);
  return Math.min(from, first);
}

/** Where the text goes on after a copy of the title at its start (0 when it has none). */
function afterTitle(body: string, title: string): number {
  const lead = body.length - body.trimStart().length;
  const t = title.trim();
  if (!t || !body.startsWith(t, lead)) return 0;
  const rest = lead + t.length + /^[\s.:\-–—|]*/.exec(body.slice(lead + t.length))![0].length;
  return rest < body.length ? rest : 0;
}

/**
 * A window of about `length` characters of `body` around its densest run of matches, starting
 * a few words before the first match at a word boundary, cut at spaces, with the marks inside
 * it. A window in a sentence that restates `title` comes after one elsewhere with as many of
 * the terms. Without matches, the start of the text after any copy of the title.
 */
export function makeSnippet(body: string, terms: ReadonlySet<string>, title = '', length = 180): { text: string; marks: HighlightRange[] } {
  const titleStems = new Set<string>();
  for (const t of analyzed(title)) if (t.stem) titleStems.add(t.stem);
  const ranges = scanMatches(body, terms, titleStems);
  const titleEnd = afterTitle(body, title);
  let from = titleEnd;
  if (ranges.length) {
    // the window that holds the most distinct terms, then the fewest in a restated title, then
    // the most matches; it starts at a match and leaves room for the words before it
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0, j = 0; i < ranges.length; i++) {
      while (j < ranges.length && ranges[j]!.end - ranges[i]!.start <= length - LEAD_CHARS) j++;
      const inWindow = ranges.slice(i, Math.max(j, i + 1));
      const distinct = new Set(inWindow.map((r) => r.term)).size;
      const score = distinct * 1000 - inWindow.filter((r) => r.echo).length * 100 + inWindow.length;
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    from = leadStart(body, ranges[best]!.start);
  }
  let to = Math.min(body.length, from + length);
  if (to < body.length) {
    const space = body.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  // never end inside a marked word
  for (const r of ranges) if (r.start < to && r.end > to) to = r.end;
  // nothing but a copy of the title left out before: no ellipsis
  const lead = from > 0 && from !== titleEnd ? '… ' : '';
  const tail = to < body.length ? ' …' : '';
  const text = lead + body.slice(from, to).replace(/\s+/g, ' ').trim() + tail;
  // whitespace was folded, so mark the snippet's own words rather than shifting offsets
  return { text, marks: matchRanges(text, terms) };
}
