// A tiny element builder for the demo: every string becomes a text node, never markup.
import type { HighlightRange } from '../src/index.js';
import { markSegments } from '../src/component/highlight.js';

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
  out.append(...markSegments(text, ranges).map((s) => (s.marked ? h('mark', {}, s.text) : s.text)));
  return out;
}

/** Formats a byte count as "12.3 KB" (1 KB = 1024 bytes). */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Formats milliseconds: "0.8 ms", "42 ms". */
export const ms = (t: number): string => `${t < 10 ? t.toFixed(1) : Math.round(t)} ms`;
