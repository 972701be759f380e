import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/component/bahth-search.js';
import type { BahthSearch } from '../../../src/component/bahth-search.js';
import type { BahthResultsDetail } from '../../../src/component/events/bahth-results.js';
import type { BahthErrorDetail } from '../../../src/component/events/bahth-error.js';
import type { BahthSelectDetail } from '../../../src/component/events/bahth-select.js';

/** Index folders built by test/fixtures/widget/build-index.mjs, served by WTR from the repo root. */
export const INDEX = '/test/fixtures/widget/index/';
export const INDEX_EN = '/test/fixtures/widget/index-en/';
/** INDEX_EN without its text chunks: results have titles, snippets cannot load. */
export const INDEX_TEXTLESS = '/test/fixtures/widget/index-textless/';
/** INDEX's records with split postings (a word in more than 2 documents: one posting kept, the others in tail blocks of one). */
export const INDEX_SPLIT = '/test/fixtures/widget/index-split/';
export const MISSING = '/test/fixtures/widget/no-such-index/';
export const CORRUPT = '/test/fixtures/widget/corrupt/';
export const INCOMPATIBLE = '/test/fixtures/widget/incompatible/';
/** Where a single-page app's host answers every path with its page (status 200): manifest.json is HTML. */
export const HTML_FALLBACK = '/test/fixtures/widget/html-fallback/';

// Every test starts without recent results: localStorage outlives a test, and a test file.
beforeEach(() => localStorage.clear());

/** Whether the page fetched anything from `folder` (404s count: they are fetches too). */
export const fetchedFrom = (folder: string): boolean =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.startsWith(folder));

/** Drives one `<bahth-search>` the way a user does and reads what it shows. */
export class BahthHarness {
  readonly results: BahthResultsDetail[] = [];
  readonly errors: BahthErrorDetail[] = [];
  readonly selects: BahthSelectDetail[] = [];

  constructor(readonly el: BahthSearch) {
    el.addEventListener('bahth-results', (e) => this.results.push(e.detail));
    el.addEventListener('bahth-error', (e) => this.errors.push(e.detail));
    el.addEventListener('bahth-select', (e) => this.selects.push(e.detail));
  }

  /** Renders `template` (which must hold one <bahth-search>) and wraps its element. */
  static async render(template: TemplateResult): Promise<BahthHarness> {
    const root = await fixture<HTMLElement>(template);
    const el = root.localName === 'bahth-search' ? (root as BahthSearch) : root.querySelector('bahth-search')!;
    await el.updateComplete;
    return new BahthHarness(el);
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  get input(): HTMLInputElement {
    return this.root.querySelector('input[role=combobox]')!;
  }
  get listbox(): HTMLElement {
    return this.root.querySelector('[role=listbox]')!;
  }
  get options(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role=option]')];
  }
  get titles(): string[] {
    return this.options.map((o) => o.querySelector('[part=title]')!.textContent!);
  }
  /** The option the input's aria-activedescendant points at. */
  get activeOption(): HTMLElement | null {
    const id = this.input.getAttribute('aria-activedescendant');
    return id ? this.root.getElementById(id) : null;
  }
  /** What the live region says (screen readers hear it). */
  get status(): string {
    return this.root.querySelector('[role=status]')!.textContent!.trim();
  }
  /** What the status line shows. */
  get shownStatus(): string {
    return this.root.querySelector('[part=status]')!.textContent!.trim();
  }
  /** The "Show more" button, when there is one. */
  get more(): HTMLButtonElement | null {
    return this.root.querySelector('[part=more]');
  }
  /** The dialog of the modal variant. */
  get dialog(): HTMLDialogElement | null {
    return this.root.querySelector('dialog');
  }
  /** Whether the results panel shows. */
  get panelOpen(): boolean {
    return this.root.querySelector('.panel.open') !== null;
  }
  get error(): HTMLElement | null {
    return this.root.querySelector('[part=error]');
  }

  /** Focuses the field (opening the dialog of the modal variant) and types `text` with real key events (Arabic included). */
  async type(text: string): Promise<void> {
    this.el.focus();
    await sendKeys({ type: text });
  }
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }

  /** Placeholders of snippets still on their way. */
  get placeholders(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~=placeholder]')];
  }

  /** Waits until the list for `query` is shown (a bahth-results event for it), snippets maybe still on their way. */
  async listFor(query: string): Promise<BahthResultsDetail> {
    await waitUntil(() => this.results.some((r) => r.query === query), `no results for "${query}"`, { timeout: 5000 });
    await this.el.updateComplete;
    return [...this.results].reverse().find((r) => r.query === query)!;
  }

  /** Waits until the results of `query` are shown, snippets included. */
  async resultsFor(query: string): Promise<BahthResultsDetail> {
    const detail = await this.listFor(query);
    await waitUntil(() => !this.placeholders.length, `the snippets for "${query}" never came`, { timeout: 5000 });
    return detail;
  }

  /** Types `text` and waits for its results. */
  async search(text: string): Promise<BahthResultsDetail> {
    await this.type(text);
    return this.resultsFor(this.input.value);
  }

  /** Waits until the live region reads `text`. */
  async statusIs(text: string): Promise<void> {
    await waitUntil(() => this.status === text, undefined, { timeout: 3000 }).catch(() => {
      throw new Error(`the status reads "${this.status}", not "${text}"`);
    });
  }

  /** Waits until the error message shows and a bahth-error was fired. */
  async failed(): Promise<BahthErrorDetail> {
    await waitUntil(() => this.error !== null && this.errors.length > 0, 'no error shown', { timeout: 5000 });
    return this.errors.at(-1)!;
  }

  /** Focuses the field (opening the dialog) and types `text` over what it holds. */
  async replace(text: string): Promise<void> {
    this.el.focus();
    this.input.select();
    await sendKeys({ type: text });
  }

  /** Empties the field (select all, delete) with real keys. */
  async clear(): Promise<void> {
    this.input.select();
    await sendKeys({ press: 'Backspace' });
    await this.el.updateComplete;
  }
}
