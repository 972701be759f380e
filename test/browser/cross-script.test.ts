import { expect, html } from '@open-wc/testing';
import { BahthHarness } from './harness/bahth-harness.js';

/** An index of test/fixtures/cross-script-docs.ts (built by test/fixtures/build-fixtures.ts). */
const INDEX = '/test/fixtures/built/cross-script/';

const marked = (h: BahthHarness, option = 0) => [...h.options[option]!.querySelectorAll('mark')].map((m) => m.textContent);

describe('<bahth-search> across scripts', () => {
  it('says what a query typed on the other keyboard layout was searched as, at once and in its live region', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    const detail = await h.search('hgrhivm');
    expect(detail.query).to.equal('hgrhivm');
    expect(detail.readAs).to.equal('القاهرة');
    expect(h.input.value).to.equal('hgrhivm', 'the field keeps what was typed');
    const line = `Results for “\u2068القاهرة\u2069”: ${detail.total} ${detail.total === 1 ? 'result' : 'results'}`;
    await h.el.updateComplete;
    expect(h.root.querySelector('[part=status]')!.textContent!.trim()).to.equal(line);
    await h.statusIs(line);
    expect(h.options[0]!.getAttribute('dir')).to.equal('rtl');
    expect(marked(h)).to.include('القاهرة');
  });

  it('says it in Arabic too, and not for a query read as typed', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    await h.search('لخرثقىةثىف');
    await h.el.updateComplete;
    expect(h.root.querySelector('[part=status]')!.textContent!.trim()).to.match(/^نتائج «\u2068government\u2069»: /);
    expect(marked(h)).to.include('government');
    await h.clear();
    await h.search('القاهرة');
    await h.el.updateComplete;
    expect(h.root.querySelector('[part=status]')!.textContent).not.to.contain('«');
  });

  it('marks the Arabic words a Latin name found, and keeps English results of an English query first', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('Hezbollah');
    expect(marked(h)).to.include.members(['حزب', 'الله']);
    await h.clear();
    await h.search('Daraa');
    expect(h.options.map((o) => o.getAttribute('lang'))).to.deep.equal(['en', 'ar']);
    expect(marked(h, 1)).to.include('درعا');
  });
});
