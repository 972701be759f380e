import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BahthSearch } from '../../src/component/bahth-search.js';

/**
 * The built demo (`npm run build:demo` writes dist-demo/, served here from the repo root) in a
 * same-origin iframe, driven with real key events: both widgets, both languages, the analyzer
 * panel, "try your own files" and the theme toggle.
 */
const DEMO = '/dist-demo/index.html';

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
const widget = (id: 'inline-search' | 'modal-search') => doc().getElementById(id) as BahthSearch;
const root = (id: 'inline-search' | 'modal-search') => widget(id).shadowRoot!;
const options = (id: 'inline-search' | 'modal-search') => [...root(id).querySelectorAll<HTMLElement>('[role=option]')];
const titles = (id: 'inline-search' | 'modal-search') => options(id).map((o) => o.querySelector('[part=title]')!.textContent!);
const marks = (id: 'inline-search' | 'modal-search') => [...root(id).querySelectorAll('[role=option] mark')].map((m) => m.textContent!);

/** Queries whose results a widget showed (bahth-results events in the demo page). */
let shown: string[] = [];

async function loadDemo(): Promise<void> {
  frame?.remove();
  shown = [];
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = DEMO;
  document.body.append(frame);
  await loaded;
  await waitUntil(() => frame.contentWindow!.customElements.get('bahth-search') && widget('inline-search').shadowRoot?.querySelector('input'),
    'the demo did not define <bahth-search>', { timeout: 10000 });
  doc().addEventListener('bahth-results', (e) => shown.push((e as CustomEvent<{ query: string }>).detail.query));
}

/** Waits until the results of `query` are shown in widget `id`, snippets included (they follow the titles). */
async function shownWithSnippets(id: 'inline-search' | 'modal-search', query: string): Promise<void> {
  await waitUntil(() => shown.includes(query), `no results shown for "${query}"`, { timeout: 8000 });
  await widget(id).updateComplete;
  await waitUntil(() => !root(id).querySelector('[part~=placeholder]'), `the snippets for "${query}" did not come`, { timeout: 8000 });
}

/** Focuses the inline widget's field and types `text` with real key events. */
async function typeInline(text: string): Promise<void> {
  frame.contentWindow!.focus();
  root('inline-search').querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
  await sendKeys({ type: text });
  await shownWithSnippets('inline-search', text);
}

