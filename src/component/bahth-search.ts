import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BahthIndex, SearchHit, SearchResponse } from '../search/types.js';
import { Announcer } from './announcer.js';
import { styles } from './bahth-search.styles.js';
import { BahthErrorEvent } from './events/bahth-error.js';
import { BahthResultsEvent } from './events/bahth-results.js';
import { BahthSelectEvent } from './events/bahth-select.js';
import { formatDate } from './format-date.js';
import { afterPaint, constrainedNetwork, nextFrame } from './frames.js';
import { IndexLoader, idle, type LoadMode } from './index-loader.js';
import { keyAction } from './keys.js';
import { InterfaceLanguage } from './interface-language.js';
import { keyHints, searchIcon, shortcutKeys } from './key-hints.js';
import { autonym, type Translation } from './localize.js';
import { RecentResults } from './recent-results.js';
import { resultOption } from './result-option.js';
import { Shortcut } from './shortcut.js';
import { SlowSearch } from './slow-search.js';
import { statusOf } from './status.js';

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
 * @attr {number} limit - Results shown at first, and added by each press of "Show more" (10).
 * @attr {'on'|'off'} history - `on` (default): an empty field offers the last results the
 *   visitor chose with this index (up to 5, newest first, each removable with its × or the
 *   Delete key), kept in localStorage per index; nothing is stored until a result is chosen.
 *   `off`: none are shown or stored.
 * @attr {number} preload-bytes - After the first results, fetch up to this many more bytes of
 *   the index, in the index's preload packs, two at a time and decoded at background priority:
 *   the heads of all documents first, then the term chunks, then the word-ends chunks, then the
 *   sound table of cross-script search (default 7340032, 7 MiB: all of them for an index of
 *   15,000 news articles, so no keystroke waits on the network there; texts are never
 *   preloaded). 0 switches preloading off, and so do the visitor's Save-Data setting and a 2G
 *   connection. Results are the same either way;
 *   preloading only saves later keystrokes a wait on the network, at the cost of bytes paid by
 *   visitors who search, not by every visitor.
 * @attr {string} lang - Language of the interface (Arabic or English); else the page's. Its
 *   direction is the language's; without any `lang` on the element or the page, the `dir` of the
 *   nearest element that has one.
 * @prop {string} index
 * @prop {string} label
 * @prop {string} placeholder
 * @prop {'intent'|'eager'|'idle'|'visible'} load
 * @prop {string} shortcut
 * @prop {'inline'|'modal'} variant
 * @prop {number} limit
 * @prop {'on'|'off'} history
 * @prop {number} preloadBytes
 *
 * @fires {BahthResultsEvent} bahth-results - Results of a query are shown (again, with more of
 *   them, after "Show more"); detail: `{query, readAs?, hits, total}` (`readAs`: what a query
 *   typed on the other keyboard layout was searched as).
 * @fires {BahthSelectEvent} bahth-select - A result was chosen (Enter or click), among the
 *   results or the recent ones; detail: `{hit, recent}`. Cancelable: `preventDefault()` keeps
 *   the browser from following the result's link.
 * @fires {BahthErrorEvent} bahth-error - The index is missing, unreachable, corrupt or incompatible;
 *   detail: `{code, message, index}`. The visitor reads "Search is unavailable right now" (or, when
 *   it could not be fetched, to check the connection); the technical message goes here and to
 *   `console.warn`.
 *
 * @csspart base - The wrapper of everything the element shows (its `lang` and `dir` are the interface's).
 * @csspart label - The search field's label (visually hidden).
 * @csspart input - The search field (a search icon at its start).
 * @csspart panel - The results panel (filter, status, result list).
 * @csspart filter - The language filter (a radio group), when the index holds several languages.
 * @csspart status - The result count ("10 of 21 results") / no-results / loading message, or the
 *   recent results' heading, shown at once; a visually hidden polite live region announces it
 *   once typing pauses. While the word typed is too short to judge, a quiet "Keep typing…"; while
 *   a query has waited 300 ms for its results (its index chunks on a slow network), a quiet
 *   "Searching…", the results shown meanwhile kept and the list `aria-busy`. For a query typed
 *   on the other keyboard layout, it says what was searched ("Results for “القاهرة”: 3
 *   results").
 * @csspart listbox - The result list.
 * @csspart option - One result; the first is active as soon as results show, so Enter opens it.
 * @csspart title - A result's title.
 * @csspart snippet - A result's text excerpt.
 * @csspart placeholder - Stands in for a snippet whose text is still on its way (with part `snippet`).
 * @csspart meta - A result's date and source.
 * @csspart mark - The matched words in titles and snippets.
 * @csspart more - The "Show more" button under the list, when more results were found than shown.
 * @csspart error - The message shown when the index cannot be used.
 * @csspart retry - The error's Retry button.
 * @csspart button - The button that opens the modal (variant="modal"), with the shortcut's keys
 *   (not on touch screens).
 * @csspart dialog - The modal dialog (variant="modal"): Escape closes it at once, keeping the
 *   query, and focus goes back to what had it before (the button, when that was the page).
 * @csspart close - The dialog's Close button, beside the field (variant="modal").
 * @csspart footer - The dialog's key hints, in the interface's language (not on touch screens).
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
    history: {},
    preloadBytes: { type: Number, attribute: 'preload-bytes' },
    value: { state: true },
    hits: { state: true },
    snippetsPending: { state: true },
    total: { state: true },
    shown: { state: true },
    active: { state: true },
    open: { state: true },
    filter: { state: true },
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
  /** Results shown at first, and added by each press of "Show more". */
  limit = 10;
  /** `on`: an empty field offers the last 5 results chosen (per index, in localStorage, stored only once one is chosen); `off`: none. */
  history: 'on' | 'off' = 'on';
  /** Bytes of index to preload when idle after the first results (7 MiB; 0: none; results do not depend on it). */
  preloadBytes = 7340032;

  /** Text in the field. */
  private value = '';
  private hits: SearchHit[] = [];
  /** The hits shown still wait for their snippets' text. */
  private snippetsPending = false;
  private total = 0;
  /** More results match than `total` counts (SearchResponse.totalAtLeast). */
  private totalAtLeast = false;
  /** The status line, made once per update for the line and the live region. */
  private status = '';
  /** Query of the results shown; null when none are. */
  private shown: string | null = null;
  /** What the results shown were searched as, when the query was typed on the other keyboard layout. */
  private readAs?: string;
  private active = -1;
  private open = false;
  /** Language the results are filtered to ('' for all). */
  private filter = '';
  /** Results asked of the query in the field: `limit`, and `limit` more at each "Show more". */
  private wanted = 0;
  /** The option to make active when the next results show: the first, or the first added by "Show more". */
  private activeNext = 0;

  private get input(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector('input[role=combobox]');
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  private readonly loader = new IndexLoader(this, (error) => {
    // the visitor reads a plain sentence; the site's owner needs the reason
    console.warn(`${error.message} (<bahth-search index="${this.index}">: ${error.code})`);
    this.dispatchEvent(new BahthErrorEvent({ code: error.code, message: error.message, index: this.index }));
  });
  private readonly announcer = new Announcer(this);
  private readonly slow = new SlowSearch(this);
  private readonly recent = new RecentResults(this);
  private requestId = 0;
  private abort?: AbortController;
  private preloaded?: BahthIndex;
  /** The search of the last keystroke until it has shown its results (see scheduleUpdate). */
  private searching?: Promise<SearchResponse | undefined>;
  private readonly ui = new InterfaceLanguage(this);

  constructor() {
    super();
    // Ctrl/⌘ K closes the dialog it opened, as DocSearch's does
    new Shortcut(this, () => this.shortcut, (combo) => (combo && this.dialog?.open ? this.dialog.close() : this.focus()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    return this.ui.t;
  }

  /** What the list shows: the results, or in an empty field the recent ones. */
  private get options(): SearchHit[] {
    return this.value.trim() ? this.hits : this.recent.items;
  }

  private get expanded(): boolean {
    return this.open && this.options.length > 0 && this.loader.status !== 'error';
  }

  /** The panel shows: results, a message about the query, or recent results (not under an error, which has its own). */
  private get panelOpen(): boolean {
    return this.open && (!!this.value.trim() || this.options.length > 0) && this.loader.status !== 'error';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('index') || changed.has('load')) {
      this.loader.set(this.index, this.load);
      if (changed.has('index') && this.hasUpdated && this.value) void this.run();
    }
    this.status = this.loader.status === 'error' ? '' : statusOf(this.t, {
      query: this.value,
      shown: this.shown,
      readAs: this.readAs,
      total: this.total,
      totalAtLeast: this.totalAtLeast,
      count: this.hits.length,
      filtered: !!this.filter,
      loading: this.loader.status === 'loading',
      searching: this.slow.stalled,
      recent: this.expanded && !this.value.trim(),
    });
    // "keep typing" and "searching" are shown, not said: a count follows soon
    this.announcer.set(this.status === this.t.keepTyping || this.status === this.t.searching ? '' : this.status);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /** Searches what is in the field; an answer that comes after a newer request is dropped. */
  private async run(): Promise<void> {
    const id = ++this.requestId;
    this.abort?.abort();
    const text = this.value;
    if (!text.trim()) {
      this.hits = [];
      this.shown = null;
      this.snippetsPending = false;
      this.slow.answered();
      this.showRecent();
      return;
    }
    this.slow.asked();
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
    if (id !== this.requestId) return;
    if (!index) {
      this.slow.answered(); // the loader's error shows instead
      return;
    }
    try {
      // Titles first: the list is painted as soon as the hits' heads are in, snippets follow.
      const response = await index.query(text, { limit: this.wanted || this.limit, lang: this.filter || null, signal: controller.signal, waitForSnippets: false });
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
      this.totalAtLeast = !!response.totalAtLeast;
      this.shown = text;
      this.readAs = response.readAs;
      // the first result is active at once, so Enter opens it (after "Show more", the first added)
      this.active = Math.min(this.activeNext, this.hits.length - 1);
      this.activeNext = 0;
      this.slow.answered();
      this.dispatchEvent(new BahthResultsEvent({ query: text, ...(response.readAs && { readAs: response.readAs }), hits: response.hits.length, total: response.total }));
      if (this.preloaded !== index && this.preloadBytes > 0 && !constrainedNetwork()) {
        this.preloaded = index;
        // then each language's date format is made, as preload() warms the analyzer's code
        idle(() => void index.preload(this.preloadBytes).then(() => Object.keys(index.languages).forEach((lang) => formatDate('2000-01-01', lang)), () => {}));
      }
      return response;
    } catch (error) {
      if (id === this.requestId && !controller.signal.aborted) {
        this.slow.answered();
        this.loader.fail(error);
      }
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

  /** Reads the recent results of the index, for an empty field (none when history is off). */
  private showRecent(): void {
    if (this.history === 'off' || !this.index) this.recent.clear();
    else this.recent.read(this.index);
    this.active = this.recent.items.length ? 0 : -1;
  }

  private readonly intent = (): void => void this.loader.load();

  private onFocus(): void {
    if (!this.value.trim()) this.showRecent();
    else this.active = this.hits.length ? Math.max(0, this.active) : -1;
    this.open = true;
    this.intent();
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
    this.open = true;
    this.wanted = 0;
    void this.run();
  }

  private onKeydown(e: KeyboardEvent): void {
    const n = this.options.length;
    const action = keyAction(e, {
      options: n,
      expanded: this.expanded,
      recent: !this.value.trim(),
      panelOpen: this.panelOpen,
      typed: !!this.value,
      modal: this.variant === 'modal',
    });
    if (!action) return;
    e.preventDefault();
    if (action === 'next' || action === 'previous') {
      const step = action === 'next' ? 1 : -1;
      this.active = !this.expanded || this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n;
      this.open = true;
    } else if (action === 'choose') {
      const option = this.renderRoot.querySelector(`#option-${Math.max(0, this.active)}`);
      // A link is clicked, so the browser follows it as it would a mouse click (after bahth-select).
      if (option instanceof HTMLAnchorElement) option.click();
      else this.choose(Math.max(0, this.active));
    } else if (action === 'remove') {
      this.removeRecent(this.active);
    } else if (action === 'close') {
      this.open = false;
      this.active = -1;
    } else {
      this.value = '';
      void this.run();
    }
  }

  /** Fires bahth-select for option `i`; cancels the click `e` (the link) when the host takes over. */
  private choose(i: number, e?: Event): void {
    const recent = !this.value.trim();
    const hit = this.options[i];
    if (!hit) return;
    const event = new BahthSelectEvent({ hit, recent });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e?.preventDefault();
    // chosen: kept for next time, and the panel closes, also when the host routes to the result itself
    if (this.history !== 'off') this.recent.add(this.index, hit);
    this.open = false;
    this.active = -1;
    this.dialog?.close();
  }

  private removeRecent(i: number): void {
    this.recent.remove(i);
    this.active = Math.min(i, this.recent.items.length - 1);
  }

  private onFocusOut(e: FocusEvent): void {
    if (!this.renderRoot.contains(e.relatedTarget as Node | null)) {
      this.open = false;
      this.active = -1;
    }
  }

  /** The dialog closed (Escape, a click beside it, a result chosen): focus goes back to the page, never to nothing. */
  private onDialogClose(): void {
    this.open = false;
    this.active = -1;
    // The browser gives it back to what had it before; when that was the page itself (Ctrl+K
    // pressed on <body>), focus would stay in the closed dialog and fall to <body>: the button takes it.
    const focused = document.activeElement;
    if (!focused || focused === document.body || this.dialog?.contains(this.shadowRoot!.activeElement)) {
      this.renderRoot.querySelector<HTMLElement>('[part=button]')?.focus();
    }
  }

  private retry(): void {
    this.input?.focus();
    void this.loader.retry().then(() => this.run());
  }

  /** Escape in the panel (on a filter choice) closes it, back to the field; in the dialog, it closes the dialog. */
  private onPanelKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || this.variant === 'modal') return; // the field is outside the panel: its Escape is onKeydown's
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
    this.wanted = 0;
    void this.run();
  }

  /** "Show more": the next `limit` results, the first of them active, focus in the field. */
  private more(): void {
    this.activeNext = this.hits.length;
    this.wanted = this.hits.length + this.limit;
    this.input?.focus();
    void this.run();
  }

  /** A click on a result chooses it (on a recent one's ×, removes it); the pointer over one makes it the active one. */
  private onOption(e: Event): void {
    const option = (e.target as Element).closest('[role=option]');
    if (!option) return;
    const i = Number(option.id.slice(7)); // option-<i>
    if (e.type !== 'click') this.active = i;
    else if ((e.target as Element).closest('.remove')) {
      e.preventDefault();
      this.removeRecent(i);
    } else this.choose(i, e);
  }

  private renderBox(t: Translation, label: string, aside: unknown = nothing): TemplateResult {
    const panelOpen = this.panelOpen;
    const expanded = this.expanded;
    const recent = !this.value.trim();
    const languages = Object.keys(this.loader.index?.languages ?? {});
    const error = this.loader.status === 'error' ? this.loader.error : undefined;
    const key = this.shortcut.toUpperCase();
    return html`<div class="box" @focusout=${this.onFocusOut}>
      <label part="label" class="sr" for="input">${label}</label>
      <div class="field">${searchIcon}<input id="input" part="input" type="text" role="combobox" autocomplete="off" autocapitalize="off" spellcheck="false"
        enterkeyhint="search" aria-keyshortcuts=${this.shortcut === 'none' ? nothing : `Control+${key} Meta+${key} /`} aria-autocomplete="list" aria-controls="listbox" aria-expanded=${expanded}
        aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
        dir=${recent ? nothing : 'auto'} placeholder=${this.placeholder || nothing} .value=${this.value}
        @input=${this.onInput} @keydown=${this.onKeydown} @focus=${this.onFocus} @pointerenter=${this.intent}>${aside}</div>
      ${error
        ? html`<div part="error" class="error" role="alert">${error.code === 'network' ? t.offline : t.unavailable}
            <button part="retry" type="button" @click=${this.retry}>${t.retry}</button></div>`
        : nothing}
      <div part="panel" class="panel ${panelOpen ? 'open' : ''}" @mousedown=${this.onPanelMousedown} @keydown=${this.onPanelKeydown}>
        ${languages.length > 1
          ? html`<fieldset part="filter" class="filter" ?hidden=${!panelOpen || recent} @change=${this.onFilter}>
              <legend class="sr">${t.language}</legend>
              ${['', ...languages].map((code) => html`<label lang=${code || nothing}><input class="sr" type="radio" name="lang"
                .value=${code} .checked=${this.filter === code}>${code ? autonym(code) : t.all}</label>`)}
            </fieldset>`
          : nothing}
        <div part="status" class="status" aria-hidden="true">${this.status}</div>
        <div class="sr" role="status">${this.announcer.message}</div>
        <div id="listbox" part="listbox" role="listbox" aria-label=${recent ? t.recent : t.results} aria-busy=${this.slow.stalled ? 'true' : nothing} ?hidden=${!expanded}
          @click=${this.onOption} @pointermove=${this.onOption}>
          ${expanded
            ? this.options.map((hit, i) => resultOption(hit, i, { active: i === this.active, pending: !hit.snippet && this.snippetsPending, removeHint: recent ? t.removeHint : undefined }))
            : nothing}
        </div>
        ${expanded && !recent && this.total > this.hits.length
          ? html`<button part="more" class="more" type="button" @click=${this.more}>${t.more}</button>`
          : nothing}
      </div>
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const label = this.label || t.search;
    return html`<div part="base" lang=${t.code} dir=${this.ui.dir}>
      ${this.variant === 'modal'
        ? html`<button part="button" class="open-modal" type="button" aria-haspopup="dialog" @click=${() => this.focus()}
              @focus=${this.intent} @pointerenter=${this.intent}>${searchIcon}${label}${this.shortcut === 'none'
                ? nothing
                : html`<kbd aria-hidden="true">${shortcutKeys(this.shortcut)}</kbd>`}</button>
            <dialog part="dialog" aria-label=${label} @close=${this.onDialogClose} @click=${(e: Event) => e.target === this.dialog && this.dialog?.close()}>
              <div class="dialog-body">${this.renderBox(t, label, html`<button part="close" class="close" type="button" @click=${() => this.dialog?.close()}>${t.close}</button>`)}
                ${keyHints(t, this.shortcut)}</div>
            </dialog>`
        : this.renderBox(t, label)}
    </div>`;
  }
}

if (!customElements.get('bahth-search')) customElements.define('bahth-search', BahthSearch);

declare global {
  interface HTMLElementTagNameMap {
    'bahth-search': BahthSearch;
  }
}
