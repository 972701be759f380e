import { expect } from '@open-wc/testing';
import { openIndex, BahthIndexError } from '../../src/index.js';

const fixtures = new URL('/test/fixtures/built/', location.href).href;
const fetched = () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/fixtures/built/'));

describe('openIndex in Chromium, over HTTP', () => {
  it('fetches only the manifest when opened', async () => {
    performance.clearResourceTimings();
    const index = await openIndex(`${fixtures}news-chunked/`);
    expect(index.documentCount).to.equal(10);
    expect(fetched().map((n) => n.split('/').pop())).to.deep.equal(['manifest.json']);
  });

  it('finds Arabic and English documents as the user types, fetching just the chunks needed', async () => {
    const index = await openIndex(`${fixtures}news-chunked/`);
    performance.clearResourceTimings();
    const [ar] = await index.search('المستش');
    expect(ar?.id).to.equal('ar-health-1');
    expect(ar?.dir).to.equal('rtl');
    const chunksFetched = fetched().filter((n) => n.includes('/terms.')).length;
    expect(chunksFetched).to.be.greaterThan(0);
    const [en] = await index.search('negotiations');
    expect(en?.id).to.equal('en-politics-1');
    expect(en?.snippetMarks.length).to.be.greaterThan(0);
  });

  it('marks the vocalized original word when searching without diacritics', async () => {
    const index = await openIndex(`${fixtures}news/`);
    const [hit] = await index.search('وزير الصحة ');
    expect(hit?.id).to.equal('ar-health-1');
    const marked = hit!.snippetMarks.map((m) => hit!.snippet.slice(m.start, m.end));
    expect(marked).to.include('وزيرُ');
  });

  it('rejects a missing index with a not-found BahthIndexError', async () => {
    let caught: unknown;
    try {
      await openIndex(`${fixtures}does-not-exist/`);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(BahthIndexError);
    expect((caught as BahthIndexError).code).to.equal('not-found');
  });
});
