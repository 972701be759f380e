// An unfinished word that runs into a suffix (المستشفيا, المعلمو, negotiati, runnin) finds at
// least what the word typed before the suffix began found, and its hits are marked.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unfinishedSuffix } from '../../src/analyzer/index.js';
import type { IndexDocument } from '../../corpus-build/core/index-writer.js';
import { openedFixtureIndex } from '../helpers/build-fixture-index.js';

describe('analyzer: unfinishedSuffix', () => {
  it('reads the last letters as a suffix begun, and finishes it', () => {
    assert.deepEqual(unfinishedSuffix('مستشفيا', 'arabic'), { base: 'مستشفي', completed: ['مستشفيان', 'مستشفيات'] });
    assert.deepEqual(unfinishedSuffix('معلمو', 'arabic'), { base: 'معلم', completed: ['معلمون'] });
    assert.deepEqual(unfinishedSuffix('معلمي', 'arabic'), { base: 'معلم', completed: ['معلمين'] });
    assert.deepEqual(unfinishedSuffix('سيارته', 'arabic'), { base: 'سيارت', completed: ['سيارتها'] });
    assert.deepEqual(unfinishedSuffix('negotiatin', 'latin'), { base: 'negotiat', completed: ['negotiating'] });
    assert.deepEqual(unfinishedSuffix('negotiati', 'latin'), { base: 'negotiat', completed: ['negotiating'] });
    assert.deepEqual(unfinishedSuffix('stoppe', 'latin'), { base: 'stopp', completed: ['stopped', 'stoppes'] });
  });

  it('offers nothing for a whole suffix, a base too short to stem, or a number', () => {
    assert.equal(unfinishedSuffix('مستشفيات', 'arabic'), null); // ات is whole: the stemmer's job
    assert.equal(unfinishedSuffix('حيا', 'arabic'), null); // حي: two letters
    assert.equal(unfinishedSuffix('mines', 'latin'), null);
    assert.equal(unfinishedSuffix('ski', 'latin'), null);
    assert.equal(unfinishedSuffix('2025', 'number'), null);
  });
});

/**
 * Written for these tests: each word below occurs with and without its suffix, and some
 * headlines hold a suffixed form without the article (مستشفيات), an index term that the letters
 * typed begin, so the searcher does not fall back to fewer letters on its own.
 */
const docs: IndexDocument[] = [
  { id: 'ar-hospitals', lang: 'ar', title: 'المستشفيات الحكومية تستقبل المرضى مجاناً', body: 'أعلنت الوزارة أن المستشفيات الحكومية ستستقبل المرضى مجاناً خلال العطلة.' },
  { id: 'ar-hospital', lang: 'ar', title: 'افتتاح مستشفى للأطفال في حمص', body: 'افتُتح في حمص مستشفى جديد للأطفال يضم مئة سرير، وقال مدير المستشفى إنه سيعمل ليلاً ونهاراً.' },
  { id: 'ar-talks', lang: 'ar', title: 'جولة جديدة من المفاوضات في جنيف', body: 'تبدأ الأسبوع المقبل جولة جديدة من المفاوضات بين الطرفين، ويقول المفاوض الرئيسي إن الاتفاق قريب.' },
  { id: 'ar-teachers', lang: 'ar', title: 'المعلمون يطالبون برفع الأجور', body: 'نظّم المعلمون وقفة أمام الوزارة، وقال أحد المعلمين إن رواتب المعلم لا تكفي.' },
  { id: 'ar-elections', lang: 'ar', title: 'الانتخابات البلدية في موعدها', body: 'أكدت اللجنة أن الانتخابات البلدية ستجري في موعدها، وأن الانتخاب سيكون إلكترونياً في بعض المدن.' },
  { id: 'ar-car', lang: 'ar', title: 'سرقة سيارة من أمام منزل', body: 'أبلغ رجل الشرطة أن سيارته سُرقت ليلاً، وقالت جارته إن سيارتها كانت بجانبها.' },
  { id: 'ar-field', lang: 'ar', title: 'مستشفيات ميدانية في الشمال', body: 'أقيمت في الشمال خيام طبية لاستقبال الجرحى.' },
  { id: 'ar-budget', lang: 'ar', title: 'مفاوضات شاقة حول الموازنة وانتخابات مبكرة', body: 'يتوقع النواب أسابيع صعبة قبل إقرار الموازنة.' },
  { id: 'en-budget', lang: 'en', title: 'Budget negotiations drag on', body: 'The negotiations over the budget resume next month.' },
  { id: 'en-talks', lang: 'en', title: 'Negotiators meet again in Geneva', body: 'Negotiating teams met on Monday, and the ceasefire was negotiated overnight.' },
  { id: 'en-marathon', lang: 'en', title: 'Running the city marathon', body: 'Thousands ran through the old town; the runners kept running past midnight.' },
  { id: 'en-port', lang: 'en', title: 'The port stops work', body: 'Dockers stopped work on Friday and will stop again next week.' },
];

/** [the word typed before the suffix began, the same word with its suffix begun] */
const pairs: Array<[string, string]> = [
  ['المستشفي', 'المستشفيا'], ['المفاوض', 'المفاوضا'], ['الانتخاب', 'الانتخابا'], ['المعلم', 'المعلمو'],
  ['المعلم', 'المعلمي'], ['سيارت', 'سيارته'], ['negotiat', 'negotiati'], ['negotiat', 'negotiatin'],
  ['runn', 'runni'], ['runn', 'runnin'], ['stopp', 'stoppe'],
];

describe('search: an unfinished word running into a suffix', () => {
  const fixture = openedFixtureIndex(docs);

  for (const [shorter, longer] of pairs) {
    it(`${longer} finds every document ${shorter} found, each with a mark`, async () => {
      const before = (await fixture.get().search(shorter)).map((h) => h.id);
      assert.ok(before.length > 0, `${shorter} finds something`);
      const hits = await fixture.get().search(longer);
      const found = new Set(hits.map((h) => h.id));
      for (const id of before) assert.ok(found.has(id), `${longer} finds ${id}, as ${shorter} did`);
      for (const hit of hits) assert.ok(hit.titleMarks.length + hit.snippetMarks.length > 0, `${hit.id} is marked for ${longer}`);
    });
  }

  it('finds the suffixed forms themselves: المستشفيا finds المستشفيات, negotiatin finds negotiating', async () => {
    const hospitals = (await fixture.get().search('المستشفيا')).find((h) => h.id === 'ar-hospitals');
    assert.ok(hospitals);
    assert.ok(hospitals.titleMarks.some((m) => hospitals.title.slice(m.start, m.end) === 'المستشفيات'));
    const talks = (await fixture.get().search('negotiatin')).find((h) => h.id === 'en-talks');
    assert.ok(talks);
    assert.ok(talks.snippetMarks.some((m) => talks.snippet.slice(m.start, m.end) === 'Negotiating'));
  });
});
