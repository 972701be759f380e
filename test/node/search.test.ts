import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openIndex, BahthIndexError, type BahthIndex } from '../../src/index.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FORMAT_VERSION, PACKED_KINDS, decodePack, type IndexFile, type Manifest, type PackEntry } from '../../src/format/index.js';
import { createFetcher, resolveLocation } from '../../src/search/fetcher.js';
import { openIndexFromFiles } from '../../src/search/open-index.js';
import { newsDocs } from '../fixtures/news-docs.js';
import { buildFixtureIndex } from '../helpers/build-fixture-index.js';

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('openIndex and search', () => {
  let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
  let index: BahthIndex;
  before(async () => {
    fixture = await buildFixtureIndex(newsDocs);
    index = await openIndex(fixture.out);
  });
  after(() => fixture.cleanup());

  it('reports documents and languages', () => {
    assert.equal(index.documentCount, newsDocs.length);
    assert.deepEqual(index.languages, { ar: 6, en: 4 });
  });

  it('finds an Arabic document by a finished word, with id, title, lang, dir, url and score', async () => {
    const [hit] = await index.search('المفاوضات ', { limit: 5 });
    assert.equal(hit?.id, 'ar-politics-1');
    assert.equal(hit.lang, 'ar');
    assert.equal(hit.dir, 'rtl');
    assert.equal(hit.url, '/ar/politics/1');
    assert.ok(hit.score > 0);
  });

  it('finds an English document and marks the matched word in title and snippet', async () => {
    const [hit] = await index.search('bread');
    assert.equal(hit?.id, 'en-economy-1');
    assert.equal(hit.dir, 'ltr');
    assert.deepEqual(hit.titleMarks.map((m) => hit.title.slice(m.start, m.end)), ['Bread']);
    assert.ok(hit.snippetMarks.some((m) => hit.snippet.slice(m.start, m.end) === 'Bread'));
  });

  it('matches an unfinished last word by prefix (search as you type)', async () => {
    assert.equal((await index.search('المستش'))[0]?.id, 'ar-health-1');
    assert.equal((await index.search('مفاو'))[0]?.id, 'ar-politics-1');
    assert.equal((await index.search('negotia'))[0]?.id, 'en-politics-1');
  });

  it('matches across diacritics, hamza spellings and clitics', async () => {
    assert.equal((await index.search('وَزِيرُ الصِّحَّةِ '))[0]?.id, 'ar-health-1');
    assert.ok(ids(await index.search('مسئول ')).includes('ar-health-1'), 'مسئول finds مسؤول');
    assert.ok(ids(await index.search('دمشق ')).includes('ar-health-1'), 'دمشق finds بدمشق');
  });

  it('never lets وزير match a document holding only زير', async () => {
    assert.ok(!ids(await index.search('وزير ')).includes('ar-misc-1'));
  });

  it('tolerates one typo in a long word, never in a short one', async () => {
    assert.equal((await index.search('negotaitions '))[0]?.id, 'en-politics-1');
    assert.equal((await index.search('brid ')).length, 0);
  });

  it('tolerates a typo in the first letters of a long word too (found by its ending)', async () => {
    assert.equal((await index.search('megotiations '))[0]?.id, 'en-politics-1');
    assert.equal((await index.search('المقاوضات '))[0]?.id, 'ar-politics-1');
  });

  it('ranks documents matching every word above those matching some', async () => {
    const hits = await index.search('bread Beirut ');
    assert.equal(hits[0]?.id, 'en-economy-1');
  });

  it('filters by language and limits the hits', async () => {
    const all = await index.query('health ');
    assert.ok(all.total >= 1);
    // Damascus finds دمشق too (cross-script), but the filter keeps one language
    const arabic = await index.search('Damascus ', { lang: 'ar' });
    assert.ok(arabic.length > 0 && arabic.every((h) => h.lang === 'ar'));
    assert.ok((await index.search('Damascus ', { lang: 'en' })).every((h) => h.lang === 'en'));
    assert.equal((await index.search('ا', { limit: 1 })).length <= 1, true);
  });

  it('answers a query of stop words only with titles holding them', async () => {
    const hits = await index.search('في ');
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h) => h.title.includes('في')));
  });

  it('returns the same index object for the same location', async () => {
    assert.equal(await openIndex(fixture.out + '/'), index);
    assert.equal(await openIndex(pathToFileURL(fixture.out)), index);
  });
});

