// Analyzer tests in Node: the shared cases of test/analyzer/cases.ts, fast-check properties,
// and speed. The same cases run in Chromium from test/browser/analyzer.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ANALYZER_VERSION, analyzeQuery, analyzeText, normalize, tokenize } from '../../src/analyzer/index.js';
import { porter2 } from '../../src/analyzer/english-stem.js';
import {
  MARKS_OR_TATWEEL, MUST_MATCH, MUST_NOT_MATCH, PORTER2_CASES, TERM_CASES, anyCodePoints, anyString, matches, nastyString, tokenInvariantViolation,
} from '../analyzer/cases.js';

describe('analyzer: index terms', () => {
  for (const c of TERM_CASES) {
    it(`${c.input} → ${c.stems.join(' ') || '(stop)'}`, () => {
      const tokens = analyzeText(c.input);
      assert.deepEqual(tokens.flatMap((t) => (t.stem === null ? [] : [t.stem])), c.stems);
      assert.deepEqual(tokens.flatMap((t) => (t.cliticStem === null ? [] : [t.cliticStem])), c.clitic ?? []);
    });
  }
  it('is version 3', () => assert.equal(ANALYZER_VERSION, 3));
});

describe('analyzer: full Porter2', () => {
  for (const [w, s] of Object.entries(PORTER2_CASES)) it(`${w} → ${s}`, () => assert.equal(porter2(w), s));
});

describe('analyzer: must match', () => {
  for (const p of MUST_MATCH) it(`${p.query.trim()} ↔ ${p.doc}`, () => assert.equal(matches(p), true));
});

describe('analyzer: must not match', () => {
  for (const p of MUST_NOT_MATCH) it(`${p.query.trim()} ↮ ${p.doc}`, () => assert.equal(matches(p), false));
});

describe('analyzer: queries', () => {
  it('strips the article and clitics from the unfinished word only', () => {
    const q = analyzeQuery('وزير وبالمفاو');
    assert.equal(q.lastIsPartial, true);
    assert.deepEqual(q.words.map((w) => w.prefix), ['وزير', 'مفاو']);
    assert.equal(analyzeQuery('المستش').words[0]!.prefix, 'مستش');
    assert.equal(analyzeQuery('ال').words[0]!.prefix, '');
  });
  it('knows when the last word is finished', () => {
    assert.equal(analyzeQuery('وزير ').lastIsPartial, false);
    assert.equal(analyzeQuery('وزير،').lastIsPartial, false);
    assert.equal(analyzeQuery('').lastIsPartial, false);
  });
  it('uses the joined form of a hyphenated word', () => {
    assert.deepEqual(analyzeQuery('cease-fire now').words.map((w) => w.stem), ['ceasefir', 'now']);
  });
  it('tolerates typos only in words of 5 letters or more, two in words of 9 or more', () => {
    const edits = (q: string) => analyzeQuery(q).words.map((w) => w.maxEdits);
    assert.deepEqual(edits('قصف حمص المستشفى والمستشفيات'), [0, 0, 1, 2]);
    assert.deepEqual(edits('news talks negotiations F16FALCON 12345'), [0, 1, 2, 0, 0]);
  });
  it('marks stop words and keeps their form as the stem', () => {
    const [w] = analyzeQuery('في ').words;
    assert.equal(w!.stop, true);
    assert.equal(w!.stem, 'في');
  });
});

describe('analyzer: offsets', () => {
  it('point into the original text, marks and tatweel inside', () => {
    const text = 'قالَ الوزيـــرُ، ثمّ Syria’s cease-fire.';
    const spans = tokenize(text).map((t) => text.slice(t.start, t.end));
    assert.deepEqual(spans, ['قالَ', 'الوزيـــرُ', 'ثمّ', 'Syria’s', 'cease', 'fire', 'cease-fire']);
  });
  it('split at a change of script', () => {
    const text = 'الـBBC';
    assert.deepEqual(tokenize(text).map((t) => [text.slice(t.start, t.end), t.script]), [['الـ', 'arabic'], ['BBC', 'latin']]);
  });
});

describe('analyzer: properties', () => {
  const strings = fc.oneof(nastyString(), anyString(), anyCodePoints());
  it('normalization is idempotent, an accent between a digit and a separator included', () => {
    for (const s of ['1\u0301\u066B\u0663', '1\u0301\u066C\u0663\u0660\u0660']) assert.equal(normalize(normalize(s)), normalize(s), s);
    fc.assert(fc.property(strings, (s) => normalize(normalize(s)) === normalize(s)), { numRuns: 3000 });
  });
  it('normalized text has no harakat and no tatweel', () => {
    fc.assert(fc.property(strings, (s) => !MARKS_OR_TATWEEL.test(normalize(s))), { numRuns: 2000 });
  });
  it('analysis never throws, and stems are never empty', () => {
    fc.assert(fc.property(strings, (s) => {
      for (const t of analyzeText(s)) if (t.stem === '' || t.cliticStem === '') return false;
      const q = analyzeQuery(s);
      return q.words.every((w) => w.stem.length > 0 && w.maxEdits >= 0);
    }), { numRuns: 2000 });
  });
  it('token offsets are in bounds, ordered, grapheme-safe, and norm is normalize(slice)', () => {
    fc.assert(fc.property(strings, (s) => {
      const why = tokenInvariantViolation(s);
      if (why) throw new Error(why);
    }), { numRuns: 3000 });
  });
  it('handles a 100 000-character input of any code units', () => {
    const s = fc.sample(anyString(100), 1000).join('').slice(0, 100_000).padEnd(100_000, 'وَ');
    assert.equal(s.length, 100_000);
    assert.equal(tokenInvariantViolation(s), null);
    assert.ok(analyzeText(s).length > 0);
    assert.equal(analyzeQuery(s).lastIsPartial, true);
  });
});

describe('analyzer: speed', () => {
  it('normalizes and analyzes a 2 KB article quickly', () => {
    const article = 'أعلنت وزارة الخارجيّة السورية، اليوم الأحد، أن المفاوضات مع الأمم المتحدة في جنيف ستُستأنف ' +
      'بعد توقّف دام ٣ أسابيع. The talks in Geneva resumed on Sunday after a three-week pause, officials said. ';
    const text = article.repeat(Math.ceil(2048 / article.length)).slice(0, 2048);
    for (let i = 0; i < 50; i++) analyzeText(text); // warm up
    const runs = 200;
    let t0 = performance.now();
    for (let i = 0; i < runs; i++) normalize(text);
    const normalizeMs = (performance.now() - t0) / runs;
    t0 = performance.now();
    for (let i = 0; i < runs; i++) analyzeText(text);
    const analyzeMs = (performance.now() - t0) / runs;
    // Generous bounds for a shared machine; typical figures are far lower.
    assert.ok(normalizeMs < 1, `normalize took ${normalizeMs.toFixed(3)} ms`);
    assert.ok(analyzeMs < 5, `analyzeText took ${analyzeMs.toFixed(3)} ms`);
  });
});
