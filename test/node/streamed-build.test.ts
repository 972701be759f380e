import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildIndex } from '../../corpus-build/node/build-index.js';
import { FIELDS, writeIndex, type IndexDocument } from '../../corpus-build/core/index-writer.js';
import { ExternalSorter } from '../../corpus-build/core/external-sort.js';
import { fileRunStore } from '../../corpus-build/node/file-runs.js';
import { ByteReader, ByteWriter } from '../../src/format/bytes.js';
import { TermChunk } from '../../src/format/index.js';
import { newsDocs } from '../fixtures/news-docs.js';

/**
 * Sixty documents mixed from the news fixture: each takes one article's title and another's
 * paragraphs, with a number of its own, so the vocabulary (clitic-bearing Arabic words among
 * it) is spread over many documents, and blocks of a few documents each see part of it.
 */
function mixedDocs(): IndexDocument[] {
  return Array.from({ length: 60 }, (_, i) => {
    const a = newsDocs[i % newsDocs.length]!;
    const b = newsDocs[(i * 7 + 3) % newsDocs.length]!;
    return { id: `mix-${String(i).padStart(2, '0')}`, lang: a.lang, title: `${a.title} ${i}`, body: `${a.body}\n\n${b.body}\n\n${i}`, ...(a.url && { url: `${a.url}/${i}` }) };
  });
}

describe('the streamed build', () => {
  it('writes, spilling documents and postings several times, byte for byte what the in-memory build writes, lead flags and sound table included', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bahth-streamed-'));
    try {
      const docs = mixedDocs();
      await writeFile(join(work, 'docs.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
      const options = { termChunkBytes: 2000, headChunkBytes: 600, textChunkBytes: 3000, soundChunkBytes: 500, packBytes: 4000 };
      const summary = await buildIndex({ inputs: [join(work, 'docs.jsonl')], out: join(work, 'index'), spillBytes: 20_000, ...options });
      assert.equal(summary.documents, docs.length);
      assert.ok(summary.spills >= 6, `spilled ${summary.spills} runs`);

      const inMemory = await writeIndex(docs, { compress: (data) => gzipSync(data, { level: 9 }), ...options });
      // what the comparison covers: the sound table in several chunks, body postings in and out of the lead
      assert.ok(inMemory.manifest.directories.sounds.chunks > 3, `${inMemory.manifest.directories.sounds.chunks} sound-table chunks`);
      const lead = [0, 0];
      for (const file of inMemory.files.filter(({ name }) => name.startsWith('terms.'))) {
        const chunk = new TermChunk(gunzipSync(file.data));
        chunk.terms.slice().forEach((_, i) => {
          for (const flag of Array.from(chunk.postings(i)[FIELDS.indexOf('body')]?.lead ?? [])) lead[flag]!++;
        });
      }
      assert.ok(lead[0]! > 0 && lead[1]! > 0, `body postings out of / in the lead: ${lead.join(' / ')}`);
      const written = (await readdir(join(work, 'index'))).filter((name) => name !== 'manifest.json').sort();
      assert.deepEqual(written, inMemory.files.map((f) => f.name).sort(), 'the same files');
      for (const file of inMemory.files) assert.ok(Buffer.from(file.data).equals(await readFile(join(work, 'index', file.name))), file.name);
      assert.deepEqual(JSON.parse(await readFile(join(work, 'index', 'manifest.json'), 'utf8')), inMemory.manifest);
      assert.deepEqual(await readdir(work), ['docs.jsonl', 'index'], 'no staging folder or spilled run is left');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('ExternalSorter over spilled runs', () => {
  it('sorts as Array.prototype.sort does, equal items in the order they came', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bahth-sort-'));
    try {
      const items = Array.from({ length: 3000 }, (_, i) => [String.fromCharCode(0x627 + ((i * 7919) % 40)), i] as [string, number]);
      const codec = {
        encode: ([key, n]: [string, number]) => new ByteWriter().string(key).varint(n).finish(),
        decode: (record: Uint8Array): [string, number] => {
          const reader = new ByteReader(record);
          return [reader.string(), reader.varint()];
        },
        size: () => 100,
      };
      const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      const sorter = new ExternalSorter(fileRunStore(join(work, 'runs'), 10_000), codec, byKey);
      for (const item of items) await sorter.add(item);
      const sorted: Array<[string, number]> = [];
      for await (const batch of sorter.sorted()) sorted.push(...batch);
      assert.ok(sorter.spills >= 20, `${sorter.spills} runs`);
      assert.deepEqual(sorted, [...items].sort(byKey));
      assert.deepEqual(await readdir(join(work, 'runs')), [], 'each run file is removed once read');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