describe('field lengths', () => {
  it('score a body word by the length that the number of its document stands for (no posting carries it)', async () => {
    const { analyzeText } = await import('../../src/index.js');
    const { quantizeLength, lengthOfCode } = await import('../../src/format/index.js');
    const { bm25, bm25Idf, bm25LengthNorm } = await import('../../src/search/scoring.js');
    const { LEAD_WORDS } = await import('../../corpus-build/core/index-writer.js');
    const { leadBonus } = await import('../../src/search/ranking.js');
    const fixture = await buildFixtureIndex(newsDocs);
    try {
      // an English word in the body of one document only, once, and in no title
      const bodies = newsDocs.map((d) => analyzeText(d.body).map((t) => t.stem).filter((stem): stem is string => stem !== null));
      const titles = new Set(newsDocs.flatMap((d) => analyzeText(d.title).map((t) => t.stem)));
      const en = newsDocs.findIndex((d) => d.lang === 'en');
      const lead = new Set(analyzeText(newsDocs[en]!.body).filter((t) => t.hyphen !== 'part').slice(0, LEAD_WORDS).map((t) => t.stem));
      const word = bodies[en]!.find((stem) => /^[a-z]{5,}$/.test(stem) && !titles.has(stem) &&
        bodies.filter((b) => b.includes(stem)).length === 1 && bodies[en]!.indexOf(stem) === bodies[en]!.lastIndexOf(stem))!;
      assert.ok(word, 'the fixture has such a word');
      const manifest = fixture.index.manifest;
      const [, averageBody] = manifest.fields.find(([name]) => name === 'body')!;
      const idf = bm25Idf(1, newsDocs.length);
      // (a word of the body's lead earns the lead's bonus too)
      const expected = bm25(1, idf, bm25LengthNorm(lengthOfCode(quantizeLength(bodies[en]!.length)), averageBody)) + (lead.has(word) ? leadBonus(1, idf) : 0);
      const [hit] = await (await openIndex(fixture.out)).search(`${word} `);
      assert.equal(hit?.id, newsDocs[en]!.id);
      assert.ok(Math.abs(hit.score - expected) < 1e-12, `${hit.score} ≠ ${expected}`);
    } finally {
      await fixture.cleanup();
    }
  });
});

describe('results before their snippets (waitForSnippets: false)', () => {
  it('come with empty snippets, fetch no text until asked, then equal the full results', async () => {
    const built = await buildFixtureIndex(newsDocs, { termChunkBytes: 400, headChunkBytes: 300, textChunkBytes: 1000 });
    try {
      const full = await (await openIndex(built.out)).search('وزير الصحة', { limit: 5 });
      const fresh = await buildFixtureIndex(newsDocs, { termChunkBytes: 400, headChunkBytes: 300, textChunkBytes: 1000 });
      try {
        const lazy = await openIndex(fresh.out);
        const response = await lazy.query('وزير الصحة', { limit: 5, waitForSnippets: false });
        const loadedBefore = lazy.bytesLoaded;
        assert.ok(response.hits.length > 0 && response.withSnippets);
        assert.deepEqual(response.hits.map((h) => [h.snippet, h.snippetMarks]), response.hits.map(() => ['', []]));
        assert.deepEqual(response.hits.map((h) => [h.id, h.title, h.titleMarks, h.score]), full.map((h) => [h.id, h.title, h.titleMarks, h.score]));
        const completed = await response.withSnippets!();
        assert.ok(lazy.bytesLoaded > loadedBefore, 'the text was fetched only when asked for');
        assert.equal(response.withSnippets!(), response.withSnippets!(), 'fetched once');
        assert.deepEqual(completed, full);
      } finally {
        await fresh.cleanup();
      }
    } finally {
      await built.cleanup();
    }
  });
});

