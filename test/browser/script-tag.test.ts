import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The page of the fixture, loaded in an iframe so its CSP and scripts are its own. */
async function loadPage(): Promise<Window & { problems: string[]; bahth?: { openIndex: unknown } }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/fixtures/script-tag/index.html';
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
});
