// Ranking: one small collection per cause of lost rank found on the development queries, each
// written so that the document the query is after loses without the fix (ties break towards
// the lower document number, so the document that should lose is given the id sorting first).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FIELDS, writeIndex } from '../../corpus-build/core/index-writer.js';
import { TermChunk } from '../../src/format/index.js';
import { openedFixtureIndex } from '../helpers/build-fixture-index.js';

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('ranking: a stem is not a word as written', () => {
  // Each pair differs only in the headline's form of the word; the query is the second form.
  const c = openedFixtureIndex([
    { id: 'a-blast', lang: 'en', title: 'Blast at the harbour', body: 'A blast shook the harbour on Monday night.' },
    { id: 'b-blasts', lang: 'en', title: 'Blasts at the harbour', body: 'A blast shook the harbour on Monday night.' },
    { id: 'c-sawahil', lang: 'ar', title: 'غرق مركب قبالة سواحل المدينة', body: 'غرق مركب صيد قبالة السواحل مساء الاثنين.' },
    { id: 'd-alsawahil', lang: 'ar', title: 'غرق مركب قبالة السواحل الشمالية', body: 'غرق مركب صيد قبالة السواحل مساء الاثنين.' },
  ]);

  it('ranks the headline with the very word typed above one with another word of its stem', async () => {
    assert.equal((await c.get().search('blasts '))[0]?.id, 'b-blasts');
    assert.equal((await c.get().search('السواحل '))[0]?.id, 'd-alsawahil');
  });

  it('still finds both forms, and the word typed as its own stem ranks its own headline first', async () => {
    assert.deepEqual(new Set(ids(await c.get().search('blasts '))), new Set(['a-blast', 'b-blasts']));
    assert.equal((await c.get().search('blast '))[0]?.id, 'a-blast');
  });
});

describe('marks: a headline found by a word as written', () => {
  const c = openedFixtureIndex([
    { id: 'en-marathon', lang: 'en', title: 'Running the city marathon', body: 'Thousands ran through the old town on Sunday.' },
  ]);

  it('marks that word, though its stem is not what was typed (runni… finds Running, stem run)', async () => {
    const [hit] = await c.get().search('runni');
    assert.equal(hit?.id, 'en-marathon');
    assert.deepEqual(hit.titleMarks.map((m) => hit.title.slice(m.start, m.end)), ['Running']);
  });
});

/** Sentences about a port with none of the words the lead tests search for: filler of a known length. */
const PORT_FILLER_EN = 'Fishing boats left at dawn and came back with a small catch. Traders in the market said prices were steady. ' +
  'A ferry from the islands arrived late because of the wind. Crews painted the old lighthouse white again. ' +
  'Children watched the cranes from the breakwater while gulls circled above the nets.';
const PORT_FILLER_AR = 'خرجت قوارب الصيد فجراً وعادت بصيد قليل. وقال التجار في السوق إن الأسعار مستقرة. ' +
  'ووصلت عبّارة من الجزر متأخرة بسبب الريح. وطلى العمال المنارة القديمة بالأبيض من جديد. ' +
  'وراقب الأطفال الرافعات من كاسر الأمواج بينما حلّقت النوارس فوق الشباك.';

describe('ranking: the lead of an article', () => {
  // The same words once in each body: in the first sentence of the longer one, at the end of
  // the shorter one (which BM25's length part favours).
  const c = openedFixtureIndex([
    { id: 'a-late-en', lang: 'en', title: 'Port news', body: `${PORT_FILLER_EN} The harbour authority reopened the northern quay.` },
    { id: 'b-lead-en', lang: 'en', title: 'Port news', body: `The harbour authority reopened the northern quay on Monday. ${PORT_FILLER_EN} ${PORT_FILLER_EN}` },
    { id: 'a-late-ar', lang: 'ar', title: 'أخبار الميناء', body: `${PORT_FILLER_AR} أعادت سلطة المرفأ فتح الرصيف الشمالي.` },
    { id: 'b-lead-ar', lang: 'ar', title: 'أخبار الميناء', body: `أعادت سلطة المرفأ فتح الرصيف الشمالي يوم الاثنين. ${PORT_FILLER_AR} ${PORT_FILLER_AR}` },
  ]);

  it('is flagged by the index: body terms among the first 40 words, parts of a hyphenated word included', async () => {
    const filler = Array.from({ length: 38 }, (_, i) => `w${i}`).join(' ');
    const { files } = await writeIndex([{ id: 'd', lang: 'en', title: 'T', body: `alpha cease-fire ${filler} omega` }], { compress: (d) => d });
    const lead = new Map<string, number>();
    for (const file of files.filter((f) => f.name.startsWith('terms.'))) {
      const chunk = new TermChunk(file.data);
      chunk.terms.slice().forEach((term, i) => {
        const body = chunk.postings(i)[FIELDS.indexOf('body')];
        if (body) lead.set(term, body.lead![0]!);
      });
    }
    assert.deepEqual([lead.get('alpha'), lead.get('ceas'), lead.get('fire'), lead.get('ceasefir'), lead.get('w37'), lead.get('omega')], [1, 1, 1, 1, 1, 0]);
  });

  it('ranks a keyword query\'s words in the lead above the same words further on', async () => {
    assert.equal((await c.get().search('harbour quay '))[0]?.id, 'b-lead-en');
    assert.equal((await c.get().search('المرفأ الرصيف '))[0]?.id, 'b-lead-ar');
  });

  it('does not weigh the lead for a sentence, whose answer may be anywhere', async () => {
    assert.equal((await c.get().search('When was the northern quay of the harbour authority reopened?'))[0]?.id, 'a-late-en');
    assert.equal((await c.get().search('متى أعادت سلطة المرفأ فتح الرصيف الشمالي؟'))[0]?.id, 'a-late-ar');
  });
});

