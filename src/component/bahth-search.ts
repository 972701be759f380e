import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BahthIndex, SearchHit, SearchResponse } from '../search/types.js';
import { Announcer } from './announcer.js';
import { styles } from './bahth-search.styles.js';
import { BahthErrorEvent } from './events/bahth-error.js';
import { BahthResultsEvent } from './events/bahth-results.js';
import { BahthSelectEvent } from './events/bahth-select.js';
import { formatDate } from './format-date.js';
import { highlight } from './highlight.js';
import { IndexLoader, idle, type LoadMode } from './index-loader.js';
import { plural, translationFor, type Translation } from './localize.js';
import { memo } from './memo.js';
import { safeUrl } from './safe-url.js';

/** Whether the visitor asked to save data, or is on a 2G connection: then nothing is preloaded. */
const constrainedNetwork = (): boolean => {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  return !!connection?.saveData || /2g$/.test(connection?.effectiveType ?? '');
};

/** Resolves at the start of the next frame, before it is rendered. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves after the next frame has been painted. */
const afterPaint = () => nextFrame().then(() => new Promise<void>((resolve) => setTimeout(resolve)));

const isEditable = (el: EventTarget | undefined): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

const autonym = memo((code: string): string => {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
});

/**
 * Search-as-you-type over an index built by `bahth build`, for Arabic and English sites: an
 * accessible combobox whose results each keep their own language and direction.
 *
 * @summary Instant Arabic and English search box over a prebuilt, lazily loaded index.
 *
 * @attr {string} index - URL of the index folder (the `--out` folder of `bahth build`).
 * @attr {string} label - Label of the search field (default: "Search" / "بحث").
 * @attr {string} placeholder - Placeholder of the search field.
 * @attr {'intent'|'eager'|'idle'|'visible'} load - When to fetch the index: on intent (focus,
 *   pointer over the field, the shortcut; the default), at once, when the browser is idle, or
 *   when the element scrolls into view.
 * @attr {string} shortcut - Letter that with Ctrl/⌘ focuses the widget ("k"); "/" focuses it
 *   too, unless typed in another field. `none` switches both off. With several widgets on a
 *   page, the first one connected takes the shortcut: give the others `shortcut="none"`.
 * @attr {'inline'|'modal'} variant - A field in the page (default), or a button opening a modal dialog.
 * @attr {number} limit - Most results to show (10).
 * @attr {number} preload-bytes - After the first results, fetch up to this many more bytes of
 *   the index, in the index's preload packs, two at a time and decoded at background priority:
 *   the heads of all documents first, then the term chunks, then the word-ends chunks (default
 *   6291456, 6 MiB: all of them for an index of 15,000 news articles; texts are never
 *   preloaded). 0 switches preloading off, and so do the visitor's Save-Data setting and a 2G
 *   connection. Results are the same either way;
 *   preloading only saves later keystrokes a wait on the network, at the cost of bytes paid by
 *   visitors who search, not by every visitor.
 * @attr {string} lang - Language of the interface (Arabic or English); else the page's.
 * @prop {string} index
 * @prop {string} label
 * @prop {string} placeholder
 * @prop {'intent'|'eager'|'idle'|'visible'} load
 * @prop {string} shortcut
 * @prop {'inline'|'modal'} variant
 * @prop {number} limit
 * @prop {number} preloadBytes
 *
 * @fires {BahthResultsEvent} bahth-results - Results of a query are shown; detail: `{query, readAs?, hits, total}`
 *   (`readAs`: what a query typed on the other keyboard layout was searched as).
 * @fires {BahthSelectEvent} bahth-select - A result was chosen (Enter or click); detail: `{hit}`.
 *   Cancelable: `preventDefault()` keeps the browser from following the result's link.
 * @fires {BahthErrorEvent} bahth-error - The index is missing, unreachable, corrupt or incompatible;
 *   detail: `{code, message}`.
 *
 * @csspart base - The wrapper of everything the element shows (its `lang` and `dir` are the interface's).
 * @csspart label - The search field's label (visually hidden).
 * @csspart input - The search field.
 * @csspart panel - The results panel (filter, status, result list).
 * @csspart filter - The language filter (a radio group), when the index holds several languages.
 * @csspart status - The result count / no-results / loading message, shown at once; a visually
 *   hidden polite live region announces it once typing pauses. For a query typed on the other
 *   keyboard layout, it says what was searched ("Results for “القاهرة”: 3 results").
 * @csspart listbox - The result list.
 * @csspart option - One result.
 * @csspart title - A result's title.
 * @csspart snippet - A result's text excerpt.
 * @csspart placeholder - Stands in for a snippet whose text is still on its way (with part `snippet`).
 * @csspart meta - A result's date and source.
 * @csspart mark - The matched words in titles and snippets.
 * @csspart error - The message shown when the index cannot be used.
 * @csspart retry - The error's Retry button.
 * @csspart button - The button that opens the modal (variant="modal").
 * @csspart dialog - The modal dialog (variant="modal").
 * @csspart close - The dialog's Close button (variant="modal").
 *
 * @cssprop [--bahth-font-family=system-ui, sans-serif] - Font of Latin-script text.
 * @cssprop [--bahth-font-family-arabic='Noto Sans Arabic', 'Noto Naskh Arabic', system-ui, sans-serif] - Font of Arabic text.
 * @cssprop [--bahth-font-size=1rem] - Base font size.
 * @cssprop [--bahth-color=#1f2328] - Text color (dark scheme: #e6e8eb).
 * @cssprop [--bahth-muted-color=#555e68] - Status and date/source color (dark: #a9b1ba).
 * @cssprop [--bahth-background=#fff] - Field, panel and dialog background (dark: #1d2126).
 * @cssprop [--bahth-border-color=#858c94] - Borders (dark: #737b84).
 * @cssprop [--bahth-accent-color=#0b57d0] - Focus rings, links, the active result (dark: #8ab4f8).
 * @cssprop [--bahth-active-background=#e8f0fe] - Background of the active result and chosen filter (dark: #2b3a52).
 * @cssprop [--bahth-mark-background=#fde68a] - Background of matched words (dark: #6b5a00).
 * @cssprop [--bahth-mark-color=inherit] - Color of matched words.
 * @cssprop [--bahth-error-color=#b3261e] - Error message color (dark: #f2b8b5).
 * @cssprop [--bahth-radius=0.5rem] - Corner radius.
 * @cssprop [--bahth-panel-max-height=70vh] - Height of the results panel before it scrolls.
 * @cssprop [--bahth-z-index=10] - Stacking of the inline results panel.
 */