describe('ranking does not depend on how the index was loaded', () => {
  it('gives identical hits and scores chunk by chunk, after preloading everything, and with other chunk sizes', async () => {
    // the small chunks listed in pages of pages
    const small = await buildFixtureIndex(newsDocs, { termChunkBytes: 200, headChunkBytes: 300, textChunkBytes: 1000, pageEntries: 3, rootEntries: 2 });
    const large = await buildFixtureIndex(newsDocs);
    const copy = join(small.dir, 'copy');
    await cp(small.out, copy, { recursive: true });
    try {
      assert.ok(small.index.manifest.directories.terms.chunks > 3, 'the small index has several term chunks');
      assert.ok(small.index.manifest.directories.terms.level >= 2 && small.index.manifest.directories.heads.level >= 1, 'listed in pages');
      assert.equal(large.index.manifest.directories.terms.chunks, 1, 'a small corpus fits one chunk');
      const lazy = await openIndex(small.out);
      const preloaded = await openIndex(copy);
      await preloaded.preload();
      const whole = await openIndex(large.out);
      for (const q of ['وزير الصحة', 'المفاوضات في القاهرة ', 'المستش', 'bread prices', 'negotia', 'poetry festival ', 'دمشق ',
        'negotaitions ', 'megotiations ', 'المقاوضات ', 'المفاوظات ']) {
        const a = await lazy.search(q, { limit: 10 });
        const b = await preloaded.search(q, { limit: 10 });
        const c = await whole.search(q, { limit: 10 });
        assert.deepEqual(a, b, q);
        assert.deepEqual(a, c, q);
        assert.ok(a.length > 0, `${q} finds something`);
      }
      assert.ok(lazy.bytesLoaded < preloaded.bytesLoaded, 'a lazy index fetched less than a preloaded one');
    } finally {
      await small.cleanup();
      await large.cleanup();
    }
  });
});

