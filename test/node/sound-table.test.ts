import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SoundTableBuilder } from '../../corpus-build/core/sound-table.js';
import { memoryRunStore, type RunStore } from '../../corpus-build/core/runs.js';
import { analyzeText } from '../../src/analyzer/index.js';

/** Every entry of a builder's table, in order. */
async function entriesOf(builder: SoundTableBuilder, readsClitic: (stem: string, cliticStem: string) => boolean = () => false): Promise<string[]> {
  const entries: string[] = [];
  for await (const batch of builder.entries(readsClitic)) entries.push(...batch);
  return entries;
}

/** The sound table of `count` documents, the first `withPair` of which hold the pair of words دير الزور. */
async function tableOf(count: number, withPair: number): Promise<string[]> {
  const builder = new SoundTableBuilder();
  for (let i = 0; i < count; i++) {
    const text = i < withPair ? 'وصل الوفد إلى دير الزور صباحا' : 'وصل الوفد إلى المدينة صباحا';
    builder.addText(text, analyzeText(text));
    builder.endDocument();
  }
  return entriesOf(builder);
}

const holdsPair = (entries: string[]) => entries.some((e) => e.endsWith('دير زور'));

test('a pair of words in two documents is looked up as one name in a small collection', async () => {
  assert.ok(holdsPair(await tableOf(40, 2)));
  assert.ok(!holdsPair(await tableOf(40, 1)), 'a pair in one document is not');
});

test('in a large collection a pair must be in one document in 4,000: rarer pairs are mostly chance', async () => {
  assert.ok(!holdsPair(await tableOf(12_000, 2)));
  assert.ok(holdsPair(await tableOf(12_000, 3)));
});

test('spilled to its store in many runs, the table is the one made in memory, entry for entry', async () => {
  const texts = [
    'وصل الوفد إلى دير الزور صباحا، ثم إلى حلب ودمشق',
    'قال مصطفى إن الوفد زار دير الزور وبدمشق التقى وزير الخارجية',
    'The delegation reached Deir ez-Zor and Aleppo, said Mustafa Khalil.',
    'داراً واسعة في درعا، وبيروت والقاهرة؛ Cairo and Beirut',
    'حزب الله أعلن في بيروت أن الوفد وصل، قال Hezbollah',
  ];
  let runs = 0;
  const spilling: RunStore = { spillBytes: 600, create: () => (runs++, memoryRunStore().create()) };
  const [inMemory, spilled] = [new SoundTableBuilder(), new SoundTableBuilder(spilling)];
  for (let i = 0; i < 300; i++) {
    // a word changed in each document, so the vocabulary grows as an archive's does
    const text = `${texts[i % texts.length]} كلمة${i} word${i}`;
    for (const builder of [inMemory, spilled]) {
      builder.addText(text, analyzeText(text));
      builder.endDocument();
      await builder.flush();
    }
  }
  const readsClitic = (stem: string) => stem.startsWith('ب');
  const expected = await entriesOf(inMemory, readsClitic);
  assert.deepEqual(await entriesOf(spilled, readsClitic), expected);
  assert.ok(runs > 10, `spilled ${runs} times`);
  assert.ok(expected.some((e) => e.endsWith('دير زور')) && expected.some((e) => e.endsWith('mustafa')), 'pairs and Latin names are in');
  assert.deepEqual(expected, [...new Set(expected)].sort(), 'sorted, each entry once');
});
