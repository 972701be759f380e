import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit } from '../search/types.js';
import { formatDate } from './format-date.js';
import { highlight } from './highlight.js';
import { safeUrl } from './safe-url.js';

/** How one option of the list is shown. */
export interface OptionState {
  /** It is the active option (aria-activedescendant). */
  active: boolean;
  /** Its snippet's text is on its way: a placeholder keeps its place. */
  pending: boolean;
  /** For a recent result: how to remove it with the keyboard (its description); it has a remove mark for the mouse. */
  removeHint?: string;
}

/**
 * Result `i` as an option of the listbox, in the result's own language and direction: a link
 * when its URL is safe to follow, with title, snippet (marked) and date and source. Corpus text
 * only ever goes through text bindings.
 */
export function resultOption(hit: SearchHit, i: number, o: OptionState): TemplateResult {
  const href = safeUrl(hit.url);
  const meta = [
    hit.date ? html`<time datetime=${hit.date}>${formatDate(hit.date, hit.lang)}</time>` : nothing,
    hit.date && hit.source ? ' · ' : '',
    hit.source ?? '',
  ];
  // The snippet's element stays while its text is on the way (as a placeholder), so a
  // keystroke changes its class and text instead of replacing an element in every result.
  const body = html`${o.removeHint ? html`<span class="remove" aria-hidden="true">×</span>` : nothing}<span part="title" class="title">${highlight(hit.title, hit.titleMarks)}</span>
    ${hit.snippet || o.pending
      ? html`<span part=${o.pending ? 'snippet placeholder' : 'snippet'} class="snippet ${o.pending ? 'placeholder' : ''}">${highlight(hit.snippet, hit.snippetMarks)}</span>`
      : nothing}
    ${hit.date || hit.source ? html`<span part="meta" class="meta">${meta}</span>` : nothing}`;
  const cls = o.active ? 'active' : '';
  const described = o.removeHint ?? nothing;
  // clicks and pointer moves are handled on the list: no listener per result to rebind
  return href
    ? html`<a id="option-${i}" part="option" class=${cls} role="option" aria-selected=${o.active} aria-description=${described} lang=${hit.lang} dir=${hit.dir} href=${href} tabindex="-1">${body}</a>`
    : html`<div id="option-${i}" part="option" class=${cls} role="option" aria-selected=${o.active} aria-description=${described} lang=${hit.lang} dir=${hit.dir}>${body}</div>`;
}
