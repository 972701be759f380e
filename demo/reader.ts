// The demo's articles and the sites their links point to are made up: choosing a result opens
// the article here, in a dialog, instead of following its link to a host that does not exist.
// It shows what the widget's event carries (title, date, source, snippet, link), as a site
// that routes results itself would receive it.
import type { SearchHit } from '../src/index.js';
import { formatDate } from '../src/component/format-date.js';
import { h, marked } from './dom.js';

/** Opens every result chosen in the page's widgets in `dialog`. */
export function setUpReader(dialog: HTMLDialogElement): void {
  const body = dialog.querySelector<HTMLElement>('[data-reader]')!;
  document.addEventListener('bahth-select', (e) => {
    e.preventDefault(); // no page load: the link leads nowhere
    const { hit } = (e as CustomEvent<{ hit: SearchHit }>).detail;
    const meta = [hit.date && formatDate(hit.date, hit.lang), hit.source].filter(Boolean).join(' · ');
    body.replaceChildren(
      h('article', { lang: hit.lang, dir: hit.dir },
        h('h2', { id: 'reader-title' }, marked(hit.title, hit.titleMarks)),
        meta && h('p', { class: 'reader-meta' }, meta),
        hit.snippet && h('p', {}, marked(hit.snippet, hit.snippetMarks))),
      h('p', { class: 'reader-note' },
        'في موقع حقيقي يفتح الاختيار صفحة الخبر.',
        h('span', { lang: 'en', dir: 'ltr' }, 'On a real site, choosing a result opens its page', hit.url ? ': ' : '.',
          hit.url ? h('bdi', {}, hit.url) : null)),
    );
    dialog.showModal();
  });
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
}
