import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeHeadChunk, decodeTextChunk, fileName, gunzip, validateManifest, type IndexFile } from '../../src/format/index.js';
import { ANALYZER_VERSION } from '../../src/analyzer/index.js';
import { createFetcher, resolveLocation, type Fetcher } from '../../src/search/fetcher.js';
import { ChunkCache } from '../../src/search/chunk-cache.js';
import { newsDocs } from '../fixtures/news-docs.js';
import { buildFixtureIndex } from '../helpers/build-fixture-index.js';

describe('ChunkCache', () => {
  let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
  /** The text chunks, as the head chunks name them. */
  let textFiles: IndexFile[];
  /** The names of the files read through `fetcher`, the fixture folder's real fetcher. */
  let reads: string[];
  let fetcher: Fetcher;

  before(async () => {
    // small text chunks: one or two documents each
    fixture = await buildFixtureIndex(newsDocs, { textChunkBytes: 200 });
    const manifest = validateManifest(JSON.parse(await readFile(join(fixture.out, 'manifest.json'), 'utf8')), ANALYZER_VERSION);
    assert.equal(manifest.directories.heads.level, 0, 'a small index lists its head chunks in the manifest');
    const heads = await Promise.all(manifest.directories.heads.entries.map(async ([, hash, bytes]) => decodeHeadChunk(await gunzip(await readFile(join(fixture.out, fileName('heads', [hash, bytes])))))));
    const seen = new Set<string>();
    textFiles = heads.flatMap((chunk) => chunk.texts).filter(([, hash]) => !seen.has(hash) && seen.add(hash)).map(([, hash, bytes]): IndexFile => [hash, bytes]);
    const files = createFetcher(resolveLocation(fixture.out));
    fetcher = { base: files.base, read: (name) => (reads.push(name), files.read(name)) };
  });
  after(() => fixture.cleanup());

  const texts = (keep?: number) => {
    reads = [];
    return new ChunkCache(fetcher, 'texts', decodeTextChunk, keep);
  };

  it('fetches each chunk once when unbounded', async () => {
    assert.ok(textFiles.length >= 4, 'the fixture has four text chunks or more');
    const cache = texts();
    for (const n of [0, 1, 2, 3, 0, 1, 2, 3]) await cache.get(textFiles[n]!);
    assert.equal(reads.length, 4);
  });

  it('keeps at most `keep` chunks, forgetting the least recently used, and fetches a forgotten one again', async () => {
    const cache = texts(2);
    const first = await cache.get(textFiles[0]!);
    await cache.get(textFiles[1]!);
    await cache.get(textFiles[0]!); // 0 is now the most recently used: 1 goes next
    await cache.get(textFiles[2]!);
    assert.equal(reads.length, 3);
    assert.ok(cache.chunks.has(textFiles[0]![0]) && cache.chunks.has(textFiles[2]![0]) && !cache.chunks.has(textFiles[1]![0]));
    await cache.get(textFiles[0]!);
    assert.equal(reads.length, 3, 'chunk 0 was kept');
    const again = await cache.get(textFiles[1]!);
    assert.equal(reads.length, 4, 'chunk 1 was fetched again');
    const fresh = new ChunkCache(createFetcher(resolveLocation(fixture.out)), 'texts', decodeTextChunk);
    assert.deepEqual(again, await fresh.get(textFiles[1]!));
    assert.ok(!cache.chunks.has(textFiles[2]![0]), 'keeping chunk 1 again forgot chunk 2, the least recently used');
    assert.deepEqual(await cache.get(textFiles[0]!), first);
  });
});
