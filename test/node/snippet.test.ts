import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeQuery } from '../../src/analyzer/index.js';
import { makeSnippet } from '../../src/search/snippet.js';

const termsOf = (query: string) => new Set(analyzeQuery(query).words.map((w) => w.stem));
/** The snippet's text without its ellipses, and what it marks. */
function snippet(body: string, query: string, title = '') {
  const { text, marks } = makeSnippet(body, termsOf(query), title);
  return { text, core: text.replace(/^… /, '').replace(/ …$/, ''), marked: marks.map((m) => text.slice(m.start, m.end)) };
}

const filler = (n: number, word = 'lorem') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('makeSnippet: where a snippet starts', () => {
  it('starts a few words before the first match, at the start of a word (English)', () => {
    const body = `${filler(30)} after two weeks of indirect negotiations hosted in the capital ${filler(30)}`;
    const s = snippet(body, 'negotiations');
    assert.ok(s.text.startsWith('… '), s.text);
    assert.match(s.core, /^(two |weeks |of )*(two )?weeks of indirect negotiations hosted/);
    assert.ok(body.includes(` ${s.core.split(' ')[0]} `), 'begins with a whole word of the text');
    assert.deepEqual(s.marked, ['negotiations']);
  });

  it('starts a few words before the first match, at the start of a word (Arabic, diacritized)', () => {
    const before = 'وأكد المتحدث باسم الوفد في مؤتمر صحفي عقده مساء أمس أن';
    const body = `${filler(25, 'نص')} ${before} المُفَاوَضَاتِ ستستأنف الأسبوع المقبل في القاهرة ${filler(25, 'نص')}`;
    const s = snippet(body, 'مفاوضات');
    assert.deepEqual(s.marked, ['المُفَاوَضَاتِ']);
    const lead = s.core.slice(0, s.core.indexOf('المُفَاوَضَاتِ')).trim().split(' ');
    assert.ok(lead.length >= 2 && lead.length <= 4, `${lead.length} words before the match: ${s.core}`);
    assert.ok(before.endsWith(lead.join(' ')), 'whole words of the text, in order');
  });

  it('does not reach back across the end of a sentence or into the paragraph before', () => {
    const s = snippet(`${filler(20)} The talks ended. Negotiations resume on Monday ${filler(20)}`, 'negotiations');
    assert.match(s.core, /^Negotiations resume/);
    const p = snippet(`${filler(20)} it was said\nNegotiations resume on Monday ${filler(20)}`, 'negotiations');
    assert.match(p.core, /^Negotiations resume/);
    const ar = snippet(`${filler(20, 'نص')} انتهت الجولة؟ المفاوضات تستأنف الاثنين ${filler(20, 'نص')}`, 'المفاوضات');
    assert.match(ar.core, /^المفاوضات تستأنف/);
  });

  it('shows the start of the text at a match near it, with no ellipsis', () => {
    const s = snippet('Bread prices rose again this week in Beirut.', 'bread');
    assert.equal(s.text, 'Bread prices rose again this week in Beirut.');
  });

  it('always begins at a word of the text, whatever the words and where the match falls', () => {
    const words = fc.constantFrom('وزير', 'الصحة', 'يزور', 'المستشفى', 'hospital', 'minister', 'visits', 'the', 'عمّان،', '(2025)', '«قال»', 'said.', 'قال.');
    fc.assert(fc.property(fc.array(words, { minLength: 1, maxLength: 120 }), fc.constantFrom('hospital', 'المستشفى', 'minister', 'يزور'), (list, query) => {
      const body = list.join(' ');
      const { core } = snippet(body, query);
      const at = body.indexOf(core);
      assert.ok(at >= 0, `the snippet is a run of the text: ${core}`);
      assert.ok(at === 0 || body[at - 1] === ' ', `it starts at a word: ${core}`);
    }), { numRuns: 300 });
  });
});

describe('makeSnippet: a passage of the text over a restated title', () => {
  it('prefers a later sentence to a lead that repeats the headline (English)', () => {
    const title = 'Olive harvest season begins in the villages';
    const body = 'The olive harvest season began this week in the villages of the north. ' +
      `${filler(40)}. Farmers expect a smaller olive crop after a dry spring, and prices may rise. ${filler(20)}`;
    const s = snippet(body, 'olive', title);
    assert.match(s.core, /olive crop after a dry spring/);
    assert.doesNotMatch(s.core, /harvest season began/);
  });

  it('prefers a later sentence to a lead that repeats the headline (Arabic)', () => {
    const title = 'وزير الصحة يفتتح جناحاً جديداً في المستشفى الوطني';
    const body = 'افتتح وزير الصحة اليوم جناحاً جديداً في المستشفى الوطني. ' +
      `${filler(40, 'نص')}. وقال مدير المستشفى إن الجناح يضم أربعين سريراً للأطفال. ${filler(20, 'نص')}`;
    const s = snippet(body, 'المستشفى', title);
    assert.match(s.core, /مدير المستشفى إن الجناح/);
  });

  it('still shows the restated title when it alone holds every word of the query', () => {
    const title = 'Olive harvest season begins in the villages';
    const body = `The olive harvest season began this week in the villages. ${filler(30)}. Farmers expect a smaller crop.`;
    assert.deepEqual(snippet(body, 'olive harvest', title).marked, ['olive', 'harvest']);
  });

  it('without a match in the text, starts after a copy of the title at its start', () => {
    const title = 'Public library opens in Aleppo';
    const s = snippet(`${title}\n\nThe new building holds forty thousand books.`, 'xyzzy', title);
    assert.equal(s.text, 'The new building holds forty thousand books.');
  });
});
