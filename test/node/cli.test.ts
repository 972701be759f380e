import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openIndex } from '../../src/index.js';
import { FORMAT_VERSION } from '../../src/format/index.js';
import { newsDocs } from '../fixtures/news-docs.js';

const repo = resolve(import.meta.dirname, '../..');
const cli = join(repo, 'dist/cli.js');
const bahth = (args: string[], cwd = repo) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });

/** Every file of a folder with its bytes, to compare folders exactly. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = (await readFile(join(dir, name))).toString('base64');
  return out;
}

describe('bahth build (the CLI)', () => {
  let work: string;
  let corpus: string;
  before(async () => {
    assert.ok(existsSync(cli), 'dist/cli.js exists (npm run build)');
    work = await mkdtemp(join(tmpdir(), 'bahth-cli-'));
    corpus = join(work, 'corpus');
    await mkdir(join(corpus, 'pages'), { recursive: true });
    const records = newsDocs.slice(0, 8).map((d) => JSON.stringify(d)).join('\n');
    await writeFile(join(corpus, 'records.jsonl'), `${records}\n`);
    const [d8, d9] = newsDocs.slice(8);
    await writeFile(join(corpus, 'pages', 'bread.txt'), `${d8!.title}\n\n${d8!.body}\n`);
    await writeFile(join(corpus, 'pages', 'poets.txt'), `${d9!.title}\n\n${d9!.body}\n`);
    await writeFile(join(corpus, 'pages', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('prints its help with exit 0, and exits 2 on usage errors', () => {
    const help = bahth(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /bahth build <inputs…> --out <dir>/);
    assert.match(help.stdout, /--skip-invalid/);
    assert.equal(bahth([]).status, 2);
    assert.equal(bahth(['build', corpus]).status, 2, 'no --out');
    assert.equal(bahth(['build', corpus, '--out', join(work, 'x'), '--no-such-flag']).status, 2);
    assert.equal(bahth(['index', corpus, '--out', join(work, 'x')]).status, 2, 'unknown command');
  });

  it('builds .jsonl records and .txt pages from folders, counting ignored files', async () => {
    const out = join(work, 'index');
    const run = bahth(['build', corpus, '--out', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /indexed 10 documents \(ar 6, en 4\)/);
    assert.match(run.stdout, /ignored 1 file of unknown type/);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
    assert.equal(manifest.format, FORMAT_VERSION);
    assert.equal(manifest.documents, 10);
    assert.deepEqual(manifest.languages, [['ar', 6], ['en', 4]]);
    // a small index: every chunk (but the texts, named by the head chunks) and pack listed in the manifest
    const names = (['terms', 'ends', 'heads'] as const).flatMap((kind) => manifest.directories[kind].entries.map(([, h]: string[]) => `${kind}.${h}.bin`));
    assert.deepEqual(names.filter((n) => !existsSync(join(out, n))), []);
    const packs = (['terms', 'ends', 'heads'] as const).flatMap((kind) => manifest.directories[kind].packs as string[][]);
    assert.ok(packs.length > 0, 'preload packs are written by default');
    assert.deepEqual(packs.filter(([, , h]) => !existsSync(join(out, `packs.${h}.bin`))), []);
    assert.match(run.stdout, /\d+ preload packs/);
    const index = await openIndex(out);
    const [hit] = await index.search('bread ');
    assert.equal(hit?.id, 'pages/bread', 'a .txt page takes its path as id');
    assert.equal(hit.title, newsDocs[8]!.title);
  });

  it('--pack-bytes sets the size of preload packs, 0 writes none, and a rebuild removes the old ones', async () => {
    const out = join(work, 'index-packs');
    const packsOf = async () => {
      const { directories } = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      return Object.values(directories as Record<string, { packs: unknown[] }>).flatMap((directory) => directory.packs);
    };
    const packFiles = async () => (await readdir(out)).filter((name) => name.startsWith('packs.'));
    assert.equal(bahth(['build', corpus, '--out', out, '--term-chunk-bytes', '1000', '--pack-bytes', '1000']).status, 0);
    const small = await packsOf();
    assert.equal(bahth(['build', corpus, '--out', out, '--term-chunk-bytes', '1000']).status, 0);
    assert.ok((await packsOf()).length < small.length, 'larger packs by default, so fewer');
    assert.equal((await packFiles()).length, (await packsOf()).length, 'no stale packs left behind');
    assert.equal(bahth(['build', corpus, '--out', out, '--pack-bytes', '0']).status, 0);
    assert.deepEqual(await packsOf(), []);
    assert.deepEqual(await packFiles(), []);
    assert.equal(bahth(['build', corpus, '--out', out, '--pack-bytes', '12']).status, 2);
  });

  it('writes byte-identical output for the same inputs', async () => {
    const a = join(work, 'det-a');
    const b = join(work, 'det-b');
    assert.equal(bahth(['build', corpus, '--out', a]).status, 0);
    assert.equal(bahth(['build', corpus, '--out', b, '--quiet']).status, 0);
    assert.deepEqual(await snapshot(a), await snapshot(b));
  });

  it('fails on a broken JSON line naming file and line, and leaves the previous index exactly as it was', async () => {
    const out = join(work, 'keep');
    assert.equal(bahth(['build', corpus, '--out', out]).status, 0);
    const before = await snapshot(out);
    const bad = join(work, 'bad');
    await cp(corpus, bad, { recursive: true });
    await writeFile(join(bad, 'records.jsonl'), `${JSON.stringify(newsDocs[0])}\n{"id": "broken", "title": \n`);
    const run = bahth(['build', bad, '--out', out]);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /records\.jsonl:2/);
    assert.deepEqual(await snapshot(out), before);

    const skipping = bahth(['build', bad, '--out', join(work, 'skipped'), '--skip-invalid']);
    assert.equal(skipping.status, 0, skipping.stderr);
    assert.match(skipping.stderr, /^warning: skipped: .*records\.jsonl:2/m);
    assert.match(skipping.stdout, /1 warning \(above\)/);
  });

  it('fails with exit 1 when there are no documents or an input is missing', async () => {
    const empty = join(work, 'empty');
    await mkdir(empty, { recursive: true });
    const none = bahth(['build', empty, '--out', join(work, 'none')]);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no documents/);
    const missing = bahth(['build', join(work, 'nowhere'), '--out', join(work, 'none')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /not found/);
    assert.ok(!existsSync(join(work, 'none')));
  });

  it('survives SIGKILL mid-build: the previous index is left exactly as it was', async () => {
    const out = join(work, 'killed');
    assert.equal(bahth(['build', corpus, '--out', out]).status, 0);
    const before = await snapshot(out);
    // a corpus big enough to take a while to build
    const big = join(work, 'big');
    await mkdir(big, { recursive: true });
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const d = newsDocs[i % newsDocs.length]!;
      lines.push(JSON.stringify({ ...d, id: `${d.id}-${i}`, body: `${d.body} ${i} ${'كلمة'.repeat(i % 7)} word${i}` }));
    }
    await writeFile(join(big, 'big.jsonl'), lines.join('\n'));
    const child = spawn(process.execPath, [cli, 'build', big, '--out', out, '--quiet'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    assert.deepEqual(await snapshot(out), before);
    const index = await openIndex(out);
    assert.equal(index.documentCount, 10);
    // the next build cleans up what the killed one left and succeeds
    assert.equal(bahth(['build', corpus, '--out', out]).status, 0);
    assert.deepEqual((await readdir(work)).filter((n) => n.startsWith('.bahth-staging-')), []);
  });

  const seeds = resolve(repo, '../shared/corpus/seeds');
  // The shared seed pages are only present beside a checkout that has them (CI has them).
  if (existsSync(seeds)) {
    it('indexes the shared seed pages', async () => {
      const out = join(work, 'seeds');
      const run = bahth(['build', seeds, '--out', out]);
      assert.equal(run.status, 0, run.stderr);
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      assert.equal(manifest.documents, 5);
      assert.deepEqual(manifest.languages, [['ar', 2], ['en', 3]]);
    });
  }
});

describe('bahth build error messages', () => {
  it('name the line of a record in a .jsonl file with blank and broken lines before it', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bahth-cli-lines-'));
    try {
      const d = newsDocs[0]!;
      const lines = [JSON.stringify(d), '', '{broken', JSON.stringify({ ...d, id: 'dup' }), JSON.stringify({ ...d, id: 'dup', body: 'other text' })];
      await writeFile(join(work, 'r.jsonl'), lines.join('\n'));
      const run = bahth(['build', join(work, 'r.jsonl'), '--out', join(work, 'out')]);
      assert.equal(run.status, 1);
      assert.match(run.stderr, /r\.jsonl:3: not valid JSON/);
      assert.match(run.stderr, /r\.jsonl:5: duplicate id "dup"/);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('bahth build in a site\'s CI', () => {
  let work: string;
  const txt = (d: (typeof newsDocs)[number]) => `${d.title}\n\n${d.body}\n`;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'bahth-cli-site-'));
  });
  after(() => rm(work, { recursive: true, force: true }));

  it('builds again when its output folder is inside its input, never reading an index as input', async () => {
    const site = join(work, 'site');
    await mkdir(join(site, 'posts'), { recursive: true });
    await writeFile(join(site, 'posts', 'a.txt'), txt(newsDocs[0]!));
    await writeFile(join(site, 'posts', 'b.txt'), txt(newsDocs[1]!));
    const first = bahth(['build', '.', '--out', 'search-index'], site);
    assert.equal(first.status, 0, first.stderr);
    const second = bahth(['build', '.', '--out', 'search-index'], site);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /indexed 2 documents/);
    assert.doesNotMatch(second.stderr, /warning/, 'its own output folder is not worth a warning');
    // an index built elsewhere inside the input is left out, with a warning
    assert.equal(bahth(['build', 'posts', '--out', 'old-index'], site).status, 0);
    const third = bahth(['build', '.', '--out', 'search-index'], site);
    assert.equal(third.status, 0, third.stderr);
    assert.match(third.stdout, /indexed 2 documents/);
    assert.match(third.stderr, /^warning: index folders among the inputs, not read: old-index$/m);
  });

  it('passes over JSON in a site folder that holds no records (a web app manifest), but not a .json named as an input', async () => {
    const site = join(work, 'json-site');
    await mkdir(join(site, 'data'), { recursive: true });
    await writeFile(join(site, 'manifest.json'), JSON.stringify({ name: 'Harbour Post', icons: [{ src: '/icon.png', sizes: '192x192' }] }));
    await writeFile(join(site, 'data', 'settings.json'), '{"theme": "dark"}');
    await writeFile(join(site, 'data', 'posts.json'), JSON.stringify([newsDocs[0], newsDocs[1]]));
    await writeFile(join(site, 'story.txt'), txt(newsDocs[8]!));
    const run = bahth(['build', 'json-site', '--out', 'json-index'], work);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /indexed 3 documents/);
    assert.match(run.stderr, /^warning: \.json files in the input folders without records, not read: data\/settings\.json, manifest\.json$/m);
    const named = bahth(['build', 'json-site/manifest.json', '--out', 'json-index'], work);
    assert.equal(named.status, 1);
    assert.match(named.stderr, /manifest\.json:1: record 1: no text/);
  });

  it('gives files of two input folders with the same names distinct ids', async () => {
    for (const [lang, d] of [['en', newsDocs[8]!], ['ar', newsDocs[0]!]] as const) {
      await mkdir(join(work, 'two', lang), { recursive: true });
      await writeFile(join(work, 'two', lang, 'index.txt'), txt(d));
    }
    const run = bahth(['build', 'en', 'ar', '--out', 'out'], join(work, 'two'));
    assert.equal(run.status, 0, run.stderr);
    const index = await openIndex(join(work, 'two', 'out'));
    assert.deepEqual((await index.search(newsDocs[8]!.title)).map((h) => h.id).slice(0, 1), ['en/index']);
    assert.deepEqual((await index.search(newsDocs[0]!.title)).map((h) => h.id).slice(0, 1), ['ar/index']);
  });

  it('warns on stderr, even with --quiet, about unreadable dates, shared URLs and duplicates, and leaves the bad date out', async () => {
    const [a, b, c] = newsDocs;
    const records = [
      { ...a, date: '2024-02-30', url: '/news/one' },
      { ...b, date: 'May 3, 2025', url: '/news/one' },
      { ...c, id: 'copy-of-a', body: a!.body },
    ];
    await writeFile(join(work, 'warn.jsonl'), records.map((r) => JSON.stringify(r)).join('\n'));
    const run = bahth(['build', 'warn.jsonl', '--out', 'warn-index', '-q'], work);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^warning: warn\.jsonl:1: document "[^"]+": date "2024-02-30" is not a valid date .*left out$/m);
    assert.match(run.stderr, /^warning: warn\.jsonl:2: document "[^"]+" has the same URL as "[^"]+": \/news\/one$/m);
    assert.match(run.stderr, /^warning: possible duplicate: copy-of-a \(warn\.jsonl\) has the same text as [^ ]+ \(warn\.jsonl\); both indexed/m);
    const index = await openIndex(join(work, 'warn-index'));
    const [first] = await index.search(a!.title);
    assert.equal(first?.id, a!.id);
    assert.equal(first.date, undefined, 'the impossible date is left out');
    const [second] = await index.search(b!.title);
    assert.equal(second?.date, '2025-05-03', 'a date with a month name becomes ISO 8601');
  });

  it('reports a file system error in one line, and names the ignored files when nothing could be read', async () => {
    await writeFile(join(work, 'a-file'), 'not a folder');
    await writeFile(join(work, 'one.txt'), txt(newsDocs[0]!));
    const run = bahth(['build', 'one.txt', '--out', 'a-file'], work);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^bahth: build failed: .*a-file.*\nThe previous index in a-file \(if any\) is unchanged\.\n$/m);
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
    await mkdir(join(work, 'mdx'), { recursive: true });
    await writeFile(join(work, 'mdx', 'post.mdx'), '# A post\n\nIn a format bahth does not read.');
    const none = bahth(['build', 'mdx', '--out', 'mdx-index'], work);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no documents to index: .*1 file of unknown type ignored: mdx\/post\.mdx/);
    assert.equal(bahth(['build', 'one.txt', '-o=x'], work).status, 2, '-o=x is a usage error, not a folder named "=x"');
    const twice = bahth(['build', 'one.txt', '-o', 'site-index', '--out', 'other-index'], work);
    assert.equal(twice.status, 2, 'two output folders is a usage error, not the last one silently');
    assert.match(twice.stderr, /--out given 2 times \(-o, --out\)/);
    assert.equal(existsSync(join(work, 'other-index')), false);
  });
});
