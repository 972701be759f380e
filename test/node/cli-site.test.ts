import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { openIndex } from '../../src/engine.js';
import type { BahthIndex } from '../../src/search/types.js';

/**
 * `bahth build` over the folder a static site generator wrote: URLs from paths, --base-url,
 * data-bahth-body and data-bahth-ignore, pages with the same text.
 */
const repo = resolve(import.meta.dirname, '../..');
const cli = join(repo, 'dist/cli.js');
const bahth = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

/** A built page: header, navigation, the article, footer; `attrs` go on its <main>. */
const page = (lang: string, title: string, text: string, { attrs = '', head = '', extra = '' } = {}) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title} | Harbour Post</title>${head}</head>
<body><header><a href="/">Harbour Post</a></header>
<nav><a href="/en/">English</a> <a href="/ar/">العربية</a></nav>
<main${attrs}><h1>${title}</h1><p>${text}</p>${extra}</main>
<footer><p>Harbour Post, on the coast since 1901.</p></footer></body></html>`;

async function writeSite(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** The URL of the first hit of `query`, with its id. */
async function first(index: BahthIndex, query: string): Promise<{ id: string; url: string | undefined }> {
  const [hit] = await index.search(query);
  assert.ok(hit, `no hit for "${query}"`);
  return { id: hit.id, url: hit.url };
}

describe('bahth build over a built site', () => {
  let work: string;
  before(async () => {
    assert.ok(existsSync(cli), 'dist/cli.js exists (npm run build)');
    work = await mkdtemp(join(tmpdir(), 'bahth-cli-site-urls-'));
    await writeSite(join(work, 'site'), {
      'index.html': page('en', 'Front page of the harbour', 'Stories about lighthouses and tides.'),
      'news/cranes/index.html': page('en', 'Cranes return', 'The old cranes were repaired over the winter.'),
      'en/about.html': page('en', 'About the paper', 'We publish stories about ferries every week.'),
      'ar/أخبار/index.html': page('ar', 'عودة الرافعات', 'أصلحت الرافعات القديمة في الميناء خلال الشتاء.'),
      'old/moved.html': page('en', 'Moved story', 'A story about seagulls, now elsewhere.', { head: '<link rel="canonical" href="https://example.org/stories/seagulls/">' }),
      'content/posts/hello.md': '---\ntitle: Hello from the dunes\n---\nA post about dunes and sand.\n',
      'content/posts/index.md': '---\ntitle: All the posts\n---\nEvery post about marinas.\n',
      'content/posts/2024-05-01-kites.md': '---\ntitle: Kites\nslug: kites-on-the-beach\n---\nA post about kites.\n',
      'content/posts/declared.md': '---\ntitle: Declared\nurl: /elsewhere/declared/\n---\nA post about harbour seals.\n',
      'content/posts/templated.md': '---\ntitle: Templated\npermalink: "/{{ page.fileSlug }}/"\n---\nA post about pelicans.\n',
      'notes/tides.txt': 'Tide tables\n\nThe tide tables for the estuary are printed each Monday.\n',
      'data/records.jsonl': `${JSON.stringify({ id: 'r1', title: 'Record with a URL', body: 'A record about buoys.', url: '/records/r1/' })}\n`
        + `${JSON.stringify({ id: 'r2', title: 'Record without one', body: 'A record about anchors.' })}\n`
        + `${JSON.stringify({ id: 'r3', title: 'Another without one', body: 'A record about oars.' })}\n`,
    });
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('gives every page that declares no URL the one it is served at, and says which documents have none', async () => {
    const run = bahth(['build', 'site', '--out', 'index'], work);
    assert.equal(run.status, 0, run.stderr);
    const index = await openIndex(join(work, 'index'));
    assert.deepEqual(await first(index, 'lighthouses'), { id: 'index', url: '/' });
    assert.deepEqual(await first(index, 'cranes'), { id: 'news/cranes/index', url: '/news/cranes/' });
    assert.deepEqual(await first(index, 'ferries'), { id: 'en/about', url: '/en/about.html' });
    assert.deepEqual(await first(index, 'الرافعات'), { id: 'ar/أخبار/index', url: '/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/' });
    assert.equal((await first(index, 'seagulls')).url, 'https://example.org/stories/seagulls/', 'a canonical link wins');
    assert.equal((await first(index, 'dunes')).url, '/content/posts/hello/');
    assert.equal((await first(index, 'marinas')).url, '/content/posts/');
    assert.equal((await first(index, 'kites')).url, '/content/posts/kites-on-the-beach/');
    assert.equal((await first(index, 'seals')).url, '/elsewhere/declared/', 'a front matter url wins');
    assert.equal((await first(index, 'pelicans')).url, '/content/posts/templated/', 'a permalink template is no URL');
    assert.equal((await first(index, 'estuary')).url, '/notes/tides.txt');
    assert.equal((await first(index, 'buoys')).url, '/records/r1/');
    assert.equal((await first(index, 'anchors')).url, undefined);
    assert.match(run.stdout, /^2 documents without a URL, so their results cannot be opened \(data\/records\.jsonl\): give each record a "url" field, or name the field that holds it with --url-field$/m);
  });

  it('puts --base-url, a path or an absolute URL, before path-derived URLs only', async () => {
    const path = bahth(['build', 'site', '--out', 'index-blog', '--base-url', '/blog'], work);
    assert.equal(path.status, 0, path.stderr);
    const blog = await openIndex(join(work, 'index-blog'));
    assert.equal((await first(blog, 'lighthouses')).url, '/blog/');
    assert.equal((await first(blog, 'cranes')).url, '/blog/news/cranes/');
    assert.equal((await first(blog, 'dunes')).url, '/blog/content/posts/hello/');
    assert.equal((await first(blog, 'seagulls')).url, 'https://example.org/stories/seagulls/');
    assert.equal((await first(blog, 'buoys')).url, '/records/r1/', 'a record keeps its own URL');

    const absolute = bahth(['build', 'site', '--out', 'index-abs', '--base-url', 'https://example.org/docs/'], work);
    assert.equal(absolute.status, 0, absolute.stderr);
    const docs = await openIndex(join(work, 'index-abs'));
    assert.equal((await first(docs, 'cranes')).url, 'https://example.org/docs/news/cranes/');
    assert.equal((await first(docs, 'ferries')).url, 'https://example.org/docs/en/about.html');

    for (const bad of ['blog/', 'ftp://example.org/', '/blog/?v=2']) {
      const run = bahth(['build', 'site', '--out', 'index-bad', '--base-url', bad], work);
      assert.equal(run.status, 2, bad);
      assert.match(run.stderr, /--base-url .*: give a path starting with \/ .* or an http\(s\) URL/);
    }
    assert.equal(existsSync(join(work, 'index-bad')), false);
  });
});

describe('bahth build: data-bahth-body and data-bahth-ignore', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'bahth-cli-site-marks-'));
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('indexes only the marked text, leaves out unmarked pages once a page is marked, and says so', async () => {
    await writeSite(join(work, 'marked'), {
      'news/cranes/index.html': page('en', 'Cranes return', 'The old cranes were repaired over the winter.', {
        attrs: ' data-bahth-body',
        extra: '<div data-bahth-ignore><p>Sponsored: rent a yacht from our partners.</p></div>',
      }).replace('<footer>', '<p>Teaser outside the body: a quiz about octopuses.</p><footer>'),
      'news/ferries/index.html': page('en', 'Ferries run again', 'The ferries run again from Monday.', { attrs: ' data-bahth-body' }),
      'index.html': page('en', 'Front page', 'The latest stories about cranes and ferries.'),
      'tags/index.html': page('en', 'Tags', 'Every tag of the site about cranes.'),
      'notes.md': '---\ntitle: Editor notes\n---\nNotes on the week of cranes.\n',
    });
    const run = bahth(['build', 'marked', '--out', 'marked-index'], work);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^indexed 3 documents/m);
    assert.match(run.stdout, /^left out 2 HTML pages without data-bahth-body, as 2 pages of this build have it: index\.html, tags\/index\.html$/m);
    const index = await openIndex(join(work, 'marked-index'));
    assert.deepEqual((await index.search('cranes')).map((h) => h.id).sort(), ['news/cranes/index', 'notes']);
    assert.deepEqual(await index.search('octopuses'), [], 'text outside data-bahth-body is not indexed');
    assert.deepEqual(await index.search('yacht'), [], 'data-bahth-ignore text is not indexed');
  });

  it('leaves data-bahth-ignore text out of pages read with the chrome heuristics', async () => {
    await writeSite(join(work, 'ignored'), {
      'a.html': page('en', 'Cranes return', 'The old cranes were repaired over the winter.', {
        extra: '<div data-bahth-ignore><p>Sponsored: rent a yacht from our partners.</p></div><p>They lift containers again.</p>',
      }),
      'b.html': page('en', 'Yacht club', 'The yacht club opens its doors on Sunday.'),
    });
    const run = bahth(['build', 'ignored', '--out', 'ignored-index'], work);
    assert.equal(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /data-bahth-body/);
    const index = await openIndex(join(work, 'ignored-index'));
    assert.deepEqual((await index.search('yacht')).map((h) => h.id), ['b']);
    assert.deepEqual((await index.search('containers')).map((h) => h.id), ['a'], 'the page is still read');
    assert.deepEqual(await index.search('harbour post coast'), [], 'the heuristics still drop the header and footer');
  });
});

describe('bahth build: pages with the same text', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'bahth-cli-site-dups-'));
    const description = 'A sturdy canvas bag for the beach, with two pockets and a zip.';
    await writeSite(join(work, 'shop'), {
      'bags/blue/index.html': page('en', 'Blue beach bag', description),
      'bags/red/index.html': page('en', 'Red beach bag', description),
      'bags/green/index.html': page('en', 'Green beach bag', description),
      'about.html': page('en', 'About the shop', 'We sell bags made on the coast.'),
    });
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('indexes them all and reports them as possible duplicates', async () => {
    const run = bahth(['build', 'shop', '--out', 'shop-index'], work);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^indexed 4 documents/m);
    assert.match(run.stderr, /^warning: possible duplicate: bags\/red\/index \(bags\/red\/index\.html\) has the same text as bags\/blue\/index \(bags\/blue\/index\.html\); both indexed \(--dedupe leaves such documents out\)$/m);
    assert.match(run.stderr, /^warning: possible duplicate: bags\/green\/index \(bags\/green\/index\.html\) has the same text as bags\/blue\/index/m);
    const index = await openIndex(join(work, 'shop-index'));
    const hits = await index.search('sturdy canvas');
    assert.deepEqual(hits.map((h) => h.url).sort(), ['/bags/blue/', '/bags/green/', '/bags/red/']);
  });

  it('leaves them out with --dedupe, saying so', async () => {
    const run = bahth(['build', 'shop', '--out', 'shop-dedupe', '--dedupe'], work);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^indexed 2 documents/m);
    assert.match(run.stderr, /^warning: duplicate: bags\/red\/index \(bags\/red\/index\.html\) has the same text as bags\/blue\/index \(bags\/blue\/index\.html\); left out \(--dedupe\)$/m);
    const index = await openIndex(join(work, 'shop-dedupe'));
    assert.deepEqual((await index.search('sturdy canvas')).map((h) => h.url), ['/bags/blue/']);
  });

  it('reads a page given twice (a folder, a pattern and the file itself) once, with no duplicate to report', async () => {
    const run = bahth(['build', 'shop', 'shop/**/*.html', 'shop/about.html', '--out', 'shop-twice'], work);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^indexed 4 documents \(en 4\) from 4 files/m);
    assert.doesNotMatch(run.stderr, /about/);
    const index = await openIndex(join(work, 'shop-twice'));
    assert.deepEqual((await index.search('coast')).map((h) => [h.id, h.url]), [['about', '/about.html']]);
  });
});
