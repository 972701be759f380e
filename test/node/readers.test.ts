import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeText, sniffHtmlCharset } from '../../corpus-build/core/decode.js';
import { detectLanguage, primaryLanguage } from '../../corpus-build/core/language.js';
import { InputError } from '../../corpus-build/core/source-document.js';
import { readTxt } from '../../corpus-build/readers/txt.js';
import { readMarkdown } from '../../corpus-build/readers/markdown.js';
import { readHtml } from '../../corpus-build/readers/html.js';
import { readJson, readJsonl } from '../../corpus-build/readers/records.js';

const inputs = resolve(import.meta.dirname, '../fixtures/inputs');
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(inputs, name)));
const text = (name: string) => decodeText(bytes(name), name);
const paragraphs = (body: string) => body.split('\n\n');

/** Runs `fn` and returns the InputError it throws (fails if it throws anything else or nothing). */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an InputError');
}

describe('decodeText', () => {
  it('decodes UTF-8 with a BOM, dropping the BOM', () => {
    const t = text('bom.txt');
    assert.equal(t.charCodeAt(0), 'B'.charCodeAt(0));
    assert.ok(t.startsWith('BOM title line\n'));
  });

  it('turns CRLF and lone CR into LF', () => {
    assert.ok(!text('crlf.txt').includes('\r'));
    assert.equal(text('crlf.txt').split('\n')[2], 'The market hall reopened on Monday after two years of repairs.');
    assert.equal(decodeText(new TextEncoder().encode('a\rb\r\nc'), 'x.txt'), 'a\nb\nc');
  });

  it('throws an InputError naming the file and the line of invalid UTF-8', () => {
    const e = inputError(() => text('invalid-utf8.txt'));
    assert.deepEqual(e.location, { file: 'invalid-utf8.txt', line: 4 });
    assert.match(e.reason, /not valid UTF-8/);
    assert.match(e.message, /^invalid-utf8\.txt:4: /);
  });

  it('rejects overlong and truncated UTF-8 sequences', () => {
    assert.equal(inputError(() => decodeText(new Uint8Array([0x61, 0xc0, 0xaf]), 'a.txt')).location.line, 1);
    assert.equal(inputError(() => decodeText(new Uint8Array([0x61, 0x0a, 0xe2, 0x82]), 'a.txt')).location.line, 2);
  });

  it('sniffs <meta http-equiv content-type> and decodes windows-1256', () => {
    const raw = bytes('ar-page-windows-1256.html');
    assert.equal(sniffHtmlCharset(raw), 'windows-1256');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(raw), 'the fixture really is not UTF-8');
    assert.match(decodeText(raw, 'ar-page-windows-1256.html'), /مكتبة الحي تمدد ساعات العمل/);
  });

  it('sniffs <meta charset> and lets a declared charset win over UTF-8', () => {
    const page = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1256"><p>'), 0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9]);
    assert.equal(sniffHtmlCharset(page), 'windows-1256');
    assert.equal(decodeText(page, 'p.html'), '<meta charset="windows-1256"><p>العربية');
    assert.equal(decodeText(new Uint8Array([0xc7, 0xe1]), 'p.txt', 'windows-1256'), 'ال');
  });

  it('lets a UTF-8 BOM win over a wrong <meta charset>', () => {
    assert.match(decodeText(bytes('ar-bom-utf8.html'), 'ar-bom-utf8.html'), /نص عربي محفوظ/);
  });

  it('only sniffs HTML files, and falls back to UTF-8 for an unknown charset label', () => {
    const meta = new TextEncoder().encode('<meta charset="windows-1256"> é');
    assert.equal(decodeText(meta, 'notes.txt'), '<meta charset="windows-1256"> é');
    assert.equal(decodeText(new TextEncoder().encode('<meta charset="no-such-charset">é'), 'a.html'), '<meta charset="no-such-charset">é');
  });
});

