import { expect, html } from '@open-wc/testing';
import { BahthHarness, INDEX } from './harness/bahth-harness.js';

/** The marked words of the shown option of document `url`: its title's, then its snippet's. */
function marksOf(h: BahthHarness, url: string): string[] {
  const option = h.options.find((o) => o.getAttribute('href') === url);
  expect(option, `a result for ${url}`).to.exist;
  return [...option!.querySelectorAll('mark')].map((m) => m.textContent!);
}

describe('<bahth-search>: typing through a suffix', () => {
  it('keeps the result and its marks at every letter of المستشفيات and hospitals', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    await h.type('المستشفي');
    for (const letter of ['', 'ا', 'ت']) {
      if (letter) await h.type(letter);
      await h.resultsFor(h.input.value);
      expect(marksOf(h, '#ar-1'), h.input.value).to.include('المستشفيات');
    }
    await h.clear();
    await h.type('hospita');
    for (const letter of ['', 'l', 's']) {
      if (letter) await h.type(letter);
      await h.resultsFor(h.input.value);
      expect(marksOf(h, '#en-1'), h.input.value).to.include('hospitals');
    }
  });
});
