import { html, type TemplateResult } from 'lit';
import type { HighlightRange } from '../search/types.js';

/**
 * Splits `text` by the ranges to mark into Lit parts: plain strings and `<mark part="mark">`.
 * Corpus text only ever goes through text bindings, so markup in it stays text. Ranges are
 * clamped to the text and sorted; overlapping ones are marked once.
 */
export function highlight(text: string, ranges: readonly HighlightRange[] = []): Array<string | TemplateResult> {
  const out: Array<string | TemplateResult> = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(r.start, text.length));
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
