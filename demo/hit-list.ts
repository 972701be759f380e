// A result list for the "try your own" index, rendered from SearchHit: title and snippet with
// their marks, each result in its own language and direction. Text only, never markup.
import type { SearchHit } from '../src/index.js';
import { safeUrl } from '../src/component/safe-url.js';
import { h, marked } from './dom.js';

export function renderHits(list: HTMLElement, hits: readonly SearchHit[]): void {
  list.replaceChildren(...hits.map((hit) => {
    // the widget's rule: a dropped file may say `javascript:`
    const href = safeUrl(hit.url);
    const title = marked(hit.title, hit.titleMarks);
    return h('li', { lang: hit.lang, dir: hit.dir, class: 'hit' },
      h('h3', { class: 'hit-title' }, href ? h('a', { href, rel: 'noopener' }, title) : title),
      hit.snippet ? h('p', { class: 'hit-snippet' }, marked(hit.snippet, hit.snippetMarks)) : null,
      h('p', { class: 'hit-meta' }, [hit.id, hit.date, hit.source].filter(Boolean).join(' · ')),
    );
  }));
}
