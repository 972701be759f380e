// Cross-script search: the sound keys, the keyboard layouts, and searches over an index of the
// collection in test/fixtures/cross-script-docs.ts (Latin names finding Arabic text and back,
// queries typed on the wrong keyboard layout). The widget's side is in test/browser.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyzeQuery, arabicSoundKey, joinSoundKeys, latinSoundKeys, normalize, otherLayoutReadings, soundDistance, soundKeyOf, soundsAlike,
} from '../../src/analyzer/index.js';
import { openIndex, type BahthIndex } from '../../src/index.js';
import { openIndexFromFiles } from '../../src/search/open-index.js';
import { crossScriptDocs } from '../fixtures/cross-script-docs.js';
import { buildFixtureIndex } from '../helpers/build-fixture-index.js';

const latin = (word: string) => latinSoundKeys(normalize(word).replace(/['’]/g, ''));
// normalized, but with ى kept where it is written, as the sound table keeps it
const arabic = (words: string) => words.split(' ').map((w) => arabicSoundKey(normalize(w).replace(/ي$/, w.endsWith('ى') ? 'ى' : 'ي'))).reduce(joinSoundKeys);
const alike = (l: string, a: string) => latin(l).some((k) => soundsAlike(k, arabic(a)));
const distance = (l: string, a: string) => Math.min(...latin(l).map((k) => soundDistance(k, arabic(a))));

describe('sound keys', () => {
  for (const [l, a] of [
    ['Daraa', 'درعا'], ['Deraa', 'درعا'], ["Dar'a", 'درعا'], ['Hezbollah', 'حزب الله'], ['Hizbullah', 'حزب الله'],
    ['Qalamoun', 'القلمون'], ['Kalamoun', 'القلمون'], ['Sheikh', 'الشيخ'], ['Maqsoud', 'مقصود'], ['Zour', 'الزور'],
    ['7ama', 'حماة'], ['mar7aba', 'مرحبا'], ['Doha', 'الدوحة'], ['Jumblatt', 'جنبلاط'], ['Washington', 'واشنطن'],
    ['Sochi', 'سوتشي'], ['Mustafa', 'مصطفى'], ['Kerry', 'كيري'], ['Fatah', 'فتح'], ['Abudhabi', 'أبوظبي'],
  ]) it(`${l} sounds like ${a}`, () => assert.equal(alike(l!, a!), true));

  for (const [l, a] of [
    ['Daraa', 'دار'], ['Door', 'درعا'], ['Doha', 'ضحية'], ['Kerry', 'كرة'], ['Jeddah', 'جدا'], ['Hama', 'حماس'], ['Sistani', 'سيستانى'],
  ]) it(`${l} does not sound like ${a}`, () => assert.equal(alike(l!, a!), false));

  it('ranks the closer spelling first where several fit', () => {
    assert.ok(distance('Sweida', 'السويداء') < distance('Sweida', 'سوداء'));
    assert.ok(distance('Jeddah', 'جدة') < distance('Jeddah', 'جيدة'));
    assert.ok(distance('Sadr', 'الصدر') < distance('Sadr', 'صادر'));
    assert.ok(distance('Astana', 'أستانا') < distance('Astana', 'استثناء'));
  });

  it('reads the same classes from both scripts, and two words as one', () => {
    assert.equal(arabicSoundKey(normalize('القلمون')).key, 'KLMN');
    assert.equal(latin('Qalamoun')[0]!.key, 'KLMN');
    assert.deepEqual(latin('Abu Dhabi'.replace(' ', '')).map((k) => k.key), ['BZB', 'BDB']);
    assert.equal(arabic('دير الزور').key, 'DRZR');
  });
});

describe('keyboard layouts', () => {
  it('reads Latin keys as PC Arabic 101, punctuation keys and lam-alef included', () => {
    assert.deepEqual(otherLayoutReadings('hgrhivm'), ['القاهرة']);
    assert.deepEqual(otherLayoutReadings(',.dv hgohv[dm'), ['وزير الخارجية']);
    assert.deepEqual(otherLayoutReadings('hTfrhx'), ['الإبقاء']);
    assert.deepEqual(otherLayoutReadings('fbn'), ['بلاى']);
  });
  it('reads Arabic letters as US keys, لا as b or as g then h', () => {
    assert.deepEqual(otherLayoutReadings('لخرثقىةثىف'), ['government']);
    assert.deepEqual(otherLayoutReadings('ىهلاف'), ['nibt', 'night']);
    assert.deepEqual(otherLayoutReadings('ﻻ'), ['b', 'gh']);
  });
  it('reads nothing from text in both scripts or in neither', () => {
    assert.deepEqual(otherLayoutReadings('Daraa درعا'), []);
    assert.deepEqual(otherLayoutReadings('2024'), []);
  });
  it('gives each word of a query its sound key (soundKeyOf, as the demo shows it)', () => {
    assert.deepEqual(analyzeQuery('Daraa درعا').words.map(soundKeyOf), ['DR', 'DR']);
  });
});

describe('cross-script search', () => {
  let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
  let index: BahthIndex;
  before(async () => {
    fixture = await buildFixtureIndex(crossScriptDocs, { soundChunkBytes: 200 });
    index = await openIndex(fixture.out);
  });
  after(() => fixture.cleanup());

  const arabicIds = async (q: string) => (await index.search(q, { lang: 'ar' })).map((h) => h.id);

  for (const [q, id] of [
    ['Daraa', 'ar-daraa'], ['Deraa', 'ar-daraa'], ["Dar'a", 'ar-daraa'], ['Hezbollah', 'ar-hezbollah'], ['Hizbullah', 'ar-hezbollah'],
    ['Qalamoun', 'ar-qalamoun'], ['Deir ez-Zor', 'ar-deir'], ['Deir al-Zour', 'ar-deir'], ['Sheikh Maqsoud', 'ar-maqsoud'],
    ['7ama', 'ar-hama'], ['mar7aba', 'ar-hama'], ['Cairo', 'ar-cairo'], ['Aleppo', 'ar-maqsoud'], ['Kerry', 'ar-kerry'],
  ]) {
    it(`${q} finds ${id} first among the Arabic results`, async () => assert.equal((await arabicIds(q!))[0], id));
  }

  it('finds by alias only what the alias names (Syria, Damascus: their Arabic forms)', async () => {
    assert.deepEqual(await arabicIds('Syria '), ['ar-cairo']);
    assert.ok((await arabicIds('Damascus ')).includes('ar-cairo'));
  });

  it('does not find what only sounds alike by a short key (Daraa: not دار; درعا: not door)', async () => {
    assert.deepEqual(await arabicIds('Daraa '), ['ar-daraa']);
    assert.ok(!(await index.search('درعا ')).some((h) => h.id === 'en-door' || h.id === 'ar-house'));
  });

  it('finds an English article from an Arabic name, below the Arabic ones', async () => {
    const hits = await index.search('درعا ');
    assert.deepEqual(hits.map((h) => h.id), ['ar-daraa', 'en-daraa']);
    assert.deepEqual(hits[1]!.titleMarks.map((m) => hits[1]!.title.slice(m.start, m.end)), ['Daraa']);
  });

  it('ranks matches in the query’s own script first: an English query keeps its English results on top', async () => {
    const hits = await index.search('Daraa ');
    assert.deepEqual(hits.map((h) => h.id), ['en-daraa', 'ar-daraa']);
    const damascus = await index.search('Damascus book fair ');
    assert.equal(damascus[0]!.id, 'en-damascus');
  });

  it('marks the Arabic words a Latin query found, in title and snippet', async () => {
    const [hit] = await index.search('Hezbollah', { lang: 'ar' });
    assert.deepEqual(hit!.titleMarks.map((m) => hit!.title.slice(m.start, m.end)), ['حزب', 'الله']);
    assert.ok(hit!.snippetMarks.length >= 2);
  });

  it('searches a query typed on the other keyboard layout as meant, and says so', async () => {
    const cairo = await index.query('hgrhivm');
    assert.equal(cairo.readAs, 'القاهرة');
    assert.equal(cairo.hits[0]!.id, 'ar-cairo');
    assert.deepEqual(cairo.hits[0]!.titleMarks.map((m) => cairo.hits[0]!.title.slice(m.start, m.end)), ['القاهرة']);
    const government = await index.query('لخرثقىةثىف');
    assert.equal(government.readAs, 'government');
    assert.ok(government.hits.some((h) => h.id === 'en-damascus'));
  });

  it('keeps a query whose words are words of the index as typed', async () => {
    for (const q of ['Daraa', 'درعا', 'government', 'dar', 'حماة']) assert.equal((await index.query(q)).readAs, undefined, q);
  });

  it('fetches only the sound-table chunks a query needs', async () => {
    const files = new Map(fixture.index.files.map(({ name, data }) => [name, data]));
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify(fixture.index.manifest)));
    const read = new Set<string>();
    const logged = new Map(files);
    logged.get = (name: string) => (read.add(name), files.get(name));
    const lazy = await openIndexFromFiles(logged);
    await lazy.search('Qalamoun');
    const sounds = [...read].filter((name) => name.startsWith('sounds.'));
    const chunks = fixture.index.manifest.directories.sounds.chunks;
    assert.ok(chunks > 4);
    assert.ok(sounds.length >= 1 && sounds.length * 3 <= chunks, `${sounds.length} of ${chunks} sound chunks`);
    assert.equal((await lazy.search('Qalamoun', { lang: 'ar' }))[0]!.id, 'ar-qalamoun');
  });

  it('fetches none of the terms an unfinished Arabic word begins (الم, وال: a good part of the vocabulary)', async () => {
    const small = await buildFixtureIndex(crossScriptDocs, { termChunkBytes: 40 });
    try {
      const files = new Map(small.index.files.map(({ name, data }) => [name, data]));
      files.set('manifest.json', new TextEncoder().encode(JSON.stringify(small.index.manifest)));
      const chunks = small.index.manifest.directories.terms.chunks;
      for (const q of ['الم', 'وال', 'درعا وال']) {
        const read = new Set<string>();
        const logged = new Map(files);
        logged.get = (name: string) => (read.add(name), files.get(name));
        await (await openIndexFromFiles(logged)).query(q);
        const terms = [...read].filter((name) => name.startsWith('terms.'));
        assert.ok(chunks >= 50 && terms.length <= 6, `${q}: ${terms.length} of ${chunks} term chunks`);
      }
    } finally {
      await small.cleanup();
    }
  });

  it('reads a short word still being typed as the start of a word, not as a name (دار, Dar), until it is finished', async () => {
    const ids = async (q: string) => (await index.search(q)).map((h) => h.id);
    // دار (house) begins دارا and Dar (es Salaam) begins daraa: each sounds like the other,
    // which counts once the word is finished
    assert.deepEqual(await ids('دار'), ['ar-house']);
    assert.deepEqual(await ids('دار '), ['ar-house', 'en-salaam']);
    assert.deepEqual(await ids('Dar'), ['en-salaam', 'en-daraa']);
    assert.deepEqual(await ids('Dar '), ['en-salaam', 'ar-house']);
  });

  it('ranks the same whether the index was loaded whole or chunk by chunk', async () => {
    const whole = await buildFixtureIndex(crossScriptDocs, { soundChunkBytes: 1_000_000, termChunkBytes: 1_000_000 });
    try {
      const other = await openIndex(whole.out);
      for (const q of ['Daraa', 'Hezbollah', 'Deir ez-Zor', 'درعا', 'hgrhivm', 'Cairo']) {
        assert.deepEqual((await other.search(q)).map((h) => [h.id, h.score]), (await index.search(q)).map((h) => [h.id, h.score]), q);
      }
    } finally {
      await whole.cleanup();
    }
  });
});
