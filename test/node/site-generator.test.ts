import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs script without declarations
import { findChromium, chromiumFlags } from '../../scripts/find-chromium.mjs';
// @ts-expect-error: a plain .mjs script without declarations
import { startServer } from '../../bench/lib/server.mjs';

/**
 * What a site owner does: build a bilingual site with a real static site generator (Eleventy,
 * from Markdown with front matter: test/fixtures/site/), run `bahth build` over the folder it
 * wrote, serve that folder over HTTP with `<bahth-search>` on its pages, and in Chromium type a
 * query in each language, choose a result with the keyboard and land on its page. Once served
 * at the root, once under a sub-path (Eleventy's --pathprefix, bahth's --base-url).
 */
const repo = resolve(import.meta.dirname, '../..');
const site = join(repo, 'test/fixtures/site');

interface Variant {
  name: string;
  /** Where the site is served: '/' or a sub-path. */
  prefix: string;
  /** Its folder in the test's work folder. */
  dir: string;
  /** The server's origin, once it runs. */
  origin?: string;
}
const variants: Variant[] = [
  { name: 'served at the root', prefix: '/', dir: 'root' },
  { name: 'served under /docs/ (--base-url)', prefix: '/docs/', dir: 'sub' },
];

function runOk(cmd: string, args: string[]): string {
  const result = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8' });
  assert.equal(result.status, 0, `${[cmd, ...args].join(' ')} failed:\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

/** Builds the site with Eleventy under `prefix`, then its index with `bahth build`; returns the folder and the build's summary. */
function buildSite(out: string, prefix: string): { folder: string; summary: string } {
  const folder = join(out, '_site');
  runOk(join(repo, 'node_modules/.bin/eleventy'), [`--config=${join(site, 'eleventy.config.js')}`, `--input=${join(site, 'src')}`,
    `--output=${folder}`, '--quiet', ...(prefix === '/' ? [] : [`--pathprefix=${prefix}`])]);
  const summary = runOk(process.execPath, [join(repo, 'dist/cli.js'), 'build', folder, '--out', join(folder, 'search-index'),
    ...(prefix === '/' ? [] : ['--base-url', prefix])]);
  return { folder, summary };
}

/** The widget's search field and its result options, in the open shadow root (Playwright's CSS pierces it). */
const field = (page: Page) => page.locator('bahth-search input[role=combobox]');
const optionTitles = (page: Page) => page.locator('bahth-search [role=option] [part=title]');

/**
 * Opens `url`, types `query` into the widget with key events, waits for the result titled
 * `title`, moves to it with ArrowDown and chooses it with Enter; resolves, once the page it links
 * to has loaded, to the words its snippet marked.
 */
async function searchAndChoose(page: Page, url: string, query: string, title: string): Promise<string[]> {
  await page.goto(url);
  await field(page).focus();
  await page.keyboard.type(query);
  await page.waitForFunction((t) => [...document.querySelector('bahth-search')!.shadowRoot!.querySelectorAll('[role=option] [part=title]')]
    .some((el) => el.textContent === t), title, { timeout: 10_000 });
  const titles = await optionTitles(page).allTextContents();
  // the first result is active as soon as results show
  for (let i = 0; i < titles.indexOf(title); i++) await page.keyboard.press('ArrowDown');
  const chosen = page.locator('bahth-search [role=option][aria-selected=true]');
  assert.equal(await chosen.locator('[part=title]').textContent(), title, 'the keyboard reached the result');
  const marks = chosen.locator('[part~=snippet] mark');
  await marks.first().waitFor({ timeout: 10_000 }); // snippets follow the titles
  const marked = await marks.allTextContents();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  return marked;
}

describe('a site built with Eleventy, indexed by bahth build, searched in Chromium', () => {
  let work: string;
  let browser: Browser;
  const servers: { close(): Promise<void> }[] = [];
  const summaries = new Map<string, string>();

  before(async () => {
    assert.ok(existsSync(join(repo, 'dist/bahth.iife.js')) && existsSync(join(repo, 'dist/cli.js')), 'dist/ is built (npm run build)');
    const executablePath = findChromium() as string | undefined;
    assert.ok(executablePath, 'Chromium is installed (or CHROME_PATH names it)');
    work = mkdtempSync(join(tmpdir(), 'bahth-eleventy-'));
    for (const variant of variants) {
      const { folder, summary } = buildSite(join(work, variant.dir), variant.prefix);
      summaries.set(variant.prefix, summary);
      // a static host: the folder at the prefix, nothing anywhere else
      const server = await startServer([[variant.prefix, folder]]);
      servers.push(server);
      variant.origin = server.origin as string;
    }
    browser = await chromium.launch({ executablePath, headless: true, args: chromiumFlags as string[] });
  });
  after(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const variant of variants) {
    describe(variant.name, () => {
      const base = () => `${variant.origin}${variant.prefix}`;

      it('indexes every page Eleventy wrote, in both languages, each with the URL it is served at', () => {
        const summary = summaries.get(variant.prefix)!;
        assert.match(summary, /^indexed 7 documents \(ar 3, en 4\) from 7 files/m);
        assert.doesNotMatch(summary, /without a URL/);
      });

      it('English: a typed query, a result chosen with the keyboard, its page open', async () => {
        const page = await browser.newPage();
        try {
          const marked = await searchAndChoose(page, `${base()}en/`, 'lighthouse kee', 'The last lighthouse keeper');
          assert.ok(marked.includes('lighthouse'), `marked: ${marked.join(', ')}`);
          assert.equal(page.url(), `${base()}en/lighthouse/`);
          assert.equal(await page.locator('h1').textContent(), 'The last lighthouse keeper');
        } finally {
          await page.close();
        }
      });

      it('Arabic: a query typed without vowel marks marks the vocalized word, and the page at its Arabic path opens', async () => {
        const page = await browser.newPage();
        try {
          const marked = await searchAndChoose(page, `${base()}ar/`, 'الرافعات', 'عودة الرافعات إلى الرصيف');
          // whichever passage the snippet shows, the word is marked with its vowel marks
          assert.ok(marked.some((word) => /[\u064B-\u0652]/.test(word) && word.replace(/[\u064B-\u0652]/g, '') === 'الرافعات'), `marked: ${marked.join(', ')}`);
          assert.equal(decodeURIComponent(new URL(page.url()).pathname), `${variant.prefix}ar/الرافعات/`);
          assert.equal(await page.locator('h1').textContent(), 'عودة الرافعات إلى الرصيف');
          assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
        } finally {
          await page.close();
        }
      });
    });
  }
});
