import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeTextChunk, validateManifest, type Manifest } from '../../src/format/index.js';
import { ANALYZER_VERSION } from '../../src/analyzer/index.js';
import { createFetcher, resolveLocation, type Fetcher } from '../../src/search/fetcher.js';
import { ChunkCache } from '../../src/search/chunk-cache.js';
import { newsDocs } from '../fixtures/news-docs.js';
import { buildFixtureIndex } from '../helpers/build-fixture-index.js';

describe('ChunkCache', () => {
  let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
  let manifest: Manifest;
  /** The names of the files read through `fetcher`, the fixture folder's real fetcher. */
  let reads: string[];
  let fetcher: Fetcher;

  before(async () => {
    // small text chunks: one or two documents each
    fixture = await buildFixtureIndex(newsDocs, { textChunkBytes: 200 });
    manifest = validateManifest(JSON.parse(await readFile(join(fixture.out, 'manifest.json'), 'utf8')), ANALYZER_VERSION);
    const files = createFetcher(resolveLocation(fixture.out));
    fetcher = { base: files.base, read: (name) => (reads.push(name), files.read(name)) };
  });
  after(() => fixture.cleanup());

  const texts = (keep?: number) => {
    reads = [];
    return new ChunkCache(fetcher, 'texts', manifest.files.texts, decodeTextChunk, keep);
  };

  it('fetches each chunk once when unbounded', async () => {
    assert.ok(manifest.files.texts.length >= 4, 'the fixture has four text chunks or more');
    const cache = texts();
    for (const n of [0, 1, 2, 3, 0, 1, 2, 3]) await cache.get(n);
    assert.equal(reads.length, 4);
  });

  it('keeps at most `keep` chunks, forgetting the least recently used, and fetches a forgotten one again', async () => {
    const cache = texts(2);
    const first = await cache.get(0);
    await cache.get(1);
    await cache.get(0); // 0 is now the most recently used: 1 goes next
    await cache.get(2);
    assert.equal(reads.length, 3);
    assert.ok(cache.requested(0) && cache.requested(2) && !cache.requested(1));
    await cache.get(0);
    assert.equal(reads.length, 3, 'chunk 0 was kept');
    const again = await cache.get(1);
    assert.equal(reads.length, 4, 'chunk 1 was fetched again');
    const fresh = new ChunkCache(createFetcher(resolveLocation(fixture.out)), 'texts', manifest.files.texts, decodeTextChunk);
    assert.deepEqual(again, await fresh.get(1));
    assert.ok(!cache.requested(2), 'keeping chunk 1 again forgot chunk 2, the least recently used');
    assert.deepEqual(await cache.get(0), first);
  });
});
