import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { parse as parseYaml } from 'yaml';
import { decodeText } from '../../corpus-build/core/decode.js';
import { readTxt } from '../../corpus-build/readers/txt.js';
import { readMarkdown } from '../../corpus-build/readers/markdown.js';
import { readHtml } from '../../corpus-build/readers/html.js';
import { readJsonl } from '../../corpus-build/readers/records.js';
import { readDate } from '../../corpus-build/core/date.js';

/*
 * Checks the readers against the shared corpus (real pages copied from websites). Its text may
 * not be copied into this repository, so the expectations below are line numbers and structure,
 * never text. The shared corpus sits beside a checkout that has it (`../shared/corpus`); where it
 * is absent these tests are not defined at all.
 */
const repo = resolve(import.meta.dirname, '../..');
const seeds = resolve(repo, '../shared/corpus/seeds');
const raw = resolve(repo, '../shared/corpus/raw-sample');
const collapse = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();

/** The file's lines (1-based: `lines[n - 1]`), whitespace collapsed, after decoding. */
function fileLines(path: string): string[] {
  return decodeText(new Uint8Array(readFileSync(path)), path).split('\n').map(collapse);
}

/**
 * What each seed page should give, by 1-based line number: `title` is the line that is the
 * title (`derived` when the page has no headline and the title comes from line 1, which then
 * stays in the body); `chrome` are the lines that must not be in the body. Every other
 * non-empty line is article text and must be a paragraph of the body.
 */
const SEED_EXPECTATIONS: Record<string, { title: number | 'derived'; chrome: number[] }> = {
  '000_8b44878d00b486f6.txt': { title: 'derived', chrome: [] },
  '001_bdd4b74d48a2ea2b.txt': { title: 'derived', chrome: [15, 16] }, // comments heading, form note
  '002_461ccf709eacb36c.txt': { title: 3, chrome: [1, 6, 36] }, // logo alt, title repeated, keywords label
  '003_18b797061351f767.txt': { title: 1, chrome: [21, 23, 25, 27] }, // related heading, comment form, back to top
  '004_8f464e81e5d924a3.txt': { title: 3, chrome: [1, 13, 15, 17, 19, 21, 23, 25] }, // title + site name, related list
};

if (existsSync(seeds)) {
  describe('shared seed pages (.txt copied from websites)', () => {
    for (const [name, expected] of Object.entries(SEED_EXPECTATIONS)) {
      it(`${name}: title, no chrome line, every article line`, () => {
        const path = join(seeds, name);
        const lines = fileLines(path);
        const doc = readTxt(lines.join('\n'), name);
        const body = doc.body.split('\n\n');
        if (expected.title === 'derived') {
          assert.ok(doc.title.length > 20, 'a title was made');
          assert.ok(lines[0]!.includes(doc.title.replace(/ …$/, '')), 'from the first line');
          assert.ok(body.includes(lines[0]!), 'the first line stays in the body');
        } else {
          assert.equal(doc.title, lines[expected.title - 1]);
          assert.ok(!body.includes(doc.title), 'the title is not repeated in the body');
        }
        for (const n of expected.chrome) assert.ok(!doc.body.includes(lines[n - 1]!), `chrome line ${n} is not in the body`);
        lines.forEach((line, i) => {
          const n = i + 1;
          if (!line || n === expected.title || expected.chrome.includes(n)) return;
          assert.ok(body.includes(line), `article line ${n} is a paragraph of the body`);
        });
      });
    }
  });
}

