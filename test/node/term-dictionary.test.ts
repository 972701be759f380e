import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeMeta, fileName, gunzip, validateManifest, type Manifest } from '../../src/format/index.js';
import { ANALYZER_VERSION } from '../../src/analyzer/index.js';
import { createFetcher, resolveLocation } from '../../src/search/fetcher.js';
import { TermDictionary } from '../../src/search/term-dictionary.js';
import { newsDocs } from '../fixtures/news-docs.js';
import { buildFixtureIndex } from '../helpers/build-fixture-index.js';

describe('TermDictionary', () => {
  let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
  let manifest: Manifest;
  let starts: string[];
  /** Every term of the index, in order. */
  let allTerms: string[];
  const open = () => new TermDictionary(createFetcher(resolveLocation(fixture.out)), manifest, starts);

  before(async () => {
    // small chunks, so a prefix's terms span several of them
    fixture = await buildFixtureIndex(newsDocs, { termChunkBytes: 120 });
    manifest = validateManifest(JSON.parse(await readFile(join(fixture.out, 'manifest.json'), 'utf8')), ANALYZER_VERSION);
    const meta = decodeMeta(await gunzip(await readFile(join(fixture.out, fileName('meta', manifest.files.meta)))));
    starts = meta.termChunkStarts;
    const dictionary = open();
    await dictionary.load(starts.keys());
    allTerms = [...new Set((await Promise.all(starts.map((_, n) => dictionary.chunks.get(n)))).flatMap((chunk) => chunk.terms))];
  });
  after(() => fixture.cleanup());

  it('lists the loaded terms starting with a prefix, in term order, across chunk boundaries', async () => {
    const dictionary = open();
    await dictionary.load(starts.keys());
    // the prefixes whose range of chunks is more than one
    const spanning = [...new Set(allTerms.map((t) => t.slice(0, 2)))].filter((p) => dictionary.chunksOfPrefix(p).length > 1);
    assert.ok(spanning.length > 0, 'the fixture has a prefix whose terms span chunks');
    for (const prefix of [...spanning, 'ال', 'neg', 'zzz']) {
      const expected = allTerms.filter((t) => t.startsWith(prefix)).sort();
      assert.deepEqual(dictionary.withPrefix(prefix).map(([term]) => term), expected, prefix);
    }
  });

  it('gives each term the size of its encoded postings, which grows with its document frequency', async () => {
    const dictionary = open();
    await dictionary.load(starts.keys());
    const sizes = new Map(dictionary.withPrefix(''));
    assert.equal(sizes.size, allTerms.length);
    const byFrequency = allTerms.map((term) => [term, dictionary.documentFrequency(term)] as const).sort((a, b) => a[1] - b[1]);
    const rarest = byFrequency[0]!;
    const commonest = byFrequency[byFrequency.length - 1]!;
    assert.ok(commonest[1] > rarest[1]);
    assert.ok(sizes.get(commonest[0])! > sizes.get(rarest[0])!, `${commonest[0]} (${commonest[1]} documents) vs ${rarest[0]} (${rarest[1]})`);
  });

  it('lists only terms of loaded chunks', async () => {
    const dictionary = open();
    await dictionary.load(starts.keys());
    const chunkTerms = await Promise.all(starts.map((_, n) => dictionary.chunks.get(n).then((chunk) => chunk.terms)));
    // a prefix whose terms are in two chunks or more
    const prefix = [...new Set(allTerms.map((t) => t.slice(0, 2)))].find((p) => chunkTerms.filter((terms) => terms.some((t) => t.startsWith(p))).length > 1)!;
    assert.ok(prefix, 'the fixture has a prefix whose terms are in two chunks');
    const holding = chunkTerms.flatMap((terms, n) => (terms.some((t) => t.startsWith(prefix)) ? [n] : []));
    const fresh = open();
    await fresh.load([holding[0]!]);
    assert.deepEqual(fresh.withPrefix(prefix).map(([term]) => term), chunkTerms[holding[0]!]!.filter((t) => t.startsWith(prefix)));
    await fresh.load(holding);
    assert.deepEqual(fresh.withPrefix(prefix).map(([term]) => term), allTerms.filter((t) => t.startsWith(prefix)).sort());
  });
});
