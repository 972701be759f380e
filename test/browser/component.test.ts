import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { highlight } from '../../src/component/highlight.js';
import { safeUrl } from '../../src/component/safe-url.js';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { openIndex } from '../../src/search/open-index.js';
import { BahthHarness, INDEX, INDEX_EN } from './harness/bahth-harness.js';

describe('<bahth-search> combobox', () => {
  it('renders a labelled combobox that controls a listbox in the same shadow root', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    const { input } = h;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(h.root.getElementById(input.getAttribute('aria-controls')!)).to.equal(h.listbox);
    expect(h.listbox.getAttribute('role')).to.equal('listbox');
    expect(input.labels![0]!.textContent).to.equal('Search');
    h.el.label = 'Search the archive';
    await h.el.updateComplete;
    expect(input.labels![0]!.textContent).to.equal('Search the archive');
  });

  it('shows Arabic results as the user types, with marks, each result right to left', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    const detail = await h.search('وزير');
    expect(detail.total).to.equal(4);
    expect(h.input.getAttribute('aria-expanded')).to.equal('true');
    expect(h.options).to.have.length(4);
    for (const option of h.options) {
      expect(option.getAttribute('lang')).to.equal('ar');
      expect(option.getAttribute('dir')).to.equal('rtl');
    }
    const marks = [...h.root.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).to.include('وزير');
    expect(marks).to.include('وَزِيرُ');
    expect(h.root.querySelector('mark')!.getAttribute('part')).to.equal('mark');
    expect(h.titles).to.include('وزير الصحة يزور المستشفيات الجديدة في دمشق');
  });

  it('shows English results left to right with snippet, date, source and a link', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('hospitals');
    const option = h.options[0]!;
    expect(option.getAttribute('dir')).to.equal('ltr');
    expect(option.getAttribute('lang')).to.equal('en');
    expect(option.localName).to.equal('a');
    expect(option.getAttribute('href')).to.equal('#en-1');
    expect(option.querySelector('[part=title] mark')!.textContent).to.equal('hospitals');
    expect(option.querySelector('[part=snippet]')!.textContent).to.contain('hospitals');
    const meta = option.querySelector('[part=meta]')!;
    expect(meta.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-12');
    expect(meta.textContent).to.contain('2024').and.to.contain('City Bulletin');
  });

  it('moves with ↓/↑ (wrapping) from the first result, active at once, while focus stays in the input, via aria-activedescendant', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('minister');
    expect(h.options).to.have.length(4);
    expect(h.activeOption).to.equal(h.options[0]);
    expect(h.options[0]!.getAttribute('aria-selected')).to.equal('true');
    await h.press('ArrowDown');
    expect(h.activeOption).to.equal(h.options[1]);
    expect(h.options[0]!.getAttribute('aria-selected')).to.equal('false');
    await h.press('ArrowUp');
    await h.press('ArrowUp');
    expect(h.activeOption).to.equal(h.options[3], 'ArrowUp from the first wraps to the last');
    await h.press('ArrowDown');
    expect(h.activeOption).to.equal(h.options[0], 'ArrowDown from the last wraps to the first');
    expect(h.root.activeElement).to.equal(h.input);
  });

  it('leaves Left, Right, Home and End to the input', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('minister');
    await h.press('ArrowDown');
    await h.press('Home');
    expect(h.input.selectionStart).to.equal(0);
    await h.press('ArrowRight');
    expect(h.input.selectionStart).to.equal(1);
    await h.press('End');
    expect(h.input.selectionStart).to.equal('minister'.length);
    await h.press('ArrowLeft');
    expect(h.input.selectionStart).to.equal('minister'.length - 1);
    expect(h.activeOption).to.equal(h.options[1], 'the active result did not move');
  });

  it('Enter fires a cancelable bahth-select the host can take over, else follows the link; either way the list closes', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    history.replaceState(null, '', location.pathname + location.search);
    const takeOver = (e: Event) => e.preventDefault();
    h.el.addEventListener('bahth-select', takeOver);
    await h.search('olive');
    await h.press('ArrowDown');
    await h.press('Enter');
    expect(h.selects).to.have.length(1);
    expect(h.selects[0]!.hit.id).to.equal('en-4');
    expect(location.hash).to.equal('', 'the host prevented the navigation');
    expect(h.input.getAttribute('aria-expanded')).to.equal('false', 'closed, though the host routes the result itself');
    expect(h.input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(h.input.value).to.equal('olive', 'the query stays, for coming back to the list');

    h.el.removeEventListener('bahth-select', takeOver);
    await h.press('ArrowDown');
    expect(h.input.getAttribute('aria-expanded')).to.equal('true', 'ArrowDown opens it again');
    await h.press('Enter');
    expect(h.selects).to.have.length(2);
    expect(location.hash).to.equal('#en-4');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('bahth-select bubbles out of the shadow root with the hit, also on click', async () => {
    const h = await BahthHarness.render(html`<div><bahth-search index=${INDEX} lang="en"></bahth-search></div>`);
    const seen: string[] = [];
    const listener = (e: Event) => {
      e.preventDefault();
      seen.push((e as CustomEvent).detail.hit.title);
    };
    document.addEventListener('bahth-select', listener);
    try {
      await h.search('Jordanian');
      h.options[0]!.click();
      expect(seen).to.deep.equal(['Foreign minister meets Jordanian counterpart']);
    } finally {
      document.removeEventListener('bahth-select', listener);
    }
  });

  it('a real pointer over a result makes it the active option, and a click inside it selects it', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    const seen: string[] = [];
    const listener = (e: Event) => {
      e.preventDefault(); // stay on the test page
      seen.push((e as CustomEvent).detail.hit.title);
    };
    document.addEventListener('bahth-select', listener);
    try {
      await h.search('وزير');
      // the title, a child of the option: the list's listeners find the option it is in
      const title = h.options[1]!.querySelector('[part=title]')!;
      const box = title.getBoundingClientRect();
      const position: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      await sendMouse({ type: 'move', position });
      await h.el.updateComplete;
      expect(h.input.getAttribute('aria-activedescendant')).to.equal(h.options[1]!.id);
      expect(h.options[1]!.getAttribute('aria-selected')).to.equal('true');
      await sendMouse({ type: 'click', position });
      expect(seen).to.deep.equal([title.textContent]);
    } finally {
      document.removeEventListener('bahth-select', listener);
      await resetMouse();
    }
  });

  it('Escape closes the list, then clears the field', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    await h.search('وزير');
    await h.press('ArrowDown');
    await h.press('Escape');
    expect(h.input.getAttribute('aria-expanded')).to.equal('false');
    expect(h.input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(h.input.value).to.equal('وزير');
    await h.press('ArrowDown');
    expect(h.input.getAttribute('aria-expanded')).to.equal('true', 'ArrowDown opens the list again');
    await h.press('Escape');
    await h.press('Escape');
    expect(h.input.value).to.equal('');
    expect(h.options).to.have.length(0);
  });

  it('Escape closes a no-results panel first, and from a filter choice goes back to the field', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('xyzzy');
    expect(h.root.querySelector('.panel.open')).to.not.equal(null, 'the no-results message shows');
    await h.press('Escape');
    expect(h.root.querySelector('.panel.open')).to.equal(null);
    expect(h.input.value).to.equal('xyzzy', 'closed, not cleared');
    await h.press('Escape');
    expect(h.input.value).to.equal('');

    await h.search('minister');
    const radio = h.root.querySelector<HTMLInputElement>('[part=filter] input')!;
    radio.focus();
    await sendKeys({ press: 'Escape' });
    await h.el.updateComplete;
    expect(h.root.activeElement).to.equal(h.input);
    expect(h.input.getAttribute('aria-expanded')).to.equal('false');
    expect(h.root.querySelector('.panel.open')).to.equal(null);
  });

  it('writes an Arabic result\'s date with the month\'s name and Arabic-Indic digits, an English one in English', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('الزيتون');
    expect(h.options[0]!.querySelector('time')!.textContent).to.equal('٢٠ أكتوبر ٢٠٢٣');
    await h.clear();
    await h.search('olive');
    expect(h.options[0]!.querySelector('time')!.textContent).to.equal('Oct 20, 2023');
  });

  it('wraps a long unbroken word in a title instead of widening the panel', async () => {
    const h = await BahthHarness.render(html`<div style="inline-size: 320px"><bahth-search index=${INDEX_EN} lang="en"></bahth-search></div>`);
    await h.search('dredging');
    const panel = h.root.querySelector<HTMLElement>('[part=panel]')!;
    expect(h.titles[0]).to.contain('https://ports.example/');
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
  });

  it('reopens the list when focus comes back to a field with a query', async () => {
    const h = await BahthHarness.render(html`<div><bahth-search index=${INDEX_EN} lang="en"></bahth-search><button>after</button></div>`);
    await h.search('minister'); // a one-language index: no filter, so Tab leaves the widget
    await sendKeys({ press: 'Tab' });
    await h.el.updateComplete;
    expect(h.input.getAttribute('aria-expanded')).to.equal('false', 'closed when focus left');
    h.input.focus();
    await h.el.updateComplete;
    expect(h.input.getAttribute('aria-expanded')).to.equal('true');
  });

  it('the field takes the direction of what is typed (Arabic in an English interface)', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    expect(getComputedStyle(h.input).direction).to.equal('ltr');
    await h.search('وزير');
    expect(getComputedStyle(h.input).direction).to.equal('rtl');
    expect(h.options.every((o) => o.dir === 'rtl')).to.equal(true);
  });

  it('ends with the results of the final query when typing fast', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.type('olive');
    await h.clear();
    await h.type('library');
    await h.resultsFor('library');
    // Let any answer still in flight arrive: none may replace the final one.
    await new Promise((r) => setTimeout(r, 300));
    expect(h.results.at(-1)!.query).to.equal('library');
    expect(h.titles).to.deep.equal(['Public library opens in Aleppo']);
  });

  it('renders a keystroke once, the field and its results together, when its chunks are loaded', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX_EN} lang="en"></bahth-search>`);
    await h.search('olive harves');
    await h.search('t'); // the field now holds "olive harvest"
    await h.press('Backspace');
    await h.resultsFor('olive harves');
    const renders: string[] = [];
    const el = h.el as unknown as { updated(changed: Map<string, unknown>): void };
    const updated = el.updated.bind(el);
    el.updated = (changed) => {
      // the keystroke's renders: the field's new text, the results of it; not the snippets'
      // text filled in afterwards, which a slow machine may render before the check below
      if (changed.has('value') || changed.has('shown')) renders.push(`${h.input.getAttribute('aria-expanded')} ${h.titles.join()}`);
      updated(changed);
    };
    const shown = new Promise((resolve) => h.el.addEventListener('bahth-results', resolve, { once: true }));
    await h.type('t');
    await shown;
    await h.el.updateComplete;
    expect(renders).to.deep.equal(['true Olive harvest season begins in the villages']);
  });

  it('drops a superseded answer (search() called again before the first finished)', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX_EN} lang="en"></bahth-search>`);
    const first = h.el.search('olive'); // still loading the index
    const second = h.el.search('library');
    await Promise.all([first, second]);
    const third = h.el.search('harvest'); // index loaded: both searches run at once
    const fourth = h.el.search('minister');
    await Promise.all([third, fourth]);
    await h.el.updateComplete;
    expect(h.results.map((r) => r.query)).to.deep.equal(['library', 'minister']);
    expect(h.options).to.have.length(4);
  });

  it('renders hostile corpus text as text and never links a javascript: URL', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('onerror');
    expect(h.options).to.have.length(2);
    expect(h.titles.every((t) => t.includes('<img src=x onerror=alert(1)>'))).to.equal(true);
    expect(h.root.querySelector('img, script, b')).to.equal(null);
    expect(document.querySelector('img')).to.equal(null);
    expect((window as { __bahthPwned?: boolean }).__bahthPwned).to.equal(undefined);
    for (const option of h.options) {
      expect(option.localName).to.equal('div', 'a javascript: URL is not a link');
      expect(option.hasAttribute('href')).to.equal(false);
    }
    await h.clear();
    await h.search('script');
    const snippets = [...h.root.querySelectorAll('[part=snippet]')].map((s) => s.textContent);
    expect(snippets).to.have.length(2);
    for (const s of snippets) expect(s).to.contain('<script>window.__bahthPwned = true</script>').and.to.contain('<b onmouseover=alert(1)>');
    expect(h.root.querySelector('script, b')).to.equal(null);
    expect((window as { __bahthPwned?: boolean }).__bahthPwned).to.equal(undefined);
    expect([...h.root.querySelectorAll('a')].every((a) => !/^\s*javascript:/i.test(a.getAttribute('href')!))).to.equal(true);
  });

  it('filters by language with a radio group when the index holds several', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    await h.search('onerror');
    const radios = [...h.root.querySelectorAll<HTMLInputElement>('[part=filter] input[type=radio]')];
    expect(radios.map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal(['الكل', 'العربية', 'English']);
    expect(radios[0]!.checked).to.equal(true);
    expect(h.options.map((o) => o.lang)).to.have.members(['ar', 'en']);

    const before = h.results.length;
    radios[1]!.click();
    await h.resultsFor('onerror');
    await waitFor(() => h.results.length > before);
    await h.el.updateComplete;
    expect(h.options.map((o) => o.lang)).to.deep.equal(['ar']);

    radios[1]!.focus();
    await sendKeys({ press: 'ArrowLeft' }); // in RTL, the next radio is to the left
    await waitFor(() => h.results.length > before + 1);
    await h.el.updateComplete;
    expect(radios[2]!.checked).to.equal(true);
    expect(h.options.map((o) => o.lang)).to.deep.equal(['en']);

    h.input.focus();
    await h.press('Escape'); // closes the panel, filter included
    const filter = h.root.querySelector<HTMLElement>('[part=filter]')!;
    expect(getComputedStyle(filter).display).to.equal('none');
    expect(getComputedStyle(h.listbox).display).to.equal('none');
  });

  it('shows no language filter for a one-language index', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX_EN} lang="en"></bahth-search>`);
    await h.search('minister');
    expect(h.root.querySelector('[part=filter]')).to.equal(null);
  });

  it('fires bahth-results with query, shown hits and total; search() and focus() work', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en" limit="2"></bahth-search>`);
    await h.el.search('minister');
    expect(h.results.at(-1)).to.deep.equal({ query: 'minister', hits: 2, total: 4 });
    expect(h.input.value).to.equal('minister');
    h.el.focus();
    expect(h.root.activeElement).to.equal(h.input);
    expect(document.activeElement).to.equal(h.el);
  });

  it('shows the same hits as the index itself', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    await h.search('وزي');
    const index = await openIndex(INDEX);
    const hits = await index.search('وزي', { limit: 10 });
    expect(h.titles).to.deep.equal(hits.map((hit) => hit.title));
  });
});

