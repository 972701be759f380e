import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The page of the fixture, loaded in an iframe so its CSP and scripts are its own. */
async function loadPage(page = 'index.html'): Promise<Window & { problems: string[]; warnings: string[]; bahth?: { openIndex: unknown } }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/script-tag/${page}`;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as never;
}

async function until<T>(check: () => T | undefined | null | false, what: string, ms = 5000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the script-tag build (dist/bahth.iife.js)', () => {
  it('loaded twice under a strict Content-Security-Policy: defines the element once, exposes openIndex, and searches', async () => {
    const win = await loadPage();
    expect(win.customElements.get('bahth-search')).to.be.a('function');
    expect(win.bahth?.openIndex).to.be.a('function');
    const widget = win.document.querySelector('bahth-search')!;
    const input = await until(() => widget.shadowRoot?.querySelector('input'), 'the input');
    input.focus();
    await sendKeys({ type: 'bread' });
    const options = await until(() => {
      const found = widget.shadowRoot!.querySelectorAll('[role="option"]');
      return found.length ? found : null;
    }, 'results');
    expect(options[0]!.textContent).to.contain('Bread prices climb in Beirut markets');
    expect(options[0]!.querySelector('mark')?.textContent).to.equal('Bread');
    // styles applied although inline <style> is forbidden (adopted stylesheets)
    expect(win.getComputedStyle(input).boxSizing).to.not.equal('');
    expect(win.problems).to.deep.equal([]);
  });

  /** Types `text` into the page's widget and resolves to its result options once they show. */
  async function searchIn(win: Window, text: string): Promise<NodeListOf<Element>> {
    const widget = win.document.querySelector('bahth-search')!;
    const input = await until(() => widget.shadowRoot?.querySelector('input'), 'the input');
    input.focus();
    await sendKeys({ type: text });
    return until(() => {
      const found = widget.shadowRoot!.querySelectorAll('[role="option"]');
      return found.length ? found : null;
    }, 'results');
  }

  it('imports its deferred part from beside it: snippets with marks, and a Latin name finds Arabic text', async () => {
    const win = await loadPage('cross-script.html');
    const options = await searchIn(win, 'Daraa');
    const arabic = await until(() => [...options].find((o) => o.getAttribute('lang') === 'ar' || o.querySelector('[lang="ar"]')), 'an Arabic result');
    expect(arabic.textContent).to.contain('درعا');
    const snippetMark = await until(() => arabic.querySelector('[part~="snippet"] mark'), 'a marked snippet');
    expect(snippetMark.textContent).to.contain('درعا');
    expect(win.problems).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });

  it('imports the reader of split postings from beside it for an index that has them (bahth.split.js)', async () => {
    const win = await loadPage('split.html');
    const options = await searchIn(win, 'minister');
    expect([...options].map((o) => o.querySelector('[part=title]')!.textContent)).to.include('Foreign minister meets Jordanian counterpart');
    const read = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(read.some((path) => path.endsWith('/dist/bahth.split.js')), read.join(' ')).to.equal(true);
    expect(read.some((path) => path.includes('/index-split/tails.')), 'a tail block').to.equal(true);
    expect(win.problems).to.deep.equal([]);
  });

  it('without its deferred file beside it, still searches (no snippets, the script typed only) and says why on the console', async () => {
    const win = await loadPage('alone.html');
    const options = await searchIn(win, 'bread');
    expect(options[0]!.textContent).to.contain('Bread prices climb in Beirut markets');
    expect(options[0]!.querySelector('[part~="title"] mark')?.textContent).to.equal('Bread');
    await until(() => win.warnings.length, 'a console warning');
    expect(win.warnings[0]).to.contain('bahth.deferred.js');
    expect(win.problems).to.deep.equal([]);
  });
});
