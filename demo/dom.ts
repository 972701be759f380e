// A tiny element builder for the demo: every string becomes a text node, never markup.
import type { HighlightRange } from '../src/index.js';

type Child = Node | string | null | undefined | false;

/** Creates `<tag>` with attributes (false/null/undefined left out) and children (strings as text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** `text` with the ranges wrapped in `<mark>`, as text nodes only (corpus text is never parsed). */
export function marked(text: string, ranges: readonly HighlightRange[]): DocumentFragment {
  const out = document.createDocumentFragment();
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(r.start, text.length));
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    if (start > at) out.append(text.slice(at, start));
    out.append(h('mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}

/** Formats a byte count as "12.3 KB" (1 KB = 1024 bytes). */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Formats milliseconds: "0.8 ms", "42 ms". */
export const ms = (t: number): string => `${t < 10 ? t.toFixed(1) : Math.round(t)} ms`;
