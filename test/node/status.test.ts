import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf, type StatusState } from '../../src/component/status.js';
import { ar } from '../../src/component/translations/ar.js';
import { en } from '../../src/component/translations/en.js';

const state = (s: Partial<StatusState>): StatusState => ({ query: 'government', shown: 'government', total: 0, count: 0, filtered: false, loading: false, searching: false, recent: false, ...s });

describe('the status line', () => {
  it('says "at least" when the index counted only the documents it read (split postings)', () => {
    assert.equal(statusOf(en, state({ total: 1234, count: 10, totalAtLeast: true })), 'At least 1,234 results');
    assert.equal(statusOf(ar, state({ total: 1234, count: 10, totalAtLeast: true })), '١٬٢٣٤ نتيجة على الأقل');
    assert.equal(statusOf(en, state({ total: 1234, count: 10 })), '10 of 1,234 results');
  });

  it('says "searching" while the query waits, unless the index itself is loading', () => {
    assert.equal(statusOf(en, state({ total: 3, count: 3, searching: true })), en.searching);
    assert.equal(statusOf(en, state({ shown: null, searching: true, loading: true })), en.loading);
  });
});
