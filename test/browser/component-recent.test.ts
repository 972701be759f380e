import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ar } from '../../src/component/translations/ar.js';
import { en } from '../../src/component/translations/en.js';
import { BahthHarness, INDEX, INDEX_EN } from './harness/bahth-harness.js';

/** The recent results stored in localStorage, by key. */
function stored(): Record<string, Array<{ id: string; title: string; url?: string }>> {
  const out: Record<string, Array<{ id: string; title: string }>> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (key.startsWith('bahth-recent:')) out[key] = JSON.parse(localStorage.getItem(key)!);
  }
  return out;
}
const keyOf = (index: string) => `bahth-recent:${new URL(index, document.baseURI).href}`;

/** Searches `query` and opens its first result with Enter (the page stays: the host takes the event). */
async function chooseFirst(h: BahthHarness, query: string): Promise<string> {
  await h.replace(query);
  await h.resultsFor(query);
  const title = h.titles[0]!;
  await h.press('Enter');
  return title;
}

/** Comes back to the field (focus leaves it first) and empties it. */
async function emptyField(h: BahthHarness): Promise<void> {
  h.input.blur();
  h.el.focus();
  await h.clear();
}

for (const variant of ['inline', 'modal'] as const) {
  for (const lang of ['en', 'ar'] as const) {
    const t = lang === 'ar' ? ar : en;
    describe(`<bahth-search variant="${variant}" lang="${lang}"> recent results`, () => {
      const stay = (e: Event) => e.preventDefault();
      before(() => document.addEventListener('bahth-select', stay));
      after(() => document.removeEventListener('bahth-select', stay));
      const render = (history = 'on', index = INDEX) =>
        BahthHarness.render(html`<bahth-search index=${index} lang=${lang} variant=${variant} history=${history}></bahth-search>`);

      it('stores nothing until a result is chosen, then the chosen one, per index', async () => {
        const h = await render();
        await h.type('minister');
        await h.resultsFor('minister');
        await h.press('ArrowDown');
        await h.clear();
        await h.type('وزير');
        await h.resultsFor('وزير');
        expect(stored()).to.deep.equal({}, 'typing, moving and clearing store nothing');
        const title = await chooseFirst(h, 'olive');
        expect(Object.keys(stored())).to.deep.equal([keyOf(INDEX)]);
        expect(stored()[keyOf(INDEX)]).to.deep.equal([{ id: 'en-4', title, url: '#en-4', lang: 'en', dir: 'ltr' }]);
        // another index has its own list
        const other = await render('on', INDEX_EN);
        other.el.focus();
        await other.el.updateComplete;
        expect(other.options).to.have.length(0);
        expect(other.panelOpen).to.equal(false);
      });

      it('an empty field offers the last five chosen, newest first, the first active; Enter opens one again', async () => {
        const h = await render();
        const chosen: string[] = [];
        for (const q of ['olive', 'library', 'canal', 'الزيتون', 'مكتبة', 'hospitals']) chosen.unshift(await chooseFirst(h, q));
        await emptyField(h);
        expect(h.titles).to.deep.equal(chosen.slice(0, 5));
        expect(h.shownStatus).to.equal(t.recent);
        expect(h.listbox.getAttribute('aria-label')).to.equal(t.recent);
        expect(h.input.getAttribute('aria-expanded')).to.equal('true');
        expect(h.activeOption).to.equal(h.options[0]);
        expect(h.options.map((o) => o.dir)).to.include('rtl').and.include('ltr');
        expect(h.options[0]!.getAttribute('aria-description')).to.equal(t.removeHint);
        if (variant === 'modal') await Promise.all(h.dialog!.getAnimations().map((a) => a.finished));
        await expect(h.el).to.be.accessible();
        await h.press('ArrowDown');
        const second = h.titles[1];
        const before = h.selects.length;
        await h.press('Enter');
        expect(h.selects.length).to.equal(before + 1);
        expect(h.selects.at(-1)!.hit.title).to.equal(second);
        expect(h.selects.at(-1)!.recent).to.equal(true);
        await emptyField(h);
        expect(h.titles[0]).to.equal(second, 'opened again: first in the list');
        // typing shows results instead, and emptying the field brings the list back
        await h.type('minister');
        await h.resultsFor('minister');
        expect(h.shownStatus).to.not.equal(t.recent);
        await h.clear();
        expect(h.titles[0]).to.equal(second);
      });

      it('removes one with its × (a real click) or with Delete, and closes when none is left', async () => {
        const h = await render();
        const first = await chooseFirst(h, 'olive');
        const second = await chooseFirst(h, 'library');
        const third = await chooseFirst(h, 'canal');
        await emptyField(h);
        expect(h.titles).to.deep.equal([third, second, first]);
        const chosen = h.selects.length;
        const x = h.options[1]!.querySelector<HTMLElement>('.remove')!;
        const box = x.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
        await resetMouse();
        await h.el.updateComplete;
        expect(h.titles).to.deep.equal([third, first]);
        expect(h.selects.length).to.equal(chosen, 'removing is not choosing');
        expect(stored()[keyOf(INDEX)]!.map((k) => k.title)).to.deep.equal([third, first]);
        expect(h.root.activeElement).to.equal(h.input);
        expect(h.activeOption).to.equal(h.options[1], 'the next one takes the place (and the activity) of the one removed');
        await h.press('Delete');
        expect(h.titles).to.deep.equal([third]);
        expect(h.activeOption).to.equal(h.options[0]);
        await h.press('Delete');
        expect(h.options).to.have.length(0);
        expect(h.panelOpen).to.equal(false);
        expect(stored()[keyOf(INDEX)]).to.deep.equal([]);
        if (variant === 'modal') expect(h.dialog!.open).to.equal(true, 'Delete does not close the dialog');
      });

      it('history="off" shows none and stores none', async () => {
        const h = await render();
        await chooseFirst(h, 'olive');
        const off = await render('off');
        await chooseFirst(off, 'library');
        expect(stored()[keyOf(INDEX)]!.map((k) => k.id)).to.deep.equal(['en-4'], 'the choice made with history off was not stored');
        await emptyField(off);
        expect(off.options).to.have.length(0);
        expect(off.panelOpen).to.equal(false);
        expect(off.shownStatus).to.equal('');
      });
    });
  }
}

describe('<bahth-search> recent results in storage', () => {
  it('ignores what it cannot read, and keeps working when storage refuses to keep more', async () => {
    localStorage.setItem(keyOf(INDEX), '{not json');
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    h.el.focus();
    await h.el.updateComplete;
    expect(h.options).to.have.length(0);
    localStorage.setItem(keyOf(INDEX), JSON.stringify([{ id: 'en-4', title: 'Olive harvest season begins in the villages', url: '#en-4', lang: 'en', dir: 'ltr' }, { title: 'no id' }, 'text']));
    h.input.blur();
    h.el.focus();
    await h.el.updateComplete;
    expect(h.titles).to.deep.equal(['Olive harvest season begins in the villages']);
    await sendKeys({ press: 'Escape' });
  });
});
