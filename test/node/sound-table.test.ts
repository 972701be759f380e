import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SoundTableBuilder } from '../../corpus-build/core/sound-table.js';
import { analyzeText } from '../../src/analyzer/index.js';

/** The sound table of `count` documents, the first `withPair` of which hold the pair of words دير الزور. */
function tableOf(count: number, withPair: number): string[] {
  const builder = new SoundTableBuilder();
  for (let i = 0; i < count; i++) {
    const text = i < withPair ? 'وصل الوفد إلى دير الزور صباحا' : 'وصل الوفد إلى المدينة صباحا';
    builder.addText(text, analyzeText(text));
    builder.endDocument();
  }
  return builder.entries(() => false);
}

const holdsPair = (entries: string[]) => entries.some((e) => e.endsWith('دير زور'));

test('a pair of words in two documents is looked up as one name in a small collection', () => {
  assert.ok(holdsPair(tableOf(40, 2)));
  assert.ok(!holdsPair(tableOf(40, 1)), 'a pair in one document is not');
});

test('in a large collection a pair must be in one document in 4,000: rarer pairs are mostly chance', () => {
  assert.ok(!holdsPair(tableOf(12_000, 2)));
  assert.ok(holdsPair(tableOf(12_000, 3)));
});