describe('detectLanguage', () => {
  it('tells Arabic from English by their letters', () => {
    assert.equal(detectLanguage('أعلنت مكتبة الحي أنها ستفتح أبوابها حتى التاسعة مساءً'), 'ar');
    assert.equal(detectLanguage('The city library will stay open until nine in the evening.'), 'en');
  });

  it('calls Arabic text quoting Latin names Arabic', () => {
    assert.equal(detectLanguage('قال السيناتور لشبكة CNN إن منظومة S300 وصلت إلى سوريا الأسبوع الماضي'), 'ar');
  });

  it("says 'und' for too few letters, other scripts, and long Latin text that is not English", () => {
    assert.equal(detectLanguage('2025 — 12:30'), 'und');
    assert.equal(detectLanguage('OK'), 'und');
    assert.equal(detectLanguage('Библиотека будет открыта до девяти часов вечера каждый день'), 'und');
    const french = 'La bibliothèque municipale restera ouverte jusqu’à neuf heures du soir dès le mois prochain, a annoncé la directrice lors d’une réunion publique devant les habitants du quartier nord';
    assert.equal(detectLanguage(french), 'und');
  });

  it('reduces language tags to their primary subtag', () => {
    assert.equal(primaryLanguage('ar-SA'), 'ar');
    assert.equal(primaryLanguage('en_GB'), 'en');
    assert.equal(primaryLanguage(' EN '), 'en');
    assert.equal(primaryLanguage('not a tag'), undefined);
    assert.equal(primaryLanguage(undefined), undefined);
  });
});

describe('readTxt', () => {
  it('takes the title without the site name and drops the logo, share bar, related list, comment form, back-to-top', () => {
    const d = readTxt(text('en-harbour-chrome.txt'), 'en-harbour-chrome.txt');
    assert.equal(d.title, 'Harbour Town Votes to Rebuild Its Old Fish Market');
    const ps = paragraphs(d.body);
    assert.equal(ps.length, 6);
    assert.ok(ps[0]!.startsWith('Council members approved a plan'));
    assert.ok(ps.includes('Funding'), 'a mid-article subheading stays');
    assert.ok(ps.at(-1)!.startsWith('Opponents said the town should first repair the sea wall.'));
    for (const chrome of ['Logo', 'Share on', 'Related', 'Ferry', 'Comments', 'Please fill', 'Name *', 'Back to top', 'Coastal Ledger']) {
      assert.ok(!d.body.includes(chrome), `no "${chrome}" in the body`);
    }
  });

  it('reads an Arabic page: title without the site name, related headlines and comment form dropped', () => {
    const d = readTxt(text('ar-bakery-chrome.txt'), 'ar-bakery-chrome.txt');
    assert.equal(d.title, 'افتتاح أول مخبز يعمل بالطاقة الشمسية في مدينة الساحل');
    const ps = paragraphs(d.body);
    assert.equal(ps.length, 4);
    assert.equal(ps[0], 'الميناء – الساحل (سلمى ناصر)');
    assert.ok(ps[3]!.startsWith('وأضاف أن المجلس يدرس'));
    for (const chrome of ['مقالات ذات صلة', 'ارتفاع أسعار الطحين', 'اترك تعليقاً', 'بريدك', 'الأعلى', 'صحيفة الميناء']) {
      assert.ok(!d.body.includes(chrome), `no "${chrome}" in the body`);
    }
  });

  it('drops an Arabic share bar copied one network per line, X (إكس) included', () => {
    const page = ['معرض للخط العربي في المدينة القديمة', '', 'بقلم: ليلى حداد | ٥ أكتوبر ٢٠٢٤', '', 'شارك', 'فيسبوك', 'إكس', 'واتساب', 'نسخ الرابط', '',
      'افتُتح مساء السبت معرض للخط العربي يضم أعمال أربعين خطاطاً من المنطقة.'].join('\n');
    const d = readTxt(page, 'share.txt');
    assert.ok(!d.body.includes('إكس') && !d.body.includes('واتساب'), d.body);
    assert.ok(d.body.includes('أربعين خطاطاً'));
  });

  it('makes a title from the first sentence when the page starts with a paragraph, which stays in the body', () => {
    const d = readTxt(text('en-lede-first.txt'), 'en-lede-first.txt');
    assert.equal(d.title, 'Volunteers planted four thousand trees along the eastern river bank on Saturday, the largest single planting the valley has seen');
    assert.equal(paragraphs(d.body).length, 3);
    assert.ok(d.body.startsWith('(River Post)- Volunteers planted'));
    assert.ok(!d.body.includes('keywords'));
  });

  it('keeps the short items of a list that ends the page', () => {
    const d = readTxt(text('en-list-ending.txt'), 'en-list-ending.txt');
    assert.deepEqual(paragraphs(d.body).slice(-3), ['The new hours apply to:', 'weekdays', 'Saturday mornings']);
  });

  it('drops breadcrumbs, tag lists, © lines and cookie notices', () => {
    const d = readTxt(text('tags-and-crumbs.txt'), 'tags-and-crumbs.txt');
    assert.equal(d.title, 'Student satellite sends its first photo');
    assert.equal(paragraphs(d.body).length, 2);
  });

  it('reads BOM and CRLF files', () => {
    assert.equal(readTxt(text('bom.txt'), 'bom.txt').title, 'BOM title line');
    const crlf = readTxt(text('crlf.txt'), 'crlf.txt');
    assert.equal(crlf.title, 'Market hall reopens');
    assert.deepEqual(paragraphs(crlf.body), ['The market hall reopened on Monday after two years of repairs.', 'Traders said the new roof keeps the stalls dry.']);
  });

  it('throws an InputError for an empty file and for a page that is all chrome', () => {
    assert.deepEqual(inputError(() => readTxt(text('empty.txt'), 'empty.txt')).location, { file: 'empty.txt' });
    assert.match(inputError(() => readTxt(' \n\n\t\n', 'blank.txt')).reason, /empty/);
    assert.match(inputError(() => readTxt('Logo Wide\n-----\nBack to top\n', 'chrome.txt')).reason, /chrome/);
  });

  it('reads a one-line page as its title with an empty body', () => {
    assert.deepEqual(readTxt('Just a headline', 'one.txt'), { title: 'Just a headline', body: '' });
    assert.deepEqual(readTxt('One sentence only.', 'one.txt'), { title: 'One sentence only', body: 'One sentence only.' });
  });
});

