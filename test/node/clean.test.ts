import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lineRule, removeBoilerplate } from '../../corpus-build/clean/boilerplate.js';
import { isHeadline, stripSiteSuffix, titleFromParagraph } from '../../corpus-build/clean/title.js';
import { inlineToText, markdownBlocks } from '../../corpus-build/readers/markdown-text.js';

const P1 = 'The council approved the budget on Tuesday after a long debate about the cost of the new bridge.';
const P2 = 'وقال رئيس المجلس إن العمل في الجسر سيبدأ في الربيع المقبل وسيستمر عامين كاملين.';
const P3 = 'Residents will be able to comment on the plans at a public meeting next month.';

describe('lineRule: chrome lines recognised on their own', () => {
  const cases: Array<[string, string]> = [
    ['-----------', 'separator'],
    ['* * *', 'separator'],
    ['Logo Wide', 'logo'],
    ['شعار الموقع', 'logo'],
    ['Back to top', 'ui'],
    ['زر الذهاب إلى الأعلى', 'ui'],
    ['العودة إلى الأعلى', 'ui'],
    ['Skip to main content', 'ui'],
    ['Menu', 'ui'],
    ['Share on Facebook Tweet WhatsApp Copy link', 'share'],
    ['شارك على فيسبوك واتساب', 'share'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['Please fill the fields below.', 'comment-form'],
    ['اترك تعليقاً', 'comment-form'],
    ['لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'comment-form'],
    ['© 2025 The Daily Example. All rights reserved.', 'copyright'],
    ['جميع الحقوق محفوظة', 'copyright'],
    ['This website uses cookies to improve your experience. Accept', 'cookie'],
    ['Helpful keywords', 'tags'],
    ['Tags: budget, bridge, council', 'tags'],
    ['الوسوم: سوريا، اقتصاد', 'tags'],
    ['Home › World › Middle East', 'crumbs'],
    ['الرئيسية » أخبار', 'crumbs'],
  ];
  for (const [line, rule] of cases) it(`"${line}" → ${rule}`, () => assert.equal(lineRule(line), rule));

  it('knows the site name when it is given', () => {
    assert.equal(lineRule('The Daily Example', ['The Daily Example']), 'site-name');
    assert.equal(lineRule('The Daily Example'), undefined);
  });

  it('leaves article lines alone, short or long', () => {
    for (const line of [P1, P2, P3, 'Funding', 'Share prices fall', 'أكثر من 700 قتيل مدني', 'The government had claimed tobacco firms',
      'Topics in the talks included trade and fishing rights.', 'Users can download the app from Monday, the company said.',
      'Harbour / Town', 'بلدي نيوز – درعا (حذيفة حلاوة)', '- manipulated nicotine levels to increase addiction']) {
      assert.equal(lineRule(line), undefined, line);
    }
  });
});

describe('removeBoilerplate', () => {
  it('drops a "related" heading with the headlines after it at the end of the page', () => {
    const r = removeBoilerplate([P1, P2, P3, 'Related articles', 'Bridge tolls to rise next year', 'New ferry for the islands']);
    assert.deepEqual(r.kept, [P1, P2, P3]);
    assert.deepEqual(r.removed.map((x) => x.rule), ['related', 'related', 'related']);
  });

  it('drops an Arabic "related" list followed by a comment form and a back-to-top link', () => {
    const r = removeBoilerplate([P2, P2.replace('الربيع', 'الصيف'), 'مقالات ذات صلة', 'افتتاح جسر جديد', 'اترك تعليقاً', 'زر الذهاب إلى الأعلى']);
    assert.equal(r.kept.length, 2);
  });

  it('keeps a "related"-looking heading when paragraphs follow it (it is a subheading)', () => {
    const lines = [P1, 'Related costs', P2, P3];
    assert.deepEqual(removeBoilerplate(lines).kept, lines);
  });

  it('drops a comments section once it has a form note, even after long comments', () => {
    const comment = 'I think the bridge is a waste of money and the council should have asked the people who live here first, as they promised.';
    const r = removeBoilerplate([P1, P2, P3, P1.replace('Tuesday', 'Monday'), '2 Comments', comment, 'Leave a Reply', 'Your email address will not be published.']);
    assert.equal(r.kept.length, 4);
    assert.ok(r.removed.some((x) => x.rule === 'comments' && x.text === comment));
  });

  it('drops calls to action and date lines at the edges but not in the middle', () => {
    const cta = 'Sign up for our newsletter to get the morning briefing.';
    const ar = 'يمكنكم استلام إشعارات بأهم الأخبار بعد تحميل تطبيقنا على هاتفكم.';
    assert.deepEqual(removeBoilerplate(['Published: 3 May 2025', P1, P2, cta, ar]).kept, [P1, P2]);
    assert.deepEqual(removeBoilerplate([P1, cta, P2]).kept, [P1, cta, P2]);
  });

  it('keeps short lines that end an article: list items, fixtures, credits, verse', () => {
    for (const tail of [['The plan covers:', 'two bridges', 'one tunnel'], ['Saturday fixtures', 'Harbour v Rovers', 'Town v City'], ['Reporting by A. Writer'], ['وتتقي صولة المستأسد الضاري']]) {
      assert.deepEqual(removeBoilerplate([P1, ...tail]).kept, [P1, ...tail]);
    }
    assert.deepEqual(removeBoilerplate([P1, P2, 'Related']).kept, [P1, P2], 'but not a lone "related" heading');
  });

  it('takes slash- and bar-separated menus for chrome only at the edges', () => {
    assert.deepEqual(removeBoilerplate(['News | Sport | Weather', P1, 'Film / Director / Country', P2]).kept, [P1, 'Film / Director / Country', P2]);
  });

  it('drops the title again (also with a site name after it) and lines repeated verbatim', () => {
    const r = removeBoilerplate(['Council Approves Bridge', 'Council Approves Bridge | The Daily Example', P1, P2, P1], { title: 'Council Approves Bridge' });
    assert.deepEqual(r.kept, [P1, P2]);
    assert.deepEqual(r.removed.map((x) => x.rule), ['title', 'title', 'repeated']);
  });

  it('never drops a long article paragraph for its position', () => {
    const long = 'Share this: the council said it would follow the advice of engineers, and residents can subscribe to updates by email from the city website.';
    assert.deepEqual(removeBoilerplate([P1, long]).kept, [P1, long]);
  });
});

describe('titles', () => {
  it('strips a site-name suffix when the page shows it is one', () => {
    assert.equal(stripSiteSuffix('Bridge Approved - The Daily Example', { siteNames: ['The Daily Example'] }), 'Bridge Approved');
    assert.equal(stripSiteSuffix('Bridge Approved | Daily', { lines: ['Bridge Approved', P1] }), 'Bridge Approved');
    assert.equal(stripSiteSuffix('Bridge Approved — Daily Example', { lines: ['© 2025 Daily Example'] }), 'Bridge Approved');
    assert.equal(stripSiteSuffix('Bridge Approved :: Daily', { assumeSuffix: true }), 'Bridge Approved');
    assert.equal(stripSiteSuffix('The Daily Example | Bridge Approved', { siteNames: ['The Daily Example'] }), 'Bridge Approved');
    assert.equal(stripSiteSuffix('افتتاح الجسر الجديد - صحيفة الميناء', { siteNames: ['صحيفة الميناء'] }), 'افتتاح الجسر الجديد');
  });

  it('keeps a dash that belongs to the headline', () => {
    assert.equal(stripSiteSuffix('Bread prices - a year on', { lines: [P1] }), 'Bread prices - a year on');
    assert.equal(stripSiteSuffix('Bread prices - a year on'), 'Bread prices - a year on');
  });

  it('tells headlines from paragraphs', () => {
    assert.ok(isHeadline('Council Approves Bridge'));
    assert.ok(isHeadline('هاتف ذكي جديد مصنوع من الفلين!'));
    assert.ok(!isHeadline(P1));
    assert.ok(!isHeadline(''));
  });

  it('makes a title from a paragraph: first sentence, dateline dropped, long ones cut', () => {
    assert.equal(titleFromParagraph(`(Daily Example)- ${P1} ${P3}`), P1.slice(0, -1));
    const long = `${'word '.repeat(40)}end.`;
    assert.equal(titleFromParagraph(long), `${'word '.repeat(15).trim()} …`);
  });
});

describe('markdown to text', () => {
  it('converts inline markup', () => {
    assert.equal(inlineToText('**bold** and *em* and _under_ and `code` and [link](http://x "t") and ![img](a.png)'), 'bold and em and under and code and link and');
    assert.equal(inlineToText('keep snake_case and #وسم_عربي and 2*3*4'), 'keep snake_case and #وسم_عربي and 2*3*4');
    assert.equal(inlineToText('escaped \\*stars\\*'), 'escaped *stars*');
  });

  it('makes blocks of headings (ATX and setext), items, code and paragraphs', () => {
    const blocks = markdownBlocks('Title\n=====\n\npara one\ncontinues\n\n## Sub ##\n\n- item one\n  more\n+ item two\n\n    indented code\n\n---\n\nend');
    assert.deepEqual(blocks, [
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'para one continues' },
      { kind: 'heading', level: 2, text: 'Sub' },
      { kind: 'item', text: 'item one more' },
      { kind: 'item', text: 'item two' },
      { kind: 'code', text: 'indented code' },
      { kind: 'paragraph', text: 'end' },
    ]);
  });
});