describe('preload packs', () => {
  const chunkOptions = { termChunkBytes: 400, headChunkBytes: 300, textChunkBytes: 1000, packBytes: 1500 };
  /** Every directory's leaves: the manifest's top when it lists chunks, else its pages. */
  const leavesOf = async (out: string, manifest: Manifest) => {
    const { Directory } = await import('../../src/search/directory.js');
    const { leavesOf: leaves } = await import('../../src/search/preload.js');
    const fetcher = createFetcher(resolveLocation(out));
    const found: Array<{ kind: (typeof PACKED_KINDS)[number]; chunks: IndexFile[]; packs: PackEntry[] }> = [];
    for (const kind of PACKED_KINDS) {
      for await (const leaf of leaves(new Directory<string | number>(fetcher, manifest.directories[kind]))) found.push({ kind, chunks: leaf.chunks.map((c) => c.file), packs: leaf.packs });
    }
    return found;
  };

  it('hold every head, term, word-ends and sound-table chunk in order, each pack its chunks before compression in one stream, within its directory page', async () => {
    const built = await buildFixtureIndex(newsDocs, { ...chunkOptions, pageEntries: 4, rootEntries: 4 });
    const none = await buildFixtureIndex(newsDocs, { ...chunkOptions, packBytes: 0 });
    try {
      const leaves = await leavesOf(built.out, built.index.manifest);
      assert.ok(leaves.filter((leaf) => leaf.kind === 'terms').length > 1, 'the term chunks are listed in pages');
      assert.deepEqual([...new Set(leaves.filter((leaf) => leaf.packs.length).map((leaf) => leaf.kind))], [...PACKED_KINDS], 'every kind has packs');
      let [packs, packBytes, chunkBytes] = [0, 0, 0];
      for (const { kind, chunks, packs: own } of leaves) {
        // consecutive runs that cover every chunk of the page once
        assert.deepEqual(own.flatMap(([first, count]) => Array.from({ length: count }, (_, i) => first + i)), chunks.map((_, n) => n));
        for (const [first, count, hash, bytes] of own) {
          const pack = await readFile(join(built.out, `packs.${hash}.bin`));
          const files = await Promise.all(chunks.slice(first, first + count).map(([h]) => readFile(join(built.out, `${kind}.${h}.bin`))));
          assert.equal(pack.length, bytes);
          assert.deepEqual(decodePack(gunzipSync(pack), count).map((chunk) => Buffer.from(chunk)), files.map((file) => gunzipSync(file)));
          [packBytes, chunkBytes] = [packBytes + pack.length, chunkBytes + files.reduce((n, file) => n + file.length, 0)];
        }
        packs += own.length;
      }
      const chunks = leaves.reduce((n, leaf) => n + leaf.chunks.length, 0);
      assert.ok(packs > 3 && packs < chunks, `a few packs (${packs}), fewer than the chunks (${chunks})`);
      assert.ok(packBytes < chunkBytes, `compressed as one stream, the packs (${packBytes} bytes) are smaller than their chunks (${chunkBytes})`);
      assert.ok((await leavesOf(none.out, none.index.manifest)).every((leaf) => leaf.packs.length === 0));
      assert.equal((await readdir(none.out)).filter((name) => name.startsWith('packs.')).length, 0);
    } finally {
      await built.cleanup();
      await none.cleanup();
    }
  });

  it('are what preloading reads: with the chunk files gone, a preloaded index still answers', async () => {
    const built = await buildFixtureIndex(newsDocs, { ...chunkOptions, pageEntries: 4, rootEntries: 4 });
    try {
      const reference = await openIndex(built.out);
      const expected = await Promise.all(['وزير الصحة', 'bread prices', 'المستش'].map((q) => reference.search(q, { limit: 5 })));
      const copy = join(built.dir, 'packs-only');
      await cp(built.out, copy, { recursive: true });
      for (const name of await readdir(copy)) if (/^(heads|terms|ends|sounds)\./.test(name)) await rm(join(copy, name));
      const index = await openIndex(copy);
      await index.preload();
      const leaves = await leavesOf(built.out, built.index.manifest);
      const chunkBytes = leaves.flatMap((leaf) => leaf.chunks).reduce((n, [, bytes]) => n + bytes, 0);
      const pages = (await readdir(built.out)).filter((name) => name.startsWith('pages.'));
      assert.ok(pages.length > 0, 'the directories have pages');
      const pageBytes = (await Promise.all(pages.map((name) => readFile(join(built.out, name))))).reduce((n, data) => n + data.length, 0);
      assert.equal(index.bytesLoaded, chunkBytes + pageBytes, 'every head, term, word-ends and sound-table chunk, and every page, was loaded');
      const answers = await Promise.all(['وزير الصحة', 'bread prices', 'المستش'].map((q) => index.search(q, { limit: 5 })));
      assert.deepEqual(answers, expected);
      assert.ok(answers.every((hits) => hits.length > 0));
    } finally {
      await built.cleanup();
    }
  });

  it('of the wrong size fail the preload as corrupt, and searches fetch chunk by chunk instead', async () => {
    const built = await buildFixtureIndex(newsDocs, chunkOptions);
    try {
      const [, , hash] = built.index.manifest.directories.heads.packs[0]!;
      await writeFile(join(built.out, `packs.${hash}.bin`), Buffer.from('truncated'));
      const index = await openIndex(built.out);
      await assert.rejects(index.preload(), (error: unknown) => error instanceof BahthIndexError && error.code === 'corrupt' && error.file === `packs.${hash}.bin`);
      assert.ok((await index.search('وزير الصحة')).length > 0);
    } finally {
      await built.cleanup();
    }
  });

  it('of the right size with a byte changed fail the preload as corrupt', async () => {
    const built = await buildFixtureIndex(newsDocs, chunkOptions);
    try {
      const [, , hash] = built.index.manifest.directories.terms.packs[0]!;
      const name = join(built.out, `packs.${hash}.bin`);
      const pack = await readFile(name);
      pack[pack.length >> 1] ^= 0xff;
      await writeFile(name, pack);
      const index = await openIndex(built.out);
      await assert.rejects(index.preload(), (error: unknown) => error instanceof BahthIndexError && error.code === 'corrupt' && error.file === `packs.${hash}.bin`);
      assert.ok((await index.search('وزير الصحة')).length > 0);
    } finally {
      await built.cleanup();
    }
  });
});

