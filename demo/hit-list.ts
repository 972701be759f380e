// A result list for the "try your own" index, rendered from SearchHit: title and snippet with
// their marks, date and source, each result in its own language and direction. Text only, never markup.
import type { SearchHit } from '../src/index.js';
import { formatDate } from '../src/component/format-date.js';
import { safeUrl } from '../src/component/safe-url.js';
import { h, marked } from './dom.js';

/**
 * The date as the result's language writes it, then the source, as the widget shows them (not
 * the id, a file path, nor an ISO timestamp); each isolated, so a Latin source keeps its order
 * in an Arabic result.
 */
function meta(hit: SearchHit): Node[] {
  const parts: Node[] = [];
  if (hit.date) parts.push(h('time', { datetime: hit.date }, formatDate(hit.date, hit.lang)));
  if (hit.source) parts.push(h('bdi', {}, hit.source));
  return parts.flatMap((part, i) => (i ? [document.createTextNode(' · '), part] : [part]));
}

export function renderHits(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.replaceChildren(...hits.map((hit) => {
    // the widget's rule: a dropped file may say `javascript:`
    const href = safeUrl(hit.url);
    const title = marked(hit.title, hit.titleMarks);
    return h('li', { lang: hit.lang, dir: hit.dir, class: 'hit' },
      h('h3', { class: 'hit-title' }, href ? h('a', { href, rel: 'noopener' }, title) : title),
      hit.snippet ? h('p', { class: 'hit-snippet' }, marked(hit.snippet, hit.snippetMarks)) : null,
      hit.date || hit.source ? h('p', { class: 'hit-meta' }, ...meta(hit)) : null,
    );
  }));
}