export class BahthSearch extends LitElement {
  static override styles: CSSResultGroup = styles;

  // Declared here rather than with decorators: the decorators' code would cost every visitor bytes.
  static override properties: PropertyDeclarations = {
    index: {},
    label: {},
    placeholder: {},
    load: {},
    shortcut: {},
    variant: {},
    limit: { type: Number },
    preloadBytes: { type: Number, attribute: 'preload-bytes' },
    value: { state: true },
    hits: { state: true },
    snippetsPending: { state: true },
    total: { state: true },
    shown: { state: true },
    active: { state: true },
    open: { state: true },
    filter: { state: true },
    uiLang: { state: true },
  };

  /** URL of the index folder written by `bahth build`. */
  index = '';
  /** Label of the search field; empty for the localized "Search" / "بحث". */
  label = '';
  /** Placeholder of the search field. */
  placeholder = '';
  /** When to fetch the index: on intent (default), at once, when idle, or when visible. */
  load: LoadMode = 'intent';
  /** Letter that with Ctrl/⌘ focuses the widget (so does "/"); `none` for no shortcut. */
  shortcut = 'k';
  /** A field in the page, or a button opening a modal dialog. */
  variant: 'inline' | 'modal' = 'inline';
  /** Most results to show. */
  limit = 10;
  /** Bytes of index to preload when idle after the first results (6 MiB; 0: none; results do not depend on it). */
  preloadBytes = 6291456;

  /** Text in the field. */
  private value = '';
  private hits: SearchHit[] = [];
  /** The hits shown still wait for their snippets' text. */
  private snippetsPending = false;
  private total = 0;
  /** The status line (count, no results, loading), made once per update for the line and the live region. */
  private status = '';
  /** Query of the results shown; null when none are. */
  private shown: string | null = null;
  /** What the results shown were searched as, when the query was typed on the other keyboard layout. */
  private readAs?: string;
  private active = -1;
  private open = false;
  /** Language the results are filtered to ('' for all). */
  private filter = '';
  private uiLang = 'en';

