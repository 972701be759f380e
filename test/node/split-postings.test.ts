import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildIndex } from '../../corpus-build/node/build-index.js';
import { writeIndex, type IndexDocument } from '../../corpus-build/core/index-writer.js';
import { decodeTailBlock, encodePostings, encodeTailBlock, encodeTermChunk, impactOfCode, quantizeImpact, TermChunk, type TermPostings } from '../../src/format/index.js';
import { openIndex } from '../../src/search/open-index.js';
import { writeIndexAtomically } from '../../corpus-build/node/write-atomically.js';
import { newsDocs } from '../fixtures/news-docs.js';

/** Sixty documents mixed from the news fixture (as in the streamed build's test): many terms in many documents. */
function mixedDocs(): IndexDocument[] {
  return Array.from({ length: 60 }, (_, i) => {
    const a = newsDocs[i % newsDocs.length]!;
    const b = newsDocs[(i * 7 + 3) % newsDocs.length]!;
    return { id: `mix-${String(i).padStart(2, '0')}`, lang: a.lang, title: `${a.title} ${i}`, body: `${a.body}\n\n${b.body}\n\n${i}`, ...(a.url && { url: `${a.url}/${i}` }) };
  });
}

/** Words of the documents' titles, whole, their first letters (words being typed), and two words together. */
function queriesOf(docs: IndexDocument[]): string[] {
  const out = new Set<string>();
  for (const doc of docs) {
    const words = doc.title.split(/\s+/).filter((w) => w.length > 1);
    for (const word of words.slice(0, 3)) {
      out.add(word);
      out.add([...word].slice(0, 2).join(''));
      out.add([...word].slice(0, 3).join(''));
    }
    if (words.length > 1) out.add(`${words[0]} ${words[1]}`);
  }
  return [...out];
}

const SMALL_SPLIT = { over: 6, keep: 3, block: 4 };

describe('split postings', () => {
  it('keep their tail blocks and the whole size of the postings in the term chunk', () => {
    const postings: TermPostings = [{ docs: [1, 4], freqs: [2, 1], lead: Uint8Array.from([1, 0]), lengths: Uint8Array.from([7, 9]), tail: { documents: 6, blocks: [
      { first: 0, last: 3, count: 2, impact: quantizeImpact(1.3), file: ['00112233445566aa', 40] },
      { first: 7, last: 9, count: 2, impact: 12, file: ['ffeeddccbbaa9988', 38] },
    ] } }, undefined];
    const chunk = new TermChunk(encodeTermChunk([['plain', [{ docs: [2], freqs: [1], lengths: Uint8Array.from([5]) }, undefined]], ['split', encodePostings(postings, [true, false]), 99]], [true, false]));
    assert.deepEqual([...chunk.split], [[1, 99]]);
    assert.equal(chunk.postingBytes(1), 99, 'a split term counts its postings whole');
    assert.equal(chunk.postingBytes(0), encodePostings([{ docs: [2], freqs: [1], lengths: Uint8Array.from([5]) }, undefined], [true, false]).length);
    const read = chunk.postings(1)[0]!;
    assert.deepEqual(read.docs, [1, 4]);
    assert.deepEqual(read.tail, postings[0]!.tail);
    assert.ok(impactOfCode(read.tail!.blocks[0]!.impact) >= 1.3, 'an impact is coded rounded up');
    const block = { docs: [0, 3], freqs: [1, 5], lead: Uint8Array.from([0, 1]), lengths: Uint8Array.from([30, 4]) };
    assert.deepEqual(decodeTailBlock(encodeTailBlock(block, true), true), block);
  });

  it('give every query the hits of the whole postings, reading the tail blocks its ranking needs', async () => {
    const docs = mixedDocs();
    const work = await mkdtemp(join(tmpdir(), 'bahth-split-'));
    try {
      const compress = (data: Uint8Array) => gzipSync(data, { level: 9 });
      const whole = await writeIndex(docs, { compress, termChunkBytes: 2000 });
      const split = await writeIndex(docs, { compress, termChunkBytes: 2000, splitPostings: SMALL_SPLIT });
      assert.equal(whole.files.filter(({ name }) => name.startsWith('tails.')).length, 0);
      // the manifest says so, and an index opening loads the split reader beside its first chunks
      assert.equal(split.manifest.split, true);
      assert.equal(whole.manifest.split, undefined);
      const tails = split.files.filter(({ name }) => name.startsWith('tails.')).length;
      assert.ok(tails > 20, `${tails} tail blocks`);
      await writeIndexAtomically(join(work, 'whole'), whole);
      await writeIndexAtomically(join(work, 'split'), split);
      const [a, b] = [await openIndex(join(work, 'whole')), await openIndex(join(work, 'split'))];
      const queries = queriesOf(docs);
      assert.ok(queries.length > 50, `${queries.length} queries`);
      let unread = 0;
      for (const query of queries) {
        // a fresh index each time: no block read by an earlier query
        const fresh = await openIndex(join(work, 'split'));
        for (const [split, limit] of [[fresh, 3], [b, 10]] as const) {
          const [x, y] = [await a.query(query, { limit }), await split.query(query, { limit })];
          assert.deepEqual(y.hits.map((h) => [h.id, h.score, h.titleMarks, h.snippet]), x.hits.map((h) => [h.id, h.score, h.titleMarks, h.snippet]), query);
          // blocks left unread hold documents ranked below the hits: the count is then of those found
          if (y.totalAtLeast) unread++;
          assert.ok(y.totalAtLeast ? y.total <= x.total : y.total === x.total, `${query}: ${y.total} ${y.totalAtLeast ? 'at least' : ''} / ${x.total}`);
        }
      }
      assert.ok(unread > 5, `${unread} queries left tail blocks unread`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('are written by the streamed build byte for byte as by the in-memory build', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bahth-split-streamed-'));
    try {
      const docs = mixedDocs();
      await writeFile(join(work, 'docs.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
      const options = { termChunkBytes: 2000, headChunkBytes: 600, textChunkBytes: 3000, packBytes: 4000, splitPostings: SMALL_SPLIT };
      const summary = await buildIndex({ inputs: [join(work, 'docs.jsonl')], out: join(work, 'index'), spillBytes: 20_000, ...options });
      assert.ok(summary.spills >= 6, `spilled ${summary.spills} runs`);
      assert.ok(summary.files.tails > 20, `${summary.files.tails} tail block files`);
      const inMemory = await writeIndex(docs, { compress: (data) => gzipSync(data, { level: 9 }), ...options });
      const written = (await readdir(join(work, 'index'))).filter((name) => name !== 'manifest.json').sort();
      assert.deepEqual(written, inMemory.files.map((f) => f.name).sort(), 'the same files (two tail blocks of the same postings are one)');
      for (const file of inMemory.files) assert.ok(Buffer.from(file.data).equals(await readFile(join(work, 'index', file.name))), file.name);
      // every split term's kept postings are the ones of highest impact: none in its tail blocks above the kept's lowest
      let splitTerms = 0;
      for (const file of inMemory.files.filter(({ name }) => name.startsWith('terms.'))) {
        const chunk = new TermChunk(gunzipSync(file.data));
        for (const index of chunk.split.keys()) {
          splitTerms++;
          for (const entry of chunk.postings(index)) if (entry?.tail) assert.equal(entry.docs.length, SMALL_SPLIT.keep);
        }
      }
      assert.ok(splitTerms > 5, `${splitTerms} split terms`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
