import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ar } from '../../src/component/translations/ar.js';
import { en } from '../../src/component/translations/en.js';
import { BahthHarness, INDEX, INDEX_EN } from './harness/bahth-harness.js';

/**
 * On a slow network, a keystroke whose index chunks are on their way says so after 300 ms, as
 * DocSearch shows its loading indicator: the status line reads "Searching…" (not the count of
 * the results still shown, an earlier query's) and the list is aria-busy. Chromium's own network
 * emulation (DevTools protocol) adds the latency to every request; nothing is preloaded.
 */
const cdp = (method: string, params: object = {}) => executeServerCommand('cdp', { method, params });
const slowNetwork = async (latency: number) => {
  await cdp('Network.enable');
  await cdp('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
};
/** Term chunks the page has fetched so far. */
const termChunksFetched = () => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith(`${INDEX}terms.`)).length;

const said = (h: BahthHarness) => {
  const out: string[] = [];
  const live = h.root.querySelector('[role=status]')!;
  new MutationObserver(() => out.push(live.textContent!.trim())).observe(live, { childList: true, characterData: true, subtree: true });
  return out;
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<bahth-search> on a slow network', () => {
  afterEach(() => slowNetwork(0));

  it('says "searching" while a query waits for its chunks, keeps the results shown meanwhile, and announces only the count', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en" preload-bytes="0"></bahth-search>`);
    const announced = said(h);
    // the first query: the index loads, then the query's chunks (each request 800 ms)
    await slowNetwork(800);
    await h.type('minister');
    await waitUntil(() => h.shownStatus === en.searching, `the status read "${h.shownStatus}"`, { timeout: 8000 });
    expect(h.listbox.getAttribute('aria-busy')).to.equal('true');
    const first = await h.listFor('minister');
    expect(first.hits).to.be.greaterThan(0);
    expect(h.shownStatus).to.not.equal(en.searching);
    expect(h.listbox.hasAttribute('aria-busy')).to.equal(false);
    const shown = h.titles;

    // a word of the other script, in another part of the index: its chunk is fetched while the last results stay
    const fetched = termChunksFetched();
    await h.replace('المستشفيات');
    await waitUntil(() => h.shownStatus === en.searching, `the status read "${h.shownStatus}"`, { timeout: 8000 });
    expect(h.titles, 'the results shown meanwhile').to.deep.equal(shown);
    expect(h.listbox.getAttribute('aria-busy')).to.equal('true');
    await h.listFor('المستشفيات');
    expect(termChunksFetched(), 'the second query fetched a term chunk').to.be.greaterThan(fetched);
    expect(h.listbox.hasAttribute('aria-busy')).to.equal(false);
    await pause(500); // the live region speaks 300 ms after the last change
    expect(announced, announced.join(' | ')).to.not.include(en.searching);
    expect(h.status).to.equal(h.shownStatus);
  });

  it('says it in Arabic in an Arabic interface', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX_EN} lang="ar" preload-bytes="0"></bahth-search>`);
    await slowNetwork(800);
    await h.type('minister');
    await waitUntil(() => h.shownStatus === ar.searching, `the status read "${h.shownStatus}"`, { timeout: 8000 });
    expect(h.listbox.getAttribute('aria-busy')).to.equal('true');
    await h.listFor('minister');
    expect(h.shownStatus).to.not.equal(ar.searching);
  });

  it('shows nothing of the kind when the chunks are in: the status goes from one count to the next', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en" preload-bytes="0"></bahth-search>`);
    await h.search('minister');
    const seen = new Set<string>();
    const line = h.root.querySelector('[part=status]')!;
    const observer = new MutationObserver(() => seen.add(line.textContent!.trim()));
    observer.observe(line, { childList: true, characterData: true, subtree: true });
    await slowNetwork(800);
    await h.clear();
    await h.type('minister'); // the chunks it needs are in: no request to wait for
    await h.listFor('minister');
    await pause(400);
    observer.disconnect();
    expect([...seen], [...seen].join(' | ')).to.not.include(en.searching);
  });
});