async function waitFor(predicate: () => boolean): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > 5000) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('safeUrl and highlight', () => {
  it('links only http(s) and relative URLs', () => {
    const links = ['https://example.com/a', 'http://example.com', '/a/b', 'a/b', '#x', '?q=1', '//example.com/a', '/a:b'];
    for (const url of links) expect(safeUrl(url), url).to.equal(url);
    const text = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@b.c', ''];
    for (const url of text) expect(safeUrl(url), JSON.stringify(url)).to.equal(null);
    expect(safeUrl(undefined)).to.equal(null);
  });

  it('splits text by ranges, clamped, sorted, overlaps marked once, surrogate pairs kept whole', async () => {
    /** The text with each <mark> in brackets; also checks nothing was lost or added. */
    const parts = (text: string, ranges: Array<{ start: number; end: number }>) => {
      const div = document.createElement('div');
      render(highlight(text, ranges), div);
      expect(div.textContent).to.equal(text);
      for (const mark of div.querySelectorAll('mark')) mark.textContent = `[${mark.textContent}]`;
      return div.textContent;
    };
    expect(parts('abcdef', [{ start: 3, end: 5 }, { start: 0, end: 1 }])).to.equal('[a]bc[de]f');
    expect(parts('abcdef', [{ start: 1, end: 4 }, { start: 2, end: 5 }])).to.equal('a[bcd][e]f');
    expect(parts('abc', [{ start: 2, end: 99 }, { start: 5, end: 7 }])).to.equal('ab[c]');
    expect(parts('a😀b', [{ start: 1, end: 3 }])).to.equal('a[😀]b');
    expect(parts('<b>x</b>', [{ start: 3, end: 4 }])).to.equal('<b>[x]</b>');
  });
});