if (existsSync(raw)) {
  describe('shared raw samples', () => {
    const files = readdirSync(raw).sort();

    it('.txt: the first line is the title and every other line is a body paragraph', () => {
      const txt = files.filter((f) => f.endsWith('.txt'));
      assert.ok(txt.length > 0);
      for (const f of txt) {
        const lines = fileLines(join(raw, f)).filter(Boolean);
        const doc = readTxt(lines.join('\n'), f);
        assert.equal(doc.title, lines[0], f);
        assert.deepEqual(doc.body.split('\n\n'), lines.slice(1), f);
      }
    });

    it('.md: front matter title and fields, every paragraph in the body', () => {
      const md = files.filter((f) => f.endsWith('.md'));
      assert.ok(md.length > 0);
      for (const f of md) {
        const text = decodeText(new Uint8Array(readFileSync(join(raw, f))), f);
        const [, front = '', content = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
        const data = parseYaml(front) as Record<string, unknown>;
        const doc = readMarkdown(text, f);
        assert.equal(doc.title, data.title, f);
        assert.equal(doc.lang, data.lang, f);
        assert.equal(doc.source, data.source, f);
        assert.equal(doc.date, data.date, f);
        assert.deepEqual(doc.body.split('\n\n'), content.split(/\n\s*\n/).map(collapse).filter(Boolean), f);
      }
    });

    it('.html: h1 title, metadata, every article paragraph, nothing from the page furniture', () => {
      const html = files.filter((f) => f.endsWith('.html'));
      assert.ok(html.length > 0);
      for (const f of html) {
        const text = decodeText(new Uint8Array(readFileSync(join(raw, f))), f);
        const doc = readHtml(text, f);
        // An independent oracle for this template: the article paragraphs and the furniture.
        const dom = parseDocument(text);
        const byClass = (cls: string) => DomUtils.findAll((el) => (el.attribs.class ?? '').split(' ').includes(cls), dom.children);
        const h1 = collapse(DomUtils.textContent(DomUtils.findAll((el) => el.name === 'h1', dom.children)[0]!));
        const paras = byClass('entry-content').flatMap((c) => DomUtils.findAll((el) => el.name === 'p', [c])).map((p) => collapse(DomUtils.textContent(p)));
        // a promo after a rule line (-----) closing the article is page chrome, not article text
        const rule = paras.findIndex((p) => !/[\p{L}\p{N}]/u.test(p));
        const article = (rule >= 0 ? paras.slice(0, rule) : paras).filter((p) => /[\p{L}\p{N}]/u.test(p));
        const furniture = DomUtils.findAll((el) => ['nav', 'aside', 'footer', 'form', 'header'].includes(el.name) || el.attribs.id === 'comments', dom.children)
          .concat(byClass('share-bar'), byClass('cookie-bar'), byClass('topbar'))
          .flatMap((el) => DomUtils.findAll((c) => ['a', 'p', 'li', 'h2', 'h3', 'label', 'button', 'div'].includes(c.name), [el]).concat(el))
          .map((el) => collapse(DomUtils.textContent(el)))
          .filter((t) => t.split(' ').length >= 2 && t !== h1);
        assert.equal(doc.title, h1, f);
        assert.ok(['ar', 'en'].includes(doc.lang ?? ''), f);
        assert.ok(doc.source, f);
        assert.deepEqual(doc.body.split('\n\n'), article, f);
        for (const t of furniture) assert.ok(!doc.body.includes(t), `${f}: furniture text is not in the body`);
      }
    });

    it('.jsonl: every record, with its id, and no errors', () => {
      const f = files.find((x) => x.endsWith('.jsonl'))!;
      const text = decodeText(new Uint8Array(readFileSync(join(raw, f))), f);
      const { documents, errors } = readJsonl(text, f);
      const lines = text.split('\n').filter((l) => l.trim());
      assert.deepEqual(errors, []);
      assert.deepEqual(documents.map((d) => d.id), lines.map((l) => String(JSON.parse(l).id)));
      assert.ok(documents.every((d) => d.title && d.body && (d.lang === 'ar' || d.lang === 'en')));
    });
  });
}

describe('readDate', () => {
  it('keeps ISO 8601 dates and date-times, writing them as every browser reads them', () => {
    assert.deepEqual(readDate('2024-02-29'), { date: '2024-02-29' });
    assert.deepEqual(readDate(' 2025 '), { date: '2025' });
    assert.deepEqual(readDate('2025-05'), { date: '2025-05' });
    assert.deepEqual(readDate('2024-05-19T09:05:00+02:00'), { date: '2024-05-19T09:05:00+02:00' });
    assert.deepEqual(readDate('2024-05-01 10:00'), { date: '2024-05-01T10:00' });
    assert.deepEqual(readDate('2024-05-01 10:00:12,5 +0200'), { date: '2024-05-01T10:00:12.5+02:00' });
    assert.deepEqual(readDate('2024-05-01t10:00z'), { date: '2024-05-01T10:00Z' });
  });

  it('reads Arabic-Indic digits and dates with a month name', () => {
    assert.deepEqual(readDate('٢٠٢٤-٠٥-٠١'), { date: '2024-05-01' });
    assert.deepEqual(readDate('۲۰۲۴-۰۵-۰۱'), { date: '2024-05-01' });
    assert.deepEqual(readDate('May 3, 2025'), { date: '2025-05-03' });
    assert.deepEqual(readDate('Tue, 12 May 2019 10:00:00 GMT'), { date: '2019-05-12T10:00:00Z' });
  });

  it('refuses days that do not exist, ambiguous numeric dates and words', () => {
    for (const raw of ['2024-02-30', '2023-02-29', '2018-13-45', '2024-02-30T10:00:00Z', '2024-05-01T24:00', '05/12/2019', 'yesterday-ish', '']) {
      const reading = readDate(raw);
      assert.ok('problem' in reading, raw);
      assert.match(reading.problem, /is not a valid date \(use ISO 8601, e\.g\. 2025-05-03\); left out/);
    }
  });
});
