import { html, type TemplateResult } from 'lit';
import type { HighlightRange } from '../search/types.js';

/** A run of text, marked or not. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` by the ranges to mark. Ranges are clamped to the text and sorted; overlapping
 * ones are marked once.
 */
export function markSegments(text: string, ranges: readonly HighlightRange[] = []): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(r.start, text.length));
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/**
 * `text` as Lit parts: plain strings and `<mark part="mark">`. Corpus text only ever goes
 * through text bindings, so markup in it stays text.
 */
export function highlight(text: string, ranges: readonly HighlightRange[] = []): Array<string | TemplateResult> {
  return markSegments(text, ranges).map((s) => (s.marked ? html`<mark part="mark">${s.text}</mark>` : s.text));
}
