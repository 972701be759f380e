import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../../src/search/edit-distance.js';

describe('editDistance', () => {
  it('counts deletions, insertions, replacements and swaps of neighbours as one edit', () => {
    assert.equal(editDistance('negotiations', 'negotiations', 2), 0);
    assert.equal(editDistance('negotiations', 'negotations', 2), 1);
    assert.equal(editDistance('negotiations', 'negotiatilons', 2), 1);
    assert.equal(editDistance('مفاوضات', 'مقاوضات', 2), 1);
    assert.equal(editDistance('مفاوضات', 'مافوضات', 2), 1);
    assert.equal(editDistance('ab', 'ba', 1), 1);
  });
  it('stops at max + 1', () => {
    assert.equal(editDistance('negotiations', 'nations', 1), 2);
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
  });
  it('counts code points, not UTF-16 units', () => {
    assert.equal(editDistance('a😀b', 'a😁b', 1), 1);
    // one word with a surrogate pair and one without
    assert.equal(editDistance('a😀b', 'axb', 1), 1);
    assert.equal(editDistance('ab', 'a😀b', 1), 1);
    assert.equal(editDistance('a😀😀b', 'ab', 1), 2);
  });
});

describe('editDistance without swaps', () => {
  it('counts two neighbours swapped as two edits, like Levenshtein', () => {
    assert.equal(editDistance('ab', 'ba', 2, false), 2);
    assert.equal(editDistance('مفاوضات', 'مافوضات', 2, false), 2);
    assert.equal(editDistance('negotiations', 'negotations', 2, false), 1);
  });
});
