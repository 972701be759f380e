import { expect, html } from '@open-wc/testing';
import { en } from '../../src/component/translations/en.js';
import { BahthHarness, INDEX, INDEX_SPLIT } from './harness/bahth-harness.js';

/**
 * An index with split postings (format 6: a common word's lower-impact postings in tail blocks,
 * read through the split reader, a file of its own) shows what the same records unsplit show.
 */
describe('<bahth-search> over an index with split postings', () => {
  it('shows the results of the unsplit index, in their order, with an exact or an "at least" count', async () => {
    const whole = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en" limit="3" preload-bytes="0"></bahth-search>`);
    const split = await BahthHarness.render(html`<bahth-search index=${INDEX_SPLIT} lang="en" limit="3" preload-bytes="0"></bahth-search>`);
    let tailsRead = false;
    for (const query of ['minister', 'وزير', 'water', 'المياه', 'year']) {
      // one at a time: a widget's list closes when the other takes the focus
      const a = await whole.search(query);
      const [titles, count] = [whole.titles, whole.shownStatus];
      const b = await split.search(query);
      expect(titles.length, query).to.be.greaterThan(0);
      expect(split.titles, query).to.deep.equal(titles);
      expect(b.hits, query).to.equal(a.hits);
      expect(split.shownStatus === count || split.shownStatus.startsWith(en.atLeast.replace('{count}', '')), `${query}: ${split.shownStatus} / ${count}`).to.equal(true);
      tailsRead ||= performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.startsWith(`${INDEX_SPLIT}tails.`));
      await whole.clear();
      await split.clear();
    }
    expect(tailsRead, 'a tail block was read').to.equal(true);
  });
});
