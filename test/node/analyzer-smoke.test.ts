import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../src/analyzer/index.js';

describe('analyzer smoke', () => {
  it('folds diacritics and strips the article', () => {
    assert.equal(analyzeText('الْكِتَابُ')[0]!.stem, 'كتاب');
  });
});