describe('readMarkdown', () => {
  it('reads front matter fields and turns the Markdown into plain paragraphs', () => {
    const d = readMarkdown(text('en-garden.md'), 'en-garden.md');
    assert.equal(d.title, 'Community Garden Opens on Former Car Park');
    assert.equal(d.lang, 'en');
    assert.equal(d.date, '2025-04-12');
    assert.equal(d.url, '/news/community-garden');
    assert.equal(d.source, 'The Coastal Ledger');
    assert.deepEqual(d.tags, ['environment', 'city']);
    assert.equal(d.draft, undefined);
    assert.deepEqual(paragraphs(d.body), [
      'Residents planted the first beds on Saturday at the new community garden, built where a car park stood for forty years.',
      'What grows there',
      'The garden has:',
      'thirty raised beds',
      'a tool shed run by volunteers',
      'a rain-water tank',
      'Sign up at the library.',
      'Pick a bed.',
      'opening hours: 8:00-20:00',
      'Season Crop',
      'Spring Peas',
      '"It is the first green space in this district," said organiser John Joan Mbeki.',
      'Keep #gardens and snake_case_words intact, and a line break inside a paragraph.',
    ]);
  });

  it('marks drafts and reads comma-separated tags', () => {
    const d = readMarkdown(text('ar-draft.md'), 'ar-draft.md');
    assert.equal(d.draft, true);
    assert.equal(d.lang, 'ar');
    assert.deepEqual(d.tags, ['مهرجان', 'كتب']);
    assert.equal(readMarkdown('---\ntitle: T\npublished: false\n---\nText.', 'p.md').draft, true);
  });

  it('takes the first # heading as the title when the front matter has none', () => {
    const d = readMarkdown(text('heading-title.md'), 'heading-title.md');
    assert.equal(d.title, 'Night Buses Return to the Old Town');
    assert.equal(paragraphs(d.body).length, 2);
    assert.ok(!d.body.includes('Night Buses'));
  });

  it('drops share lines, "read also" lists and back-to-top links from Markdown too', () => {
    const d = readMarkdown(text('ar-chrome.md'), 'ar-chrome.md');
    assert.equal(d.source, 'صحيفة الميناء');
    assert.equal(d.date, '2025-02-01T09:00:00Z');
    assert.equal(paragraphs(d.body).length, 2);
    assert.ok(d.body.endsWith('استغرق عاماً كاملاً.'));
  });

  it('throws InputErrors with lines for broken front matter, and for empty files', () => {
    const unclosed = inputError(() => readMarkdown('---\ntitle: x\n\nBody', 'u.md'));
    assert.deepEqual(unclosed.location, { file: 'u.md', line: 1 });
    const invalid = inputError(() => readMarkdown('---\ntitle: ok\ntags: [a, b\n---\nBody', 'y.md'));
    assert.equal(invalid.location.file, 'y.md');
    assert.ok((invalid.location.line ?? 0) >= 2);
    assert.match(invalid.reason, /YAML/);
    assert.match(inputError(() => readMarkdown('---\n- a\n- b\n---\nBody', 'l.md')).reason, /mapping/);
    assert.match(inputError(() => readMarkdown('', 'e.md')).reason, /empty/);
    assert.match(inputError(() => readMarkdown('---\nlang: en\n---\n\n', 'n.md')).reason, /no text/);
  });

  it('drops images, reference definitions, footnote marks and inline HTML tags', () => {
    const d = readMarkdown('Intro line for the page\n\nSee ![pic](a.png) the [docs][1] and <b>bold</b> text[^n].\n\n[1]: https://example.org\n', 'i.md');
    assert.equal(d.body, 'See the docs and bold text.');
  });
});