describe('a run of term chunks a query needs', () => {
  // chunks of a few terms, a pack of about three of them, all listed in the manifest
  const options = { termChunkBytes: 20, packBytes: 150 };
  /** The index's files, and an index opened over them that lists the files it reads. */
  const logged = async (files: Map<string, Uint8Array>) => {
    const read: string[] = [];
    const map = new Map(files);
    map.get = (name: string) => (read.push(name), files.get(name));
    return { index: await openIndexFromFiles(map), read };
  };
  /** Two Latin letters that begin every chunk of a pack, and how many chunks that is. */
  const packedPrefix = (manifest: Manifest): [string, number] => {
    const { level, entries, packs } = manifest.directories.terms;
    assert.equal(level, 0, 'the term chunks are listed in the manifest');
    for (const [first, count] of packs) {
      const starts = new Set(entries.slice(first, first + count).map(([key]) => String(key).slice(0, 2)));
      const [prefix] = starts;
      if (count > 1 && starts.size === 1 && /^[a-z]{2}$/.test(prefix!)) return [prefix!, count];
    }
    assert.fail('no pack of chunks beginning with the same two letters');
  };

  it('is read through its preload pack, one file instead of several, and ranks the same', async () => {
    const built = await buildFixtureIndex(newsDocs, options);
    const whole = await buildFixtureIndex(newsDocs);
    try {
      const files = new Map(built.index.files.map(({ name, data }) => [name, data]));
      files.set('manifest.json', new TextEncoder().encode(JSON.stringify(built.index.manifest)));
      const [prefix, chunks] = packedPrefix(built.index.manifest);
      const { index, read } = await logged(files);
      const hits = await index.search(prefix);
      const packs = read.filter((name) => name.startsWith('packs.'));
      const terms = read.filter((name) => name.startsWith('terms.'));
      assert.ok(packs.length >= 1, `a pack was read (${read.join(' ')})`);
      assert.ok(terms.length < chunks, `${terms.length} term chunks fetched alone, of the ${chunks} the prefix ${prefix} begins`);
      assert.ok(hits.length > 0);
      assert.deepEqual(hits, await (await openIndex(whole.out)).search(prefix));
    } finally {
      await built.cleanup();
      await whole.cleanup();
    }
  });

  it('is fetched chunk by chunk when its pack is corrupt, with the same results', async () => {
    const built = await buildFixtureIndex(newsDocs, options);
    try {
      const files = new Map(built.index.files.map(({ name, data }) => [name, data]));
      files.set('manifest.json', new TextEncoder().encode(JSON.stringify(built.index.manifest)));
      const [prefix] = packedPrefix(built.index.manifest);
      const expected = await (await logged(files)).index.search(prefix);
      for (const [name, data] of files) {
        if (!name.startsWith('packs.')) continue;
        const changed = Uint8Array.from(data);
        changed[changed.length >> 1] ^= 0xff;
        files.set(name, changed);
      }
      const { index, read } = await logged(files);
      assert.deepEqual(await index.search(prefix), expected);
      assert.ok(read.some((name) => name.startsWith('packs.')) && read.some((name) => name.startsWith('terms.')), 'the pack was tried, then the chunks fetched');
    } finally {
      await built.cleanup();
    }
  });
});