describe('demo site (built, dist-demo/)', () => {
  before(async () => {
    const response = await fetch(DEMO);
    expect(response.ok, `${DEMO} is missing: run npm run build:demo`).to.equal(true);
  });
  beforeEach(loadDemo);
  after(() => frame?.remove());

  it('is an Arabic right-to-left page with English present, the inline widget without a shortcut and the modal one with Ctrl K', () => {
    expect(doc().documentElement.lang).to.equal('ar');
    expect(doc().documentElement.dir).to.equal('rtl');
    expect(doc().querySelectorAll('[lang=en]').length).to.be.greaterThan(3);
    expect(widget('inline-search').shortcut).to.equal('none');
    expect(widget('modal-search').variant).to.equal('modal');
    expect(widget('modal-search').shortcut).to.equal('k');
    expect(root('modal-search').querySelector('[part=button]')!.textContent).to.contain('Ctrl');
  });

  it('inline widget: Arabic typed in the header shows Arabic results with marks', async () => {
    await typeInline('وزير');
    expect(options('inline-search').length).to.be.greaterThan(0);
    expect(options('inline-search')[0]!.getAttribute('dir')).to.equal('rtl');
    expect(marks('inline-search').some((m) => m.includes('وزير'))).to.equal(true);
  });

  it('inline widget: English typed in the header shows English results with marks', async () => {
    await typeInline('hospitals');
    expect(options('inline-search').length).to.be.greaterThan(0);
    expect(options('inline-search')[0]!.getAttribute('lang')).to.equal('en');
    expect(marks('inline-search')).to.include('hospitals');
  });

  it('choosing a result opens it in the demo\'s reader instead of leaving for the made-up site', async () => {
    const before = frame.contentWindow!.location.href;
    await typeInline('وزير');
    const first = titles('inline-search')[0]!;
    const href = options('inline-search')[0]!.getAttribute('href');
    await sendKeys({ press: 'Enter' }); // the first result is active as soon as it shows
    const reader = doc().getElementById('reader') as HTMLDialogElement;
    await waitUntil(() => reader.open, 'the reader did not open');
    expect(frame.contentWindow!.location.href).to.equal(before, 'no navigation');
    expect(reader.querySelector('h2')!.textContent).to.equal(first);
    expect(reader.querySelector('article')!.getAttribute('dir')).to.equal('rtl');
    const note = reader.querySelector('.reader-note')!.textContent!;
    expect(note).to.contain('On a real site');
    if (href) expect(note).to.contain(href, 'the link it would have followed');
    await sendKeys({ press: 'Escape' });
    expect(reader.open).to.equal(false);
  });

  it('modal widget: Ctrl+K opens it; an English and then an Arabic query show results', async () => {
    frame.contentWindow!.focus();
    doc().querySelector<HTMLElement>('h1')!.focus();
    await sendKeys({ press: 'Control+k' });
    const dialog = root('modal-search').querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'Ctrl+K did not open the modal');
    expect(root('modal-search').activeElement).to.equal(root('modal-search').querySelector('input[role=combobox]'));
    await sendKeys({ type: 'ceasefire' });
    await shownWithSnippets('modal-search', 'ceasefire');
    expect(titles('modal-search')[0]).to.contain('Cease-fire agreed in rural Daraa');
    // Escape closes the dialog at once, keeping the query; Ctrl+K brings both back
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    await sendKeys({ press: 'Control+k' });
    expect(dialog.open).to.equal(true);
    const field = root('modal-search').querySelector<HTMLInputElement>('input[role=combobox]')!;
    expect(field.value).to.equal('ceasefire');
    field.select();
    await sendKeys({ type: 'مسئول' });
    await shownWithSnippets('modal-search', 'مسئول');
    // مسئول and مسؤول are one word: the article spelling it مسئول is among the first
    expect(titles('modal-search').slice(0, 3).join('\n')).to.contain('أسعار الخضار ترتفع في أسواق دمشق');
    expect(marks('modal-search')).to.include('مسؤول');
    expect(options('inline-search')).to.have.length(0);
  });

  it('an example query fills the inline widget, and the analyzer panel shows each word and the measured facts', async () => {
    const example = [...doc().querySelectorAll<HTMLButtonElement>('#examples button')].find((b) => b.textContent!.includes('بالمستشفى'))!;
    expect(doc().querySelectorAll('#examples button').length).to.be.greaterThanOrEqual(12);
    example.click();
    await waitUntil(() => shown.includes('بالمستشفى'), 'the example did not search');
    await widget('inline-search').updateComplete;
    expect(titles('inline-search').slice(0, 3).join('\n')).to.contain('مستشفى البشير');
    const panel = doc().getElementById('analyzer')!;
    await waitUntil(() => panel.querySelector('[data-query]')!.textContent === 'بالمستشفى', 'the panel did not show the query');
    const cells = [...panel.querySelectorAll('tbody tr:first-child > *')].map((c) => c.textContent!.trim());
    // word, normalized, stem, without clitic, prefix (unfinished word), typos allowed (9 letters: 2)
    expect(cells).to.deep.equal(['بالمستشفى', 'بالمستشفي', 'مستشفي', '—', 'مستشفي', '2', 'MSCF']);
    const facts = panel.querySelector('[data-facts]')!.textContent!;
    expect(facts).to.match(/\d+(\.\d)? ms/);
    expect(facts).to.match(/KB \/ [\d.]+ KB/);
    expect(facts).to.contain('45');
  });

  it('an example\'s results end above the analyzer panel, which shows whole', async () => {
    const example = [...doc().querySelectorAll<HTMLButtonElement>('#examples button')].find((b) => b.textContent!.includes('وَزِيرُ الصِّحَّةِ'))!;
    example.click();
    const panel = doc().getElementById('analyzer')!;
    const results = root('inline-search').querySelector<HTMLElement>('[part=panel]')!;
    await waitUntil(() => panel.querySelector('[data-query]')!.textContent === 'وَزِيرُ الصِّحَّةِ', 'the panel did not show the query');
    // (the card is scrolled into view a frame after the results show: wait for both, not the first)
    const fitted = () => {
      const card = panel.getBoundingClientRect();
      return results.getBoundingClientRect().bottom <= card.top && card.top >= 0 && card.bottom <= frame.contentWindow!.innerHeight + 1;
    };
    await waitUntil(fitted, 'the results cover the analyzer panel, or the panel is not whole in the window', { timeout: 3000 });
    expect(options('inline-search').length).to.be.greaterThan(1, 'the results still show');
    // typing in the field gives the results their full height back
    await sendKeys({ type: ' ' });
    await waitUntil(() => !widget('inline-search').style.getPropertyValue('--bahth-panel-max-height'), 'the panel kept its short height');
  });

  it('try your own files: builds an index in the page, searches it, and lists the invalid files', async () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    const files = new win.DataTransfer();
    const file = (name: string, text: string) => new win.File([text], name);
    files.items.add(file('01-ar-notes.md', '---\ntitle: زيارة إلى بيروت\nlang: ar\ndate: 2025-05-03T09:00:00+03:00\nurl: "java\tscript:alert(1)"\n---\n\nوصل الوفد إلى بيروت صباح الأحد، وزار المستشفيات والمدارس في المدينة.\n'));
    files.items.add(file('visit.txt', 'A visit to Beirut\n\nThe delegation reached Beirut on Sunday and toured hospitals and schools in the city.\n'));
    files.items.add(file('broken.jsonl', '{"id": "x1", "title": "ok", "body": "A record about Amman."}\n{"id": broken\n'));
    files.items.add(file('photo.png', 'not text'));
    const input = doc().querySelector<HTMLInputElement>('#try-files')!;
    // the browser's own button would speak the browser's language: it is hidden, its label is the page's
    expect(input.getBoundingClientRect().width).to.be.at.most(1);
    expect(input.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('اختر ملفات Choose files');
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const search = doc().querySelector<HTMLInputElement>('#try-query')!;
    await waitUntil(() => !search.disabled, 'the index was not built', { timeout: 10000 });
    const problems = doc().querySelector('[data-problems]')!.textContent!;
    expect(problems).to.contain('broken.jsonl:2');
    expect(problems).to.contain('photo.png');
    expect(doc().querySelector('#try [data-status]')!.textContent).to.contain('Indexed 3 documents from 3 files');
    search.focus();
    await sendKeys({ type: 'المستشفى' });
    const results = doc().querySelector('#try [data-results]')!;
    await waitUntil(() => results.querySelector('.hit'), 'no results in your files');
    expect(results.querySelector('.hit-title')!.textContent).to.equal('زيارة إلى بيروت');
    expect(results.querySelector('.hit-title a'), 'a javascript: URL is not made a link').to.equal(null);
    expect([...results.querySelectorAll('mark')].map((m) => m.textContent)).to.include('المستشفيات');
    // its date as Arabic writes it, not an ISO timestamp, and no file id: read right to left
    const hit = results.querySelector<HTMLElement>('.hit')!;
    expect(hit.dir).to.equal('rtl');
    const meta = hit.querySelector('.hit-meta')!;
    expect(meta.textContent).to.equal('٣ مايو ٢٠٢٥');
    expect(meta.querySelector('time')!.getAttribute('datetime')).to.equal('2025-05-03T09:00:00+03:00');
    expect(doc().querySelector('#try [data-chosen]')!.textContent).to.contain('01-ar-notes.md').and.contain('4 files');
  });

  it('the theme toggle switches the page and the widget to the other theme', async () => {
    const toggle = doc().getElementById('theme-toggle')!;
    const before = toggle.getAttribute('aria-pressed');
    const background = () => frame.contentWindow!.getComputedStyle(widget('inline-search')).getPropertyValue('--bahth-background').trim();
    const was = background();
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).to.not.equal(before);
    expect(doc().documentElement.dataset.theme).to.equal(before === 'true' ? 'light' : 'dark');
    expect(background()).to.not.equal(was);
    toggle.click();
    expect(background()).to.equal(was);
  });
});
