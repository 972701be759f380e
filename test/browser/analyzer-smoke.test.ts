import { expect } from '@open-wc/testing';
import { analyzeText } from '../../src/analyzer/index.js';

describe('analyzer smoke in Chromium', () => {
  it('folds diacritics and strips the article', () => {
    expect(analyzeText('الْكِتَابُ')[0]!.stem).to.equal('كتاب');
  });
});