describe('a missing, corrupt or incompatible index', () => {
  const codeOf = async (location: string) => {
    try {
      await openIndex(location);
      return 'opened';
    } catch (error) {
      assert.ok(error instanceof BahthIndexError, String(error));
      return error.code;
    }
  };

  it('is reported with a code and the file', async () => {
    const fixture = await buildFixtureIndex(newsDocs);
    try {
      assert.equal(await codeOf(join(fixture.dir, 'nowhere')), 'not-found');

      const manifestPath = join(fixture.out, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      // indexes of formats 3 and 4: their manifest listed every chunk, and a meta file every
      // document's lengths (format 4 added the sound table and lead flags to format 3)
      const formatThree = {
        format: 3, analyzer: manifest.analyzer, generator: 'bahth 0.1.0', minisearch: manifest.minisearch, documents: 10, languages: { ar: 6, en: 4 }, options: {},
        files: { meta: ['0123456789abcdef', 100], terms: [['1123456789abcdef', 2000]], ends: [['2123456789abcdef', 300]], heads: [['3123456789abcdef', 900]], texts: [['4123456789abcdef', 3000]], packs: [] },
      };
      const variants: Array<[string, string, string]> = [
        ['format-3', JSON.stringify(formatThree), 'incompatible'],
        ['format-4', JSON.stringify({ ...formatThree, format: 4, files: { ...formatThree.files, sounds: [['5123456789abcdef', 400]] } }), 'incompatible'],
        ['incompatible-format', JSON.stringify({ ...manifest, format: 999 }), 'incompatible'],
        ['incompatible-analyzer', JSON.stringify({ ...manifest, analyzer: -1 }), 'incompatible'],
        ['broken-json', '{"format": 1, ', 'corrupt'],
      ];
      for (const [name, text, code] of variants) {
        const dir = join(fixture.dir, name);
        await cp(fixture.out, dir, { recursive: true });
        await writeFile(join(dir, 'manifest.json'), text);
        assert.equal(await codeOf(dir), code, name);
      }
      for (const old of [3, 4]) {
        await assert.rejects(openIndex(join(fixture.dir, `format-${old}`)), new RegExp(`format ${old}, this version of bahth reads format ${FORMAT_VERSION}: rebuild it with this version's \`bahth build\``));
      }

      // a damaged term chunk fails the search that needs it, as corrupt, naming the file
      const damaged = join(fixture.dir, 'damaged');
      await cp(fixture.out, damaged, { recursive: true });
      const termFile = (await readdir(damaged)).find((f) => f.startsWith('terms.'))!;
      await writeFile(join(damaged, termFile), Buffer.from('not gzip at all'));
      const index = await openIndex(damaged);
      await assert.rejects(index.search('bread '), (error: unknown) =>
        error instanceof BahthIndexError && error.code === 'corrupt' && error.file === termFile);

      // so does a head chunk that inflates but ends early (head chunks are decoded when first read)
      const cut = join(fixture.dir, 'cut-heads');
      await cp(fixture.out, cut, { recursive: true });
      const headFiles = (await readdir(cut)).filter((f) => f.startsWith('heads.'));
      for (const name of headFiles) {
        const inflated = gunzipSync(await readFile(join(cut, name)));
        await writeFile(join(cut, name), gzipSync(inflated.subarray(0, inflated.length >> 1)));
      }
      await assert.rejects((await openIndex(cut)).search('bread'), (error: unknown) =>
        error instanceof BahthIndexError && error.code === 'corrupt' && headFiles.includes(error.file!) && /is corrupt/.test(error.message));
    } finally {
      await fixture.cleanup();
    }
  });
});

describe('an index built and opened in memory', () => {
  it('is searched like one read from files', async () => {
    const { buildIndexInMemory } = await import('../../corpus-build/core/build-in-memory.js');
    const { openIndexFromFiles } = await import('../../src/index.js');
    const encode = (s: string) => new TextEncoder().encode(s);
    const built = await buildIndexInMemory([
      { path: 'news.jsonl', bytes: encode(newsDocs.map((d) => JSON.stringify(d)).join('\n')) },
      { path: 'broken.jsonl', bytes: encode('{"id": "x", ') },
    ]);
    assert.equal(built.errors.length, 1);
    const index = await openIndexFromFiles(built.files);
    assert.equal(index.documentCount, newsDocs.length);
    assert.equal((await index.search('المستش'))[0]?.id, 'ar-health-1');
  });
});

describe('highlight ranges', () => {
  it('give one mark for a hyphenated word matched by its parts and its joined form, never overlapping ones', async () => {
    const { matchRanges } = await import('../../src/search/marks.js');
    const { analyzeText } = await import('../../src/index.js');
    const terms = new Set(analyzeText('cease-fire').map((t) => t.stem!));
    assert.deepEqual(matchRanges('a cease-fire and a fire', terms), [{ start: 2, end: 12 }, { start: 19, end: 23 }]);
  });
});
