// Analyzer tests in Chromium: the same shared cases as test/node/analyzer.test.ts (mocha
// globals, expect from @open-wc/testing), so Node and the browser agree term for term.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ANALYZER_VERSION, analyzeQuery, analyzeText, normalize, tokenize } from '../../src/analyzer/index.js';
import { porter2 } from '../../src/analyzer/english-stem.js';
import {
  MARKS_OR_TATWEEL, MUST_MATCH, MUST_NOT_MATCH, PORTER2_CASES, TERM_CASES, anyCodePoints, anyString, matches, nastyString, tokenInvariantViolation,
} from '../analyzer/cases.js';

describe('analyzer in Chromium: index terms', () => {
  for (const c of TERM_CASES) {
    it(`${c.input} → ${c.stems.join(' ') || '(stop)'}`, () => {
      const tokens = analyzeText(c.input);
      expect(tokens.flatMap((t) => (t.stem === null ? [] : [t.stem]))).to.deep.equal(c.stems);
      expect(tokens.flatMap((t) => (t.cliticStem === null ? [] : [t.cliticStem]))).to.deep.equal(c.clitic ?? []);
    });
  }
  it('is version 3', () => expect(ANALYZER_VERSION).to.equal(3));
});

describe('analyzer in Chromium: full Porter2', () => {
  for (const [w, s] of Object.entries(PORTER2_CASES)) it(`${w} → ${s}`, () => expect(porter2(w)).to.equal(s));
});

describe('analyzer in Chromium: must match', () => {
  for (const p of MUST_MATCH) it(`${p.query.trim()} ↔ ${p.doc}`, () => expect(matches(p)).to.equal(true));
});

describe('analyzer in Chromium: must not match', () => {
  for (const p of MUST_NOT_MATCH) it(`${p.query.trim()} ↮ ${p.doc}`, () => expect(matches(p)).to.equal(false));
});

describe('analyzer in Chromium: queries and offsets', () => {
  it('strips the article and clitics from the unfinished word', () => {
    expect(analyzeQuery('وزير وبالمفاو').words.map((w) => w.prefix)).to.deep.equal(['وزير', 'مفاو']);
  });
  it('keeps harakat and tatweel inside the span of their word', () => {
    const text = 'قالَ الوزيـــرُ، ثمّ Syria’s';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).to.deep.equal(['قالَ', 'الوزيـــرُ', 'ثمّ', 'Syria’s']);
  });
});

describe('analyzer in Chromium: properties', () => {
  const strings = fc.oneof(nastyString(), anyString(), anyCodePoints());
  it('normalization is idempotent and leaves no harakat or tatweel', () => {
    fc.assert(fc.property(strings, (s) => normalize(normalize(s)) === normalize(s) && !MARKS_OR_TATWEEL.test(normalize(s))), { numRuns: 2000 });
  });
  it('token invariants hold and analysis never throws', () => {
    fc.assert(fc.property(strings, (s) => {
      const why = tokenInvariantViolation(s);
      if (why) throw new Error(why);
      analyzeText(s);
      analyzeQuery(s);
    }), { numRuns: 2000 });
  });
  it('handles a 100 000-character input', () => {
    const s = fc.sample(anyString(100), 1000).join('').slice(0, 100_000).padEnd(100_000, 'وَ');
    expect(tokenInvariantViolation(s)).to.equal(null);
    expect(analyzeText(s).length).to.be.greaterThan(0);
  });
});