  private get input(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector('input[role=combobox]');
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  private readonly loader = new IndexLoader(this, (error) =>
    this.dispatchEvent(new BahthErrorEvent({ code: error.code, message: error.message })),
  );
  private readonly announcer = new Announcer(this);
  private requestId = 0;
  private abort?: AbortController;
  private preloaded?: BahthIndex;
  /** The search of the last keystroke until it has shown its results (see scheduleUpdate). */
  private searching?: Promise<SearchResponse | undefined>;
  private readonly langObserver = new MutationObserver(() => this.updateLang());

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateLang();
    for (const el of [this, document.documentElement]) this.langObserver.observe(el, { attributeFilter: ['lang'] });
    document.addEventListener('keydown', this.onShortcut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver.disconnect();
    document.removeEventListener('keydown', this.onShortcut);
    this.abort?.abort();
  }

  /** Focuses the search field (opening the dialog of the modal variant), which starts loading the index. */
  override focus(options?: FocusOptions): void {
    if (this.variant === 'modal' && this.dialog && !this.dialog.open) this.dialog.showModal();
    this.input?.focus(options);
  }

  /** Searches `text` as if typed into the field; resolves once its results (or error) show. */
  search(text: string): Promise<void> {
    this.value = text;
    this.open = true;
    return this.run();
  }

  private get t(): Translation {
    return translationFor(this.uiLang);
  }

  private get expanded(): boolean {
    return this.open && this.hits.length > 0;
  }

  /** The panel shows: results, or a message about the query (not under an error, which has its own). */
  private get panelOpen(): boolean {
    return this.open && !!this.value.trim() && this.loader.status !== 'error';
  }

  private updateLang(): void {
    this.uiLang = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('index') || changed.has('load')) {
      this.loader.set(this.index, this.load);
      if (changed.has('index') && this.hasUpdated && this.value) void this.run();
    }
    this.status = this.statusText();
    this.announcer.set(this.status);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private statusText(): string {
    const t = this.t;
    if (!this.value.trim() || this.loader.status === 'error') return '';
    if (this.shown === null) return this.loader.status === 'loading' ? t.loading : '';
    // isolated, so a query in the other direction keeps its order (".abc" in an Arabic sentence)
    const isolate = (q: string) => `\u2068${q.trim()}\u2069`;
    const count = plural(t, t.count, this.total);
    if (this.total) return this.readAs ? t.readAs.replace('{q}', isolate(this.readAs)).replace('{n}', count) : count;
    const none = t.none.replace('{q}', isolate(this.shown));
    return `${none} ${this.filter ? t.hintFilter : /\s/.test(this.shown.trim()) ? t.hint : t.hintWord}`;
  }

  /** Searches what is in the field; an answer that comes after a newer request is dropped. */
  private async run(): Promise<void> {
    const id = ++this.requestId;
    this.abort?.abort();
    const text = this.value;
    if (!text.trim()) {
      this.hits = [];
      this.shown = null;
      this.active = -1;
      return;
    }
    const controller = (this.abort = new AbortController());
    const searching = (this.searching = this.showResults(id, text, controller));
    const response = await searching;
    if (this.searching === searching) this.searching = undefined;
    if (!response?.withSnippets) return;
    // Without their text (a failed fetch) the results keep title and link, and lose only the snippet
    // (one kept from the list before keeps showing: it is the same document's).
    // The text is fetched once the titles are painted: its fetch would hold the frame back.
    await afterPaint();
    if (id !== this.requestId) return;
    const full = await response.withSnippets().catch(() => undefined);
    if (id !== this.requestId) return;
    if (full) this.hits = full;
    this.snippetsPending = false;
  }

  /** Runs the query and shows its hits (titles first); resolves with its response, or nothing when it failed or a newer one came. */
  private async showResults(id: number, text: string, controller: AbortController): Promise<SearchResponse | undefined> {
    const index = await this.loader.load();
    if (!index || id !== this.requestId) return;
    try {
      // Titles first: the list is painted as soon as the hits' heads are in, snippets follow.
      const response = await index.query(text, { limit: this.limit, lang: this.filter || null, signal: controller.signal, waitForSnippets: false });
      if (id !== this.requestId) return;
      // A result already shown keeps its snippet until the new one comes, a frame or so later:
      // typing on should not flash it to a placeholder and back.
      const shown = new Map(this.hits.map((hit) => [hit.id, hit]));
      this.hits = response.hits.map((hit) => {
        const { snippet, snippetMarks } = shown.get(hit.id) ?? hit;
        return { ...hit, snippet, snippetMarks };
      });
      this.snippetsPending = !!response.withSnippets;
      this.total = response.total;
      this.shown = text;
      this.readAs = response.readAs;
      this.active = -1;
      this.dispatchEvent(new BahthResultsEvent({ query: text, ...(response.readAs && { readAs: response.readAs }), hits: response.hits.length, total: response.total }));
      if (this.preloaded !== index && this.preloadBytes > 0 && !constrainedNetwork()) {
        this.preloaded = index;
        // then each language's date format is made, as preload() warms the analyzer's code
        idle(() => void index.preload(this.preloadBytes).then(() => Object.keys(index.languages).forEach((lang) => formatDate('2000-01-01', lang)), () => {}));
      }
      return response;
    } catch (error) {
      if (id === this.requestId && !controller.signal.aborted) this.loader.fail(error);
      return;
    }
  }

  /**
   * Holds an update asked for while a search runs until the search has shown its results, at
   * most until the next frame: a keystroke whose chunks are loaded renders once, the field's
   * state and its results together, not twice.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.searching) return super.scheduleUpdate();
    return Promise.race([this.searching, nextFrame()]).then(() => super.scheduleUpdate());
  }

  private readonly intent = (): void => void this.loader.load();

  private onFocus(): void {
    this.open = !!this.value.trim();
    this.intent();
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
    this.open = true;
    void this.run();
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    const n = this.hits.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = !this.expanded || this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n;
      this.open = true;
    } else if (e.key === 'Enter') {
      if (!this.expanded || this.active < 0) return;
      e.preventDefault();
      const option = this.renderRoot.querySelector(`#option-${this.active}`);
      // A link is clicked, so the browser follows it as it would a mouse click (after bahth-select).
      if (option instanceof HTMLAnchorElement) option.click();
      else this.choose(this.active);
    } else if (e.key === 'Escape') {
      if (this.panelOpen) {
        this.open = false;
        this.active = -1;
      } else if (this.value) {
        this.value = '';
        void this.run();
      } else return; // nothing to undo: let a dialog close
      e.preventDefault();
    }
  }

  /** Fires bahth-select for result `i`; cancels the click `e` (the link) when the host takes over. */
  private choose(i: number, e?: Event): void {
    const hit = this.hits[i];
    if (!hit) return;
    const event = new BahthSelectEvent({ hit });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e?.preventDefault();
    // chosen: the panel closes, also when the host routes to the result itself
    this.open = false;
    this.active = -1;
    this.dialog?.close();
  }

  private readonly onShortcut = (e: KeyboardEvent): void => {
    const key = this.shortcut.toLowerCase();
    if (key === 'none' || e.defaultPrevented || e.isComposing || e.altKey) return;
    const combo = (e.ctrlKey || e.metaKey) && key.length === 1 && (e.key.toLowerCase() === key || e.code === `Key${key.toUpperCase()}`);
    const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !isEditable(e.composedPath()[0]);
    if (!combo && !slash) return;
    e.preventDefault();
    this.focus();
  };

  private onFocusOut(e: FocusEvent): void {
    if (!this.renderRoot.contains(e.relatedTarget as Node | null)) {
      this.open = false;
      this.active = -1;
    }
  }

  private retry(): void {
    this.input?.focus();
    void this.loader.retry().then(() => this.run());
  }

  private renderHit(hit: SearchHit, i: number): TemplateResult {
    const href = safeUrl(hit.url);
    const meta = [
      hit.date ? html`<time datetime=${hit.date}>${formatDate(hit.date, hit.lang)}</time>` : nothing,
      hit.date && hit.source ? ' · ' : '',
      hit.source ?? '',
    ];
    // The snippet's element stays while its text is on the way (as a placeholder), so a
    // keystroke changes its class and text instead of replacing an element in every result.
    const pending = !hit.snippet && this.snippetsPending;
    const body = html`<span part="title" class="title">${highlight(hit.title, hit.titleMarks)}</span>
      ${hit.snippet || pending
        ? html`<span part=${pending ? 'snippet placeholder' : 'snippet'} class="snippet ${pending ? 'placeholder' : ''}">${highlight(hit.snippet, hit.snippetMarks)}</span>`
        : nothing}
      ${hit.date || hit.source ? html`<span part="meta" class="meta">${meta}</span>` : nothing}`;
    const selected = i === this.active;
    const cls = selected ? 'active' : '';
    // clicks and pointer moves are handled on the list (see onOption): no listener per result to rebind
    return href
      ? html`<a id="option-${i}" part="option" class=${cls} role="option" aria-selected=${selected} lang=${hit.lang} dir=${hit.dir} href=${href} tabindex="-1">${body}</a>`
      : html`<div id="option-${i}" part="option" class=${cls} role="option" aria-selected=${selected} lang=${hit.lang} dir=${hit.dir}>${body}</div>`;
  }

  /** Escape in the panel (on a filter choice) closes it, back to the field. */
  private onPanelKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return; // the field is outside the panel: its Escape is onKeydown's
    e.preventDefault();
    this.input?.focus(); // first: focusing the field opens the panel
    this.open = false;
    this.active = -1;
  }

