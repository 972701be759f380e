// Ranking: one small collection per cause of lost rank found on the development queries, each
// written so that the document the query is after loses without the fix (ties break towards
// the lower document number, so the document that should lose is given the id sorting first).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openIndex, type BahthIndex } from '../../src/index.js';
import type { IndexDocument } from '../../corpus-build/core/index-writer.js';
import { buildFixtureIndex } from '../helpers/build-fixture-index.js';

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

/** Builds an index of `docs` for the tests of one describe block; `get()` is the opened index. */
function collection(docs: IndexDocument[]) {
  let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
  let index: BahthIndex;
  before(async () => {
    fixture = await buildFixtureIndex(docs);
    index = await openIndex(fixture.out);
  });
  after(() => fixture.cleanup());
  return { get: () => index };
}

describe('ranking: a stem is not a word as written', () => {
  // Each pair differs only in the headline's form of the word; the query is the second form.
  const c = collection([
    { id: 'a-blast', lang: 'en', title: 'Blast at the harbour', body: 'A blast shook the harbour on Monday night.' },
    { id: 'b-blasts', lang: 'en', title: 'Blasts at the harbour', body: 'A blast shook the harbour on Monday night.' },
    { id: 'c-sawahil', lang: 'ar', title: 'غرق مركب قبالة سواحل المدينة', body: 'غرق مركب صيد قبالة السواحل مساء الاثنين.' },
    { id: 'd-alsawahil', lang: 'ar', title: 'غرق مركب قبالة السواحل الشمالية', body: 'غرق مركب صيد قبالة السواحل مساء الاثنين.' },
  ]);

  it('ranks the headline with the very word typed above one with another word of its stem', async () => {
    assert.equal((await c.get().search('blasts '))[0]?.id, 'b-blasts');
    assert.equal((await c.get().search('السواحل '))[0]?.id, 'd-alsawahil');
  });

  it('still finds both forms, and the word typed as its own stem ranks its own headline first', async () => {
    assert.deepEqual(new Set(ids(await c.get().search('blasts '))), new Set(['a-blast', 'b-blasts']));
    assert.equal((await c.get().search('blast '))[0]?.id, 'a-blast');
  });
});

describe('marks: a headline found by a word as written', () => {
  const c = collection([
    { id: 'en-marathon', lang: 'en', title: 'Running the city marathon', body: 'Thousands ran through the old town on Sunday.' },
  ]);

  it('marks that word, though its stem is not what was typed (runni… finds Running, stem run)', async () => {
    const [hit] = await c.get().search('runni');
    assert.equal(hit?.id, 'en-marathon');
    assert.deepEqual(hit.titleMarks.map((m) => hit.title.slice(m.start, m.end)), ['Running']);
  });
});