describe('readHtml', () => {
  it('extracts the article and its metadata, without any page furniture', () => {
    const d = readHtml(text('en-page.html'), 'en-page.html');
    assert.equal(d.title, "Lighthouse Keeper's Cottage Becomes a Museum");
    assert.equal(d.lang, 'en');
    assert.equal(d.url, 'https://ledger.example/news/lighthouse-museum');
    assert.equal(d.date, '2025-05-03T08:15:00Z');
    assert.equal(d.source, 'The Coastal Ledger');
    assert.deepEqual(d.tags, ['heritage']);
    assert.deepEqual(paragraphs(d.body), [
      "The cottage beside the old lighthouse opened as a small museum on Friday, with the keeper's logbooks, lamps and a hand-drawn map of the shipwrecks along the coast.",
      'Volunteers spent two winters cleaning the rooms & repairing the roof. "We found letters under the floorboards," said curator Amal Haddad.',
      'Opening hours',
      'The museum is open every weekend from April to October.',
    ]);
    for (const chrome of ['Skip', 'Logo', 'Home', 'Share', 'Tweet', 'editor', 'Hidden', 'hidden', 'JavaScript', 'Harbour', 'newsletter', 'Reply', 'Most read', '©', 'cookies', 'tracking', '1 May']) {
      assert.ok(!d.body.includes(chrome), `no "${chrome}" in the body`);
    }
  });

  it('reads a windows-1256 page: h1 title, site name from og:site_name, language from <html lang>', () => {
    const file = 'ar-page-windows-1256.html';
    const d = readHtml(decodeText(bytes(file), file), file);
    assert.equal(d.title, 'مكتبة الحي تمدد ساعات العمل "حتى المساء"');
    assert.equal(d.lang, 'ar');
    assert.equal(d.source, 'صحيفة الميناء');
    assert.equal(paragraphs(d.body).length, 3);
    for (const chrome of ['الرئيسية', 'شارك', 'الأكثر قراءة', 'جسر المشاة', 'جميع الحقوق']) assert.ok(!d.body.includes(chrome), chrome);
  });

  it('finds the densest block when there is no <article> or <main>, and strips the <title> suffix', () => {
    const d = readHtml(text('dense-no-article.html'), 'dense-no-article.html');
    assert.equal(d.title, 'Winter Swimming Club Celebrates Fifty Years');
    assert.equal(paragraphs(d.body).length, 3);
    assert.ok(!d.body.includes('Weather') && !d.body.includes('Older stories') && !d.body.includes('Contact'));
  });

  it('prefers [itemprop=articleBody], reads JSON-LD date and language, og:url, and ignores broken JSON-LD', () => {
    const html = `<html><head><title>Plain title</title><meta property="og:url" content="https://x.example/a">
      <script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"datePublished":"2024-12-01","inLanguage":{"name":"ar"},"publisher":{"name":"Ledger"}}]}</script></head>
      <body><article><h1>Headline in article</h1><div class="teaser"><p>Teaser text that is not the body.</p></div>
      <div itemprop="articleBody"><p>The real body paragraph, long enough to count as the article text of this page.</p></div></article></body></html>`;
    const d = readHtml(html, 'ld.html');
    assert.equal(d.title, 'Headline in article');
    assert.equal(d.date, '2024-12-01');
    assert.equal(d.lang, 'ar');
    assert.equal(d.url, 'https://x.example/a');
    assert.equal(d.source, 'Ledger');
    assert.equal(d.body, 'The real body paragraph, long enough to count as the article text of this page.');
  });

  it('keeps a headline whose dash is part of it when nothing says the rest is a site name', () => {
    const d = readHtml('<html><head><meta property="og:title" content="Bread prices - a year on"></head><body><p>Prices rose again this spring.</p></body></html>', 'dash.html');
    assert.equal(d.title, 'Bread prices - a year on');
  });

  it('reads pages without <html> and <body> tags (valid HTML5, common in CMS exports)', () => {
    const page = readHtml('<!DOCTYPE html><title>Ferry timetable changes</title><p>The morning ferry leaves half an hour earlier from June.</p><p>Tickets bought before the change stay valid.</p>', 'notags.html');
    assert.equal(page.title, 'Ferry timetable changes');
    assert.deepEqual(paragraphs(page.body), ['The morning ferry leaves half an hour earlier from June.', 'Tickets bought before the change stay valid.']);
    const fragment = readHtml('<h2>جسر جديد فوق الوادي</h2><p>افتُتح الجسر الجديد صباح الأحد بعد عامين من العمل.</p><p>ويختصر الطريق إلى القرية نصف ساعة.</p>', 'fragment.html');
    assert.equal(fragment.title, 'جسر جديد فوق الوادي');
    assert.deepEqual(paragraphs(fragment.body), ['افتُتح الجسر الجديد صباح الأحد بعد عامين من العمل.', 'ويختصر الطريق إلى القرية نصف ساعة.']);
  });

  it('strips an og:title site suffix that the page names elsewhere, and drops the h1 repeating the title', () => {
    const d = readHtml(`<html><head><meta property="og:title" content="Ceasefire talks resume in Geneva | Harbour Post"></head>
      <body><h1>Ceasefire talks resume in Geneva</h1><p>Delegations met on Tuesday for the first time in three months.</p>
      <footer>© 2025 Harbour Post</footer></body></html>`, 'og.html');
    assert.equal(d.title, 'Ceasefire talks resume in Geneva');
    assert.equal(d.body, 'Delegations met on Tuesday for the first time in three months.');
  });

  it('throws InputErrors for an empty page and a page without text', () => {
    assert.match(inputError(() => readHtml('', 'e.html')).reason, /empty/);
    assert.match(inputError(() => readHtml('<html><head><script>x()</script></head><body><nav>Home</nav></body></html>', 'n.html')).reason, /no text/);
  });
});

