import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { plural } from '../../src/component/localize.js';
import { ar } from '../../src/component/translations/ar.js';
import { en } from '../../src/component/translations/en.js';
import { BahthHarness, INDEX, MISSING } from './harness/bahth-harness.js';

describe('<bahth-search> accessibility', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`has no axe violations in ${lang}: empty, with results and filter, and on error`, async () => {
      const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang=${lang}></bahth-search>`);
      await expect(h.el).to.be.accessible();
      await h.search('onerror'); // both languages: the filter shows
      await h.press('ArrowDown');
      expect(h.root.querySelector('[part=filter]')).to.not.equal(null);
      await expect(h.el).to.be.accessible();
      const broken = await BahthHarness.render(html`<bahth-search index=${MISSING} lang=${lang}></bahth-search>`);
      broken.el.focus();
      await broken.failed();
      await expect(broken.el).to.be.accessible();
    });
  }

  it('announces counts in a polite live region, in English', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    // the count shows at once; the live region (visually hidden) says it once typing pauses
    const live = h.root.querySelector('[role=status]')!;
    expect(live.classList.contains('sr')).to.equal(true);
    expect(h.root.querySelector('[part=status]')!.getAttribute('aria-hidden')).to.equal('true', 'not read twice');
    await h.search('minister');
    await h.el.updateComplete;
    expect(h.root.querySelector('[part=status]')!.textContent!.trim()).to.equal('4 results');
    expect(live.textContent!.trim()).to.equal('', 'announced only after a pause in typing');
    await h.statusIs('4 results');
    await h.clear();
    await h.search('olive');
    await h.statusIs('1 result');
    await h.clear();
    await h.search('xyzzy');
    await h.statusIs('No results for “\u2068xyzzy\u2069”. Check the spelling, or try another word.');
    await h.clear();
    await h.search('xyzzy plugh');
    await h.statusIs('No results for “\u2068xyzzy plugh\u2069”. Try a shorter query or fewer words.');
  });

  it('announces counts with Arabic plural forms and digits', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    await h.search('وزير');
    await h.statusIs('٤ نتائج');
    await h.clear();
    await h.search('الصحة');
    await h.statusIs('نتيجة واحدة');
    await h.clear();
    await h.search('onerror');
    await h.statusIs('نتيجتان');
    await h.clear();
    await h.search('xyzzy');
    await h.statusIs('لا نتائج لـ«\u2068xyzzy\u2069». تحقّق من الإملاء، أو جرّب كلمة أخرى.');
  });

  it('isolates the query in the no-results message, so a Latin query keeps its order in Arabic', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar"></bahth-search>`);
    await h.search('abc.');
    await h.el.updateComplete;
    const shown = h.root.querySelector('[part=status]')!;
    expect(shown.textContent).to.contain('«\u2068abc.\u2069»');
    // laid out: the full stop stays after "abc" (to its right), not moved to the left of it
    const range = document.createRange();
    const text = shown.firstChild!.nodeType === Node.TEXT_NODE ? shown.firstChild! : [...shown.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
    const at = text.textContent!.indexOf('abc.');
    const box = (i: number) => { range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect(); };
    expect(box(at + 3).left).to.be.greaterThan(box(at).left, 'the full stop is right of the a');
  });

  it('suggests all languages when a language filter hides every result', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('وزير');
    const english = [...h.root.querySelectorAll<HTMLInputElement>('[part=filter] input')].find((i) => i.value === 'en')!;
    english.click();
    await h.statusIs('No results for “\u2068وزير\u2069”. Try all languages.');
  });

  it('plural forms follow Intl.PluralRules for all six Arabic categories', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(ar, ar.count, n))).to.deep.equal([
      'لا نتائج', 'نتيجة واحدة', 'نتيجتان', '٣ نتائج', '١١ نتيجة', '١٠٠ نتيجة',
    ]);
    expect([1, 2, 1000].map((n) => plural(en, en.count, n))).to.deep.equal(['1 result', '2 results', '1,000 results']);
  });

  it('follows the page language when the element has none, and its own lang first', async () => {
    const html0 = document.documentElement.lang;
    try {
      document.documentElement.lang = 'ar';
      const h = await BahthHarness.render(html`<bahth-search index=${INDEX}></bahth-search>`);
      const base = h.root.querySelector<HTMLElement>('[part=base]')!;
      expect(h.input.labels![0]!.textContent).to.equal('بحث');
      expect(base.dir).to.equal('rtl');
      expect(getComputedStyle(h.input).direction).to.equal('rtl');
      document.documentElement.lang = 'en';
      await waitUntil(() => h.input.labels![0]!.textContent === 'Search', 'did not follow <html lang>');
      expect(base.dir).to.equal('ltr');
      h.el.lang = 'ar';
      await waitUntil(() => h.input.labels![0]!.textContent === 'بحث', 'did not follow its own lang');
    } finally {
      document.documentElement.lang = html0;
    }
  });

  it('takes its direction from the nearest dir when no lang says (<html dir="rtl">, a dir on an ancestor), its lang\'s otherwise', async () => {
    const root = document.documentElement;
    const [lang, dir] = [root.getAttribute('lang'), root.getAttribute('dir')];
    const restore = (name: string, value: string | null) => (value === null ? root.removeAttribute(name) : root.setAttribute(name, value));
    try {
      root.removeAttribute('lang');
      root.dir = 'rtl';
      const h = await BahthHarness.render(html`<bahth-search index=${INDEX}></bahth-search>`);
      const base = h.root.querySelector<HTMLElement>('[part=base]')!;
      expect(base.dir).to.equal('rtl');
      expect(getComputedStyle(h.input).direction).to.equal('rtl');
      const icon = h.root.querySelector('.field svg')!.getBoundingClientRect();
      expect(icon.left).to.be.above(h.input.getBoundingClientRect().left + h.input.getBoundingClientRect().width / 2, 'the icon at the start: on the right');
      root.dir = 'ltr';
      await waitUntil(() => base.dir === 'ltr', 'did not follow <html dir>');
      const nested = await BahthHarness.render(html`<div dir="rtl"><bahth-search index=${INDEX}></bahth-search></div>`);
      expect(nested.root.querySelector<HTMLElement>('[part=base]')!.dir).to.equal('rtl');
      const english = await BahthHarness.render(html`<div dir="rtl"><bahth-search index=${INDEX} lang="en"></bahth-search></div>`);
      expect(english.root.querySelector<HTMLElement>('[part=base]')!.dir).to.equal('ltr', 'a lang says: its direction');
      // inside another component's shadow root, <html> still counts
      root.dir = 'rtl';
      const host = document.createElement('div');
      document.body.append(host);
      try {
        host.attachShadow({ mode: 'open' }).innerHTML = `<bahth-search index="${INDEX}"></bahth-search>`;
        const shadowed = host.shadowRoot!.querySelector('bahth-search')!;
        await shadowed.updateComplete;
        expect(shadowed.shadowRoot!.querySelector<HTMLElement>('[part=base]')!.dir).to.equal('rtl');
        root.lang = 'ar';
        await waitUntil(() => shadowed.shadowRoot!.querySelector('label')!.textContent === 'بحث', 'did not follow <html lang> from a shadow root');
      } finally {
        host.remove();
      }
    } finally {
      restore('lang', lang);
      restore('dir', dir);
    }
  });

  it('shows a visible focus ring on the input and the active result', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.search('minister');
    expect(getComputedStyle(h.input).outlineStyle).to.equal('solid');
    await h.press('ArrowDown');
    expect(getComputedStyle(h.activeOption!).outlineStyle).to.equal('solid');
  });
});

