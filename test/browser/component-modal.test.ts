import { expect, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { ar } from '../../src/component/translations/ar.js';
import { en } from '../../src/component/translations/en.js';
import { BahthHarness, INDEX } from './harness/bahth-harness.js';

/** Sends a Chrome DevTools Protocol command to this page (see web-test-runner.config.mjs). */
const cdp = (method: string, params: object) => executeServerCommand('cdp', { method, params });
const settled = (h: BahthHarness) => Promise.all(h.dialog!.getAnimations().map((a) => a.finished));

for (const lang of ['en', 'ar'] as const) {
  const t = lang === 'ar' ? ar : en;
  describe(`<bahth-search variant="modal" lang="${lang}">`, () => {
    const render = (shortcut = 'k') =>
      BahthHarness.render(html`<div><button id="opener">before</button><bahth-search index=${INDEX} lang=${lang} variant="modal" shortcut=${shortcut}></bahth-search></div>`);

    it('closes on one Escape with a query typed and its list open, keeping the query for next time', async () => {
      const h = await render();
      await h.type('minister');
      await h.resultsFor('minister');
      await h.press('ArrowDown');
      await h.press('Escape');
      expect(h.dialog!.open).to.equal(false);
      h.el.focus();
      await h.el.updateComplete;
      expect(h.input.value).to.equal('minister');
      expect(h.input.getAttribute('aria-expanded')).to.equal('true', 'its results show again');
      await sendKeys({ press: 'Control+k' });
      expect(h.dialog!.open).to.equal(false, 'Ctrl+K closes it too, as it opened it');
    });

    it('gives focus back to what opened it: the element focused before Ctrl+K, else its own button', async () => {
      const h = await render();
      const opener = h.el.parentElement!.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      await sendKeys({ press: 'Control+k' });
      expect(h.dialog!.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await h.el.updateComplete;
      expect(document.activeElement === opener, 'the page\'s button has focus again').to.equal(true);
      opener.blur();
      expect(document.activeElement).to.equal(document.body);
      await sendKeys({ press: 'Control+k' });
      await sendKeys({ press: 'Escape' });
      await new Promise((r) => setTimeout(r)); // the dialog's close event
      const button = h.root.querySelector('[part=button]');
      expect(h.root.activeElement === button, 'the button has focus, not <body>').to.equal(true);
      // and the button, clicked, gets it back (closing by Close)
      h.root.querySelector<HTMLButtonElement>('[part=button]')!.click();
      h.root.querySelector<HTMLButtonElement>('[part=close]')!.click();
      await new Promise((r) => setTimeout(r));
      expect(h.root.activeElement === button, 'the button has focus').to.equal(true);
    });

    it('shows a search icon in the field and on its button, the Close button beside the field, and localized key hints', async () => {
      const h = await render();
      h.el.focus();
      await settled(h);
      for (const where of ['[part=button]', '.field']) {
        const icon = h.root.querySelector(`${where} svg`)!;
        expect(icon.getAttribute('aria-hidden'), where).to.equal('true');
        expect(icon.getBoundingClientRect().width, where).to.be.above(8);
      }
      const field = h.input.getBoundingClientRect();
      const close = h.root.querySelector('[part=close]')!.getBoundingClientRect();
      expect(Math.abs(close.top + close.height / 2 - (field.top + field.height / 2))).to.be.below(4, 'on the field\'s row');
      // the icon sits at the field's start: right of the text in Arabic, left in English
      const icon = h.root.querySelector('.field svg')!.getBoundingClientRect();
      if (lang === 'ar') expect(icon.right).to.be.closeTo(field.right, 30);
      else expect(icon.left).to.be.closeTo(field.left, 30);
      const footer = h.root.querySelector('[part=footer]')!;
      expect(footer.getAttribute('aria-hidden')).to.equal('true', 'hints for sighted keyboard users; screen readers know the combobox');
      const hints = [...footer.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
      expect(hints).to.deep.equal([`↑ ↓ ${t.move}`, `↵ ${t.open}`, `Esc ${t.close}`, `Ctrl K ${t.search}`]);
      expect(getComputedStyle(footer).display).to.not.equal('none');
      await expect(h.el).to.be.accessible();
    });

    it('closes on a click beside it, not on a click inside it, near its edge', async () => {
      const h = await render();
      h.el.focus();
      await settled(h);
      const box = h.dialog!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 12), Math.round(box.top + 12)] });
      expect(h.dialog!.open).to.equal(true);
      await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.bottom + 20)] });
      expect(h.dialog!.open).to.equal(false);
      await resetMouse();
    });

    it('names ⌘ on Apple platforms, in the footer and on the button', async () => {
      await cdp('Emulation.setUserAgentOverride', { userAgent: navigator.userAgent, platform: 'MacIntel' });
      try {
        const h = await render();
        expect(h.root.querySelector('[part=button] kbd')!.textContent).to.equal('⌘ K');
        expect(h.root.querySelector('[part=footer]')!.textContent).to.contain('⌘ K');
      } finally {
        await cdp('Emulation.setUserAgentOverride', { userAgent: '' });
      }
    });

    it('shows no keyboard badge or key hints on a touch screen (pointer: coarse), and none without a shortcut', async () => {
      await cdp('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      try {
        expect(matchMedia('(pointer: coarse)').matches).to.equal(true);
        const h = await render();
        expect(getComputedStyle(h.root.querySelector('[part=button] kbd')!).display).to.equal('none');
        h.el.focus();
        expect(getComputedStyle(h.root.querySelector('[part=footer]')!).display).to.equal('none');
        h.dialog!.close();
      } finally {
        await cdp('Emulation.setTouchEmulationEnabled', { enabled: false });
      }
      const none = await render('none');
      expect(none.root.querySelector('[part=button] kbd')).to.equal(null);
      expect(none.root.querySelector('[part=footer]')!.textContent).to.not.contain('K');
    });
  });
}

describe('<bahth-search variant="inline">', () => {
  it('shows a search icon at the start of its field, which leaves room for it', async () => {
    for (const lang of ['en', 'ar']) {
      const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang=${lang}></bahth-search>`);
      const icon = h.root.querySelector('.field svg')!.getBoundingClientRect();
      const field = h.input.getBoundingClientRect();
      const padding = parseFloat(getComputedStyle(h.input).paddingInlineStart);
      if (lang === 'ar') expect(field.right - icon.left).to.be.at.most(padding, 'the typed text starts after the icon');
      else expect(icon.right - field.left).to.be.at.most(padding, 'the typed text starts after the icon');
      expect(h.root.querySelector('[part=footer]')).to.equal(null, 'the key hints are the dialog\'s');
    }
  });
});