describe('ranking: a sentence is not a list of keywords', () => {
  const c = openedFixtureIndex([
    // holds every word of the question once, in a long text about something else
    {
      id: 'a-every-word', lang: 'en', title: 'Notes from the valley',
      body: `In spring the old road to the mill was rebuilt. ${PORT_FILLER_EN} The town council met twice. ${PORT_FILLER_EN} ` +
        `A river festival was planned. ${PORT_FILLER_EN} Heavy rain flooded a car park.`,
    },
    // the answer: every word but one (spring), about them
    {
      id: 'b-answer', lang: 'en', title: 'Flood in the mill town',
      body: 'The river burst its banks and flooded the old mill town. The mill stood under water for a week, and the town cleared the mud.',
    },
  ]);

  it('ranks a question\'s answer by its words\' weight, not by how many of them it holds', async () => {
    assert.equal((await c.get().search('Which river flooded the old mill town in spring?'))[0]?.id, 'b-answer');
  });

  it('still ranks documents holding more of a keyword query\'s words first', async () => {
    assert.equal((await c.get().search('spring flooded mill '))[0]?.id, 'a-every-word');
  });
});

describe('ranking: the question words of a sentence', () => {
  const c = openedFixtureIndex([
    // says "what" and "did" (rare in news text), and the question's subject once
    { id: 'a-quote', lang: 'en', title: 'Letters', body: '"What did we expect?" a reader wrote on the bridge.' },
    { id: 'a-quote-ar', lang: 'ar', title: 'رسائل القراء', body: '«متى ينتهي الانتظار؟» كتب قارئ عن الجسر.' },
    // the answers
    { id: 'b-answer', lang: 'en', title: 'Repairs before winter', body: 'The council decided on Tuesday to repair the bridge over the river before winter.' },
    { id: 'b-answer-ar', lang: 'ar', title: 'إصلاحات قبل الشتاء', body: 'قرر المجلس يوم الثلاثاء إصلاح الجسر فوق النهر قبل الشتاء.' },
    // the council and its decisions are common, the question words are not
    { id: 'c-1', lang: 'en', title: 'Schools budget', body: 'The council decided to raise the budget for schools.' },
    { id: 'c-2', lang: 'en', title: 'Next meeting', body: 'The council decided to meet again next month.' },
    { id: 'c-1-ar', lang: 'ar', title: 'ميزانية المدارس', body: 'قرر المجلس زيادة ميزانية المدارس.' },
    { id: 'c-2-ar', lang: 'ar', title: 'الاجتماع المقبل', body: 'قرر المجلس الاجتماع مجدداً الشهر المقبل.' },
    { id: 'c-3', lang: 'en', title: 'Parks', body: 'The council decided to open the parks later.' },
    { id: 'c-4', lang: 'en', title: 'Libraries', body: 'The council decided to keep the libraries open.' },
    { id: 'c-3-ar', lang: 'ar', title: 'الحدائق', body: 'قرر المجلس فتح الحدائق متأخراً.' },
    { id: 'c-4-ar', lang: 'ar', title: 'المكتبات', body: 'قرر المجلس إبقاء المكتبات مفتوحة.' },
  ]);

  it('leaves them out of a sentence, so its subject decides', async () => {
    assert.equal((await c.get().search('What did the council decide on the bridge?'))[0]?.id, 'b-answer');
    assert.equal((await c.get().search('متى قرر المجلس أمر الجسر؟'))[0]?.id, 'b-answer-ar');
  });

  it('keeps them in a keyword query', async () => {
    assert.equal((await c.get().search('what did '))[0]?.id, 'a-quote');
  });
});

describe('ranking: the word as typed in a headline', () => {
  // Both headlines hold the stem; the first also holds it once in its body, the second holds
  // the very word typed.
  const c = openedFixtureIndex([
    { id: 'a-stem', lang: 'en', title: 'Kurd villages shelled at night', body: `${PORT_FILLER_EN} A Kurd fighter spoke to reporters.` },
    { id: 'b-typed', lang: 'en', title: 'Kurds shelled at night again', body: `${PORT_FILLER_EN} A fighter spoke to reporters.` },
    { id: 'a-stem-ar', lang: 'ar', title: 'قصف قرى تركي ليلاً', body: `${PORT_FILLER_AR} وتحدث جندي تركي إلى الصحفيين.` },
    { id: 'b-typed-ar', lang: 'ar', title: 'قصف التركيين ليلاً مجدداً', body: `${PORT_FILLER_AR} وتحدث جندي إلى الصحفيين.` },
  ]);

  it('outweighs the stem held once more in the body', async () => {
    assert.equal((await c.get().search('Kurds '))[0]?.id, 'b-typed');
    assert.equal((await c.get().search('التركيين '))[0]?.id, 'b-typed-ar');
  });
});

describe('ranking: a typo the stemmer takes for an affix', () => {
  // السلمة (for السلامة) is read as سلم and ة, a word of the other article.
  const c = openedFixtureIndex([
    { id: 'a-other', lang: 'ar', title: 'الجنود يسلمون أسلحتهم', body: 'سلم الجنود أسلحتهم للشرطة في المطار صباح اليوم.' },
    { id: 'b-meant', lang: 'ar', title: 'إجراءات السلامة في المطار', body: 'شددت السلطات إجراءات السلامة في المطار قبل موسم السفر.' },
  ]);

  it('finds the headline spelled one letter away', async () => {
    assert.equal((await c.get().search('السلمة المطار '))[0]?.id, 'b-meant');
    assert.equal((await c.get().search('المطار السلمة'))[0]?.id, 'b-meant');
  });
});