  /** Keeps the focus in the field when the panel is clicked (a radio of the filter takes it, though). */
  private onPanelMousedown(e: Event): void {
    if (!(e.target instanceof HTMLInputElement)) e.preventDefault();
  }

  private onFilter(e: Event): void {
    this.filter = (e.target as HTMLInputElement).value;
    void this.run();
  }

  /** A click on a result chooses it; the pointer moving over one makes it the active one. */
  private onOption(e: Event): void {
    const option = (e.target as Element).closest('[role=option]');
    if (!option) return;
    const i = Number(option.id.slice(7)); // option-<i>
    if (e.type === 'click') this.choose(i, e);
    else this.active = i;
  }

  private renderBox(t: Translation, label: string): TemplateResult {
    const panelOpen = this.panelOpen;
    const key = this.shortcut.toUpperCase();
    const languages = Object.keys(this.loader.index?.languages ?? {});
    const error = this.loader.status === 'error' ? this.loader.error : undefined;
    return html`<div class="box" @focusout=${this.onFocusOut}>
      <label part="label" class="sr" for="input">${label}</label>
      <input id="input" part="input" type="text" role="combobox" autocomplete="off" autocapitalize="off" spellcheck="false"
        enterkeyhint="search" aria-keyshortcuts=${this.shortcut === 'none' ? nothing : `Control+${key} Meta+${key} /`} aria-autocomplete="list" aria-controls="listbox" aria-expanded=${this.expanded}
        aria-activedescendant=${this.expanded && this.active >= 0 ? `option-${this.active}` : nothing}
        dir=${this.value.trim() ? 'auto' : nothing} placeholder=${this.placeholder || nothing} .value=${this.value}
        @input=${this.onInput} @keydown=${this.onKeydown} @focus=${this.onFocus} @pointerenter=${this.intent}>
      ${error
        ? html`<div part="error" class="error" role="alert">${t.errors[error.code]}
            <button part="retry" type="button" @click=${this.retry}>${t.retry}</button></div>`
        : nothing}
      <div part="panel" class="panel ${panelOpen ? 'open' : ''}" @mousedown=${this.onPanelMousedown} @keydown=${this.onPanelKeydown}>
        ${languages.length > 1
          ? html`<fieldset part="filter" class="filter" ?hidden=${!panelOpen} @change=${this.onFilter}>
              <legend class="sr">${t.language}</legend>
              ${['', ...languages].map((code) => html`<label lang=${code || nothing}><input class="sr" type="radio" name="lang"
                .value=${code} .checked=${this.filter === code}>${code ? autonym(code) : t.all}</label>`)}
            </fieldset>`
          : nothing}
        <div part="status" class="status" aria-hidden="true">${this.status}</div>
        <div class="sr" role="status">${this.announcer.message}</div>
        <div id="listbox" part="listbox" role="listbox" aria-label=${t.results} ?hidden=${!this.expanded}
          @click=${this.onOption} @pointermove=${this.onOption}>
          ${this.expanded ? this.hits.map((hit, i) => this.renderHit(hit, i)) : nothing}
        </div>
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const label = this.label || t.search;
    const box = this.renderBox(t, label);
    const mac = /Mac|iPhone|iPad/.test(navigator.userAgent);
    return html`<div part="base" lang=${t.code} dir=${t.dir}>
      ${this.variant === 'modal'
        ? html`<button part="button" class="open-modal" type="button" aria-haspopup="dialog" @click=${() => this.focus()}
              @focus=${this.intent} @pointerenter=${this.intent}>${label}${this.shortcut === 'none'
                ? nothing
                : html`<kbd aria-hidden="true">${mac ? '⌘' : 'Ctrl'} ${this.shortcut.toUpperCase()}</kbd>`}</button>
            <dialog part="dialog" aria-label=${label} @click=${(e: Event) => e.target === this.dialog && this.dialog?.close()}>
              <div class="dialog-body">${box}
                <button part="close" class="close" type="button" @click=${() => this.dialog?.close()}>${t.close}</button>
              </div>
            </dialog>`
        : box}
    </div>`;
  }
}

if (!customElements.get('bahth-search')) customElements.define('bahth-search', BahthSearch);

declare global {
  interface HTMLElementTagNameMap {
    'bahth-search': BahthSearch;
  }
}
