import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ar } from '../../src/component/translations/ar.js';
import { en } from '../../src/component/translations/en.js';
import { BahthHarness, INDEX } from './harness/bahth-harness.js';

/** Typing into the widget as DocSearch users expect, in both interface languages and both variants. */
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const render = (variant: string, lang: string, limit = 10) =>
  BahthHarness.render(html`<bahth-search index=${INDEX} lang=${lang} variant=${variant} limit=${limit}></bahth-search>`);

/** Everything the live region says while `during` runs. */
async function announced(h: BahthHarness, during: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const live = h.root.querySelector('[role=status]')!;
  const observer = new MutationObserver(() => said.push(live.textContent!.trim()));
  observer.observe(live, { childList: true, characterData: true, subtree: true });
  try {
    await during();
    await pause(500); // the live region speaks 300 ms after the last change
  } finally {
    observer.disconnect();
  }
  return said.filter(Boolean);
}

for (const variant of ['inline', 'modal'] as const) {
  for (const lang of ['en', 'ar'] as const) {
    const t = lang === 'ar' ? ar : en;
    describe(`<bahth-search variant="${variant}" lang="${lang}"> while typing`, () => {
      it('says "keep typing", not "no results", while an Arabic word is only its article and a letter, and announces nothing then', async () => {
        const h = await render(variant, lang);
        const said = await announced(h, async () => {
          for (const letter of ['ا', 'ل', 'م']) {
            await h.type(letter);
            await h.listFor(h.input.value);
            expect(h.shownStatus, h.input.value).to.equal(t.keepTyping);
            expect(h.options, h.input.value).to.have.length(0);
            expect(h.panelOpen).to.equal(true);
          }
          await h.type('ستشف');
          await h.resultsFor('المستشف');
        });
        expect(h.titles).to.include('وزير الصحة يزور المستشفيات الجديدة في دمشق');
        expect(said.some((s) => s.startsWith(t.none.slice(0, 6))), said.join(' | ')).to.equal(false);
        expect(said.at(-1)).to.equal(t.count.one!.replace('{n}', '1'));
      });

      it('says "keep typing" after clitics, a lone letter or a stop word that found nothing, and "no results" for a finished word', async () => {
        const h = await render(variant, lang);
        for (const query of ['و', 'وبال', 'q', 'a']) {
          await h.type(query);
          await h.listFor(query);
          expect(h.shownStatus, query).to.equal(t.keepTyping);
          await pause(400);
          expect(h.status, `${query}: the live region stays quiet`).to.equal('');
          await h.clear();
        }
        await h.type('xyzzy ');
        await h.listFor('xyzzy ');
        expect(h.shownStatus).to.contain(t.hintWord);
      });

      it('makes the first result active at once: Enter opens it, the arrows move on from it', async () => {
        const h = await render(variant, lang);
        const takeOver = (e: Event) => e.preventDefault();
        h.el.addEventListener('bahth-select', takeOver);
        await h.search(lang === 'ar' ? 'وزير' : 'minister');
        expect(h.options.length).to.be.above(2);
        expect(h.activeOption).to.equal(h.options[0]);
        expect(h.options[0]!.getAttribute('aria-selected')).to.equal('true');
        await h.press('ArrowDown');
        expect(h.activeOption).to.equal(h.options[1]);
        await h.press('ArrowUp');
        expect(h.activeOption).to.equal(h.options[0]);
        const first = h.titles[0];
        await h.press('Enter');
        expect(h.selects.map((s) => s.hit.title)).to.deep.equal([first]);
        expect(h.selects[0]!.recent).to.equal(false);
        expect(h.input.getAttribute('aria-expanded')).to.equal('false');
        if (variant === 'modal') expect(h.dialog!.open).to.equal(false, 'choosing closes the dialog');
      });

      it('"Show more" adds the next `limit` results, and the count says how many are shown of how many', async () => {
        const h = await render(variant, lang, 2);
        await h.search('minister');
        expect(h.options).to.have.length(2);
        expect(h.shownStatus).to.equal(lang === 'ar' ? '٢ من ٤ نتائج' : '2 of 4 results');
        await h.statusIs(h.shownStatus);
        const more = h.more!;
        expect(more.textContent).to.equal(t.more);
        expect(more.getAttribute('part')).to.equal('more');
        if (variant === 'modal') await Promise.all(h.dialog!.getAnimations().map((a) => a.finished));
        await expect(h.el).to.be.accessible();
        const before = h.results.length;
        more.click();
        await waitUntil(() => h.results.length > before, 'Show more showed nothing');
        await h.resultsFor('minister');
        expect(h.results.length).to.equal(before + 1);
        expect(h.results.at(-1)).to.deep.equal({ query: 'minister', hits: 4, total: 4 });
        expect(h.options).to.have.length(4);
        expect(h.shownStatus).to.equal(lang === 'ar' ? '٤ نتائج' : '4 results');
        expect(h.more).to.equal(null, 'nothing more to show');
        expect(h.activeOption).to.equal(h.options[2], 'the first result added is active');
        expect(h.root.activeElement).to.equal(h.input, 'focus stays in the field');
        await h.type('s'); // "ministers": a new query starts again at `limit`
        await h.resultsFor('ministers');
        expect(h.options).to.have.length(2);
      });

      it('"Show more" works from the keyboard and gives focus back to the field', async () => {
        const h = await render(variant, lang, 3);
        await h.search('minister');
        const before = h.results.length;
        h.more!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => h.results.length > before, 'Show more showed nothing');
        await h.resultsFor('minister');
        expect(h.options).to.have.length(4);
        expect(h.root.activeElement).to.equal(h.input);
        expect(h.activeOption).to.equal(h.options[3]);
      });

      it('starts a snippet a few words before the match, in a sentence that does not restate the title', async () => {
        const h = await render(variant, lang);
        for (const [query, restated] of [['canal', 'south of Homs reopened'], ['القناة', 'جنوب حمص يوم الأحد']] as const) {
          await h.search(query);
          const snippet = h.options[0]!.querySelector('[part=snippet]')!;
          const mark = snippet.querySelector('mark')!;
          expect(mark.textContent).to.equal(query);
          expect(snippet.textContent).to.not.contain(restated);
          const before = snippet.textContent!.slice(0, snippet.textContent!.indexOf(mark.textContent!)).replace('…', '').trim();
          expect(before.split(/\s+/).length, `words before the match: "${before}"`).to.be.within(2, 4);
          await h.clear();
        }
      });
    });
  }
}
