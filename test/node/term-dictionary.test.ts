import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateManifest, type IndexFile, type Manifest } from '../../src/format/index.js';
import { ANALYZER_VERSION } from '../../src/analyzer/index.js';
import { createFetcher, resolveLocation } from '../../src/search/fetcher.js';
import { Directory } from '../../src/search/directory.js';
import { leavesOf } from '../../src/search/preload.js';
import { TermDictionary } from '../../src/search/term-dictionary.js';
import { newsDocs } from '../fixtures/news-docs.js';
import { buildFixtureIndex } from '../helpers/build-fixture-index.js';

describe('TermDictionary', () => {
  let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
  let manifest: Manifest;
  /** Every term chunk's file, in order. */
  let files: IndexFile[];
  /** Every term of the index, in order. */
  let allTerms: string[];
  const open = () => {
    const fetcher = createFetcher(resolveLocation(fixture.out));
    return new TermDictionary(fetcher, new Directory(fetcher, manifest.directories.terms));
  };
  const upTo = (prefix: string) => `${prefix}\uffff`;

  before(async () => {
    // small chunks, so a prefix's terms span several of them, and the directory has pages
    fixture = await buildFixtureIndex(newsDocs, { termChunkBytes: 100, pageEntries: 4, rootEntries: 3 });
    manifest = validateManifest(JSON.parse(await readFile(join(fixture.out, 'manifest.json'), 'utf8')), ANALYZER_VERSION);
    const dictionary = open();
    files = [];
    for await (const leaf of leavesOf(dictionary.directory)) files.push(...leaf.chunks.map(({ file }) => file));
    allTerms = [...new Set((await Promise.all(files.map((file) => dictionary.chunks.get(file)))).flatMap((chunk) => chunk.terms.slice()))];
  });
  after(() => fixture.cleanup());

  it('lists the loaded terms starting with a prefix, in term order, across chunk boundaries', async () => {
    assert.equal(manifest.directories.terms.level, 2, 'the directory has pages, and pages of pages');
    const dictionary = open();
    await dictionary.load([], ['']);
    // the prefixes whose range of chunks is more than one
    const spanning = [];
    for (const p of new Set(allTerms.map((t) => t.slice(0, 2)))) if ((await dictionary.directory.chunks(p, upTo(p))).length > 1) spanning.push(p);
    assert.ok(spanning.length > 0, 'the fixture has a prefix whose terms span chunks');
    for (const prefix of [...spanning, 'ال', 'neg', 'zzz']) {
      await dictionary.load([], [prefix]);
      const expected = allTerms.filter((t) => t.startsWith(prefix)).sort();
      assert.deepEqual(dictionary.withPrefix(prefix).map(([term]) => term), expected, prefix);
    }
  });

  it('gives the most frequent completions of a prefix (largest postings first, ties in term order), and whether there is any, as its full list sorted would', async () => {
    const dictionary = open();
    const prefixes = [...new Set(allTerms.map((t) => t.slice(0, 1))), ...new Set(allTerms.map((t) => t.slice(0, 2))), 'zzz', ''];
    await dictionary.load([], prefixes);
    let tied = 0;
    for (const prefix of prefixes) {
      const all = dictionary.withPrefix(prefix).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      assert.equal(dictionary.hasPrefix(prefix), all.length > 0, prefix);
      for (const k of [0, 1, 3, 40]) {
        assert.deepEqual(dictionary.mostFrequentWithPrefix(prefix, k), all.slice(0, k).map(([term]) => term), `${prefix} ${k}`);
        if (k > 0 && all.length > k && all[k - 1]![1] === all[k]![1]) tied++;
      }
    }
    assert.ok(tied > 0, 'some cut falls between terms of the same size, where term order decides');
  });

  it('gives each term the size of its encoded postings, which grows with its document frequency', async () => {
    const dictionary = open();
    await dictionary.load([], ['']);
    const sizes = new Map(dictionary.withPrefix(''));
    assert.equal(sizes.size, allTerms.length);
    const byFrequency = allTerms.map((term) => [term, dictionary.documentFrequency(term)] as const).sort((a, b) => a[1] - b[1]);
    const rarest = byFrequency[0]!;
    const commonest = byFrequency[byFrequency.length - 1]!;
    assert.ok(commonest[1] > rarest[1]);
    assert.ok(sizes.get(commonest[0])! > sizes.get(rarest[0])!, `${commonest[0]} (${commonest[1]} documents) vs ${rarest[0]} (${rarest[1]})`);
  });

  it('lists the terms of a prefix once it is loaded, and loads what a term or a prefix needs', async () => {
    const reference = open();
    const chunkTerms = await Promise.all(files.map((file) => reference.chunks.get(file).then((chunk) => chunk.terms.slice())));
    // a prefix whose terms are in two chunks or more
    const prefix = [...new Set(allTerms.map((t) => t.slice(0, 2)))].find((p) => chunkTerms.filter((terms) => terms.some((t) => t.startsWith(p))).length > 1)!;
    assert.ok(prefix, 'the fixture has a prefix whose terms are in two chunks');
    const holding = chunkTerms.flatMap((terms, n) => (terms.some((t) => t.startsWith(prefix)) ? [n] : []));
    const fresh = open();
    await fresh.chunks.get(files[holding[0]!]!);
    assert.deepEqual(fresh.withPrefix(prefix), [], 'nothing before the prefix is loaded');
    await fresh.load([], [prefix]);
    assert.deepEqual(fresh.withPrefix(prefix).map(([term]) => term), allTerms.filter((t) => t.startsWith(prefix)).sort());
    const lone = open();
    const last = allTerms[allTerms.length - 1]!;
    await lone.load([last]);
    assert.ok(lone.has(last) && lone.chunks.chunks.size === 1, 'a term loads its one chunk');
  });
});
