import { before, after } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeIndex, type IndexDocument, type IndexWriterOptions } from '../../corpus-build/core/index-writer.js';
import { writeIndexAtomically } from '../../corpus-build/node/write-atomically.js';
import { openIndex } from '../../src/search/open-index.js';
import type { BahthIndex } from '../../src/search/types.js';

/** Writes an index of `docs` into a new temporary folder; returns the folder and a cleanup. */
export async function buildFixtureIndex(docs: IndexDocument[], options: Partial<IndexWriterOptions> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'bahth-test-'));
  const out = join(dir, 'index');
  const index = await writeIndex(docs, { compress: (d) => gzipSync(d, { level: 9 }), ...options });
  await writeIndexAtomically(out, index);
  return { dir, out, index, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * An index of `docs` for the tests of one describe block: built and opened before them, removed
 * after; `get()` is the opened index.
 */
export function openedFixtureIndex(docs: IndexDocument[]): { get: () => BahthIndex } {
  let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
  let index: BahthIndex;
  before(async () => {
    fixture = await buildFixtureIndex(docs);
    index = await openIndex(fixture.out);
  });
  after(() => fixture.cleanup());
  return { get: () => index };
}