describe('<bahth-search> shortcuts', () => {
  it('Ctrl+K and "/" focus the widget from the page', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await sendKeys({ press: 'Control+k' });
    expect(h.root.activeElement).to.equal(h.input);
    h.input.blur();
    await sendKeys({ press: '/' });
    expect(h.root.activeElement).to.equal(h.input);
    expect(h.input.value).to.equal('', 'the "/" was not typed');
  });

  it('"/" typed in another field stays there', async () => {
    const h = await BahthHarness.render(html`<div><input id="other" aria-label="other"><bahth-search index=${INDEX}></bahth-search></div>`);
    const other = h.el.parentElement!.querySelector<HTMLInputElement>('#other')!;
    other.focus();
    await sendKeys({ type: 'a/b' });
    expect(other.value).to.equal('a/b');
    expect(document.activeElement).to.equal(other);
  });

  it('shortcut="none" switches both off', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} shortcut="none"></bahth-search>`);
    await sendKeys({ press: 'Control+k' });
    await sendKeys({ press: '/' });
    expect(h.root.activeElement).to.equal(null);
  });
});

describe('<bahth-search variant="modal">', () => {
  it('opens a modal dialog with the same combobox on Ctrl+K, closes on one Escape, keeping the query', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en" variant="modal"></bahth-search>`);
    const dialog = h.root.querySelector('dialog')!;
    const button = h.root.querySelector<HTMLButtonElement>('[part=button]')!;
    expect(dialog.open).to.equal(false);
    expect(button.textContent).to.contain('Search');
    await sendKeys({ press: 'Control+k' });
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(h.root.activeElement).to.equal(h.input);
    await sendKeys({ type: 'olive' });
    await h.resultsFor('olive');
    expect(h.titles).to.deep.equal(['Olive harvest season begins in the villages']);
    await Promise.all(dialog.getAnimations().map((a) => a.finished)); // axe reads colors mid-fade otherwise
    await expect(h.el).to.be.accessible();
    await h.press('Escape');
    expect(dialog.open).to.equal(false);
    expect(h.input.value).to.equal('olive', 'kept for next time');
    await sendKeys({ press: 'Control+k' });
    expect(dialog.open).to.equal(true);
    expect(h.input.value).to.equal('olive');
    expect(h.titles).to.deep.equal(['Olive harvest season begins in the villages']);
  });

  it('opens from its button, in Arabic', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="ar" variant="modal"></bahth-search>`);
    const button = h.root.querySelector<HTMLButtonElement>('[part=button]')!;
    expect(button.textContent).to.contain('بحث');
    button.click();
    await h.el.updateComplete;
    expect(h.root.querySelector('dialog')!.open).to.equal(true);
    await sendKeys({ type: 'وزير' });
    await h.resultsFor('وزير');
    expect(h.options).to.have.length(4);
    await Promise.all(h.root.querySelector('dialog')!.getAnimations().map((a) => a.finished));
    await expect(h.el).to.be.accessible();
    h.root.querySelector<HTMLButtonElement>('[part=close]')!.click();
    expect(h.root.querySelector('dialog')!.open).to.equal(false);
  });
});

describe('<bahth-search> theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('exposes parts and custom properties to the page', async () => {
    const style = document.createElement('style');
    style.textContent = 'bahth-search::part(input) { border-color: rgb(1, 2, 3) } .themed { --bahth-mark-background: rgb(4, 5, 6) }';
    document.head.append(style);
    try {
      const h = await BahthHarness.render(html`<bahth-search class="themed" index=${INDEX} lang="en"></bahth-search>`);
      await h.search('minister');
      expect(getComputedStyle(h.input).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(h.root.querySelector('mark')!).backgroundColor).to.equal('rgb(4, 5, 6)');
      for (const part of ['input', 'listbox', 'option', 'mark', 'status', 'title', 'snippet', 'meta', 'filter']) {
        expect(h.root.querySelector(`[part~=${part}]`), part).to.not.equal(null);
      }
    } finally {
      style.remove();
    }
  });

  it('follows a dark color scheme and reduced motion', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en" variant="modal"></bahth-search>`);
    expect(getComputedStyle(h.input).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(h.input).backgroundColor).to.equal('rgb(29, 33, 38)');
    h.el.focus();
    const dialog = h.root.querySelector('dialog')!;
    expect(getComputedStyle(dialog).animationName).to.equal('bahth-in');
    dialog.close();
    await emulateMedia({ reducedMotion: 'reduce' });
    h.el.focus();
    expect(getComputedStyle(dialog).animationName).to.equal('none');
    dialog.close();
  });
});