describe('readJsonl / readJson', () => {
  it('reads records and reports each bad line with its 1-based number', () => {
    const { documents, errors } = readJsonl(text('records.jsonl'), 'records.jsonl');
    assert.deepEqual(documents.map((d) => [d.id, d.line]), [['101', 1], ['ar-1', 2], ['c-3', 7]]);
    assert.deepEqual(documents[0], {
      line: 1,
      id: '101', title: 'Tram line extended to the airport', body: 'The tram line now reaches the airport.\n\nTrains run every ten minutes.',
      lang: 'en', url: '/en/tram', date: '2025-01-10', source: 'Metro Desk', tags: ['transport'],
    });
    assert.equal(documents[1]!.lang, 'ar', 'language field, primary subtag');
    assert.equal(documents[1]!.body, 'وصل خط الترام إلى المطار، وتمر القطارات كل عشر دقائق.', '"text" field');
    assert.equal(documents[2]!.title, 'Bike lanes', '"headline" field');
    assert.equal(documents[2]!.body, 'First paragraph.\n\nSecond paragraph.', 'an array body is paragraphs');
    assert.deepEqual(errors.map((e) => [e.location.file, e.location.line]), [['records.jsonl', 3], ['records.jsonl', 4], ['records.jsonl', 6]]);
    assert.ok(errors.every((e) => e instanceof InputError));
    assert.match(errors[0]!.reason, /not valid JSON/);
    assert.match(errors[1]!.reason, /no text/);
    assert.match(errors[2]!.reason, /not a JSON object/);
  });

  it('uses a field mapping, converts numeric ids, and names a record without text by its line and number', () => {
    const mapping = { id: 'uid', title: 'name', body: 'article', lang: 'locale' };
    const { documents, errors } = readJson(text('records.json'), 'records.json', mapping);
    assert.deepEqual(documents.map((d) => [d.id, d.lang]), [['7', 'en'], ['9', 'ar']]);
    assert.equal(errors.length, 1);
    assert.deepEqual(errors[0]!.location, { file: 'records.json', line: 3 });
    assert.match(errors[0]!.reason, /^record 2: .*"article"/);
  });

  it('names the line a record of a pretty-printed .json array starts on, whatever its strings hold', () => {
    const json = '[\n  {\n    "id": "a",\n    "body": "Brackets ] and { braces, and \\"quotes\\"."\n  },\n\n  {"id": "b", "body": ""},\n  {"id": "c",\n   "body": "ok"}\n]';
    const { documents, errors } = readJson(json, 'pretty.json');
    assert.deepEqual(documents.map((d) => [d.id, d.line]), [['a', 2], ['c', 8]]);
    assert.deepEqual(errors.map((e) => e.message), ['pretty.json:7: record 2: no text: none of the fields "body", "text", "content" holds text']);
  });

  it('reads dotted paths into nested records', () => {
    const { documents } = readJsonl('{"meta":{"id":5,"title":"Nested"},"content":{"text":"Body here."}}', 'n.jsonl', { id: 'meta.id', title: 'meta.title', body: 'content.text' });
    assert.deepEqual(documents, [{ id: '5', title: 'Nested', body: 'Body here.', line: 1 }]);
  });

  it('reports an empty file, an empty array, and invalid JSON with the line of the error', () => {
    assert.deepEqual(readJsonl('\n\n', 'e.jsonl').errors.map((e) => e.message), ['e.jsonl: empty file: no records']);
    assert.deepEqual(readJson('', 'e.json').errors.map((e) => e.message), ['e.json: empty file: no records']);
    assert.match(readJson('[]', 'a.json').errors[0]!.reason, /no records/);
    const broken = readJson('[\n  {"id": 1, "body": "x"},\n  {"id": 2, "body": }\n]', 'b.json');
    assert.equal(broken.documents.length, 0);
    assert.deepEqual(broken.errors[0]!.location, { file: 'b.json', line: 3 });
    assert.match(broken.errors[0]!.reason, /not valid JSON: unexpected '\}'/);
    assert.deepEqual(readJson('[{"id": 1, "body": "x"}', 'u.json').errors[0]!.location, { file: 'u.json', line: 1 });
  });

  it('reads a single JSON object as one record, and a CRLF .jsonl', () => {
    assert.equal(readJson('{"id":"one","body":"Only record."}', 'o.json').documents[0]!.id, 'one');
    assert.equal(readJsonl('{"id":1,"body":"a"}\r\n{"id":2,"body":"b"}\r\n', 'c.jsonl').documents.length, 2);
  });
});
