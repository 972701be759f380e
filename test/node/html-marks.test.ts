import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../corpus-build/readers/html.js';
import { prepareDocuments, type ReadDocument } from '../../corpus-build/core/prepare-documents.js';
import { readInput } from '../../corpus-build/core/read-input.js';

/** A page of a built site: a header, a navigation, the article, a sidebar and a footer. */
const page = (main: string, { head = '', aside = '<aside><p>Most read this week: the lighthouse keepers strike again</p></aside>' } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Post</title>${head}</head>
<body>
<header><a href="/">Harbour Post</a></header>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/about/">About</a></li></ul></nav>
${main}
${aside}
<footer><p>Written on the coast since 1901.</p></footer>
</body></html>`;

const paragraphs = (body: string) => body.split('\n\n');

describe('data-bahth-body', () => {
  it('indexes only the text of the marked elements, joined in page order, and the page is marked', () => {
    const doc = readHtml(page(`
<div class="layout">
  <p>Outside the body: a teaser nobody wants in the index.</p>
  <section data-bahth-body><h1>Cranes return to the harbour</h1><p>The old cranes were repaired over the winter.</p></section>
  <p>Between the two: more teaser text.</p>
  <div data-bahth-body><p>They lift containers again from Monday.</p></div>
</div>`), 'news/cranes/index.html');
    assert.equal(doc.title, 'Cranes return to the harbour');
    assert.deepEqual(paragraphs(doc.body), ['The old cranes were repaired over the winter.', 'They lift containers again from Monday.']);
    assert.equal(doc.markedBody, true);
  });

  it('keeps what the heuristics would drop inside it (a list of links, a "related" class), but not scripts, forms, nav or hidden elements', () => {
    const doc = readHtml(page(`
<main data-bahth-body>
  <h1>Ferry timetable</h1>
  <ul class="related"><li><a href="/a">Morning ferry to the island</a></li><li><a href="/b">Evening ferry to the mainland</a></li></ul>
  <nav><a href="/next">Next page</a></nav>
  <script>var tracking = "scripted words";</script>
  <form><label>Your email</label><input name="e"></form>
  <p hidden>Hidden draft paragraph.</p>
  <p>Tickets are sold on board.</p>
</main>`), 'ferry.html');
    assert.deepEqual(paragraphs(doc.body), ['Morning ferry to the island', 'Evening ferry to the mainland', 'Tickets are sold on board.']);
  });

  it('reads a marked element inside another once', () => {
    const doc = readHtml(page('<article data-bahth-body><p>Outer words.</p><div data-bahth-body><p>Inner words.</p></div></article>'), 'a.html');
    assert.deepEqual(paragraphs(doc.body), ['Outer words.', 'Inner words.']);
  });

  it('marks pages without it as unmarked, read with the heuristics as before', () => {
    const doc = readHtml(page('<main><h1>Cranes</h1><p>The old cranes were repaired over the winter.</p></main>'), 'a.html');
    assert.equal(doc.markedBody, false);
    assert.deepEqual(paragraphs(doc.body), ['The old cranes were repaired over the winter.']);
  });
});

describe('data-bahth-ignore', () => {
  it('leaves an element\'s text out of a page read with the heuristics', () => {
    const doc = readHtml(page(`<main><h1>Cranes</h1><p>The old cranes were repaired over the winter.</p>
<div data-bahth-ignore><p>Advertisement: buy a boat from our partners today.</p></div><p>They lift containers again.</p></main>`), 'a.html');
    assert.deepEqual(paragraphs(doc.body), ['The old cranes were repaired over the winter.', 'They lift containers again.']);
  });

  it('leaves an element\'s text out of a marked body', () => {
    const doc = readHtml(page(`<main data-bahth-body><p>Kept words.</p><p data-bahth-ignore="index">Ignored words.</p><p data-bahth-ignore="all">Excluded words.</p></main>`), 'a.html');
    assert.deepEqual(paragraphs(doc.body), ['Kept words.']);
  });

  it('still takes the title from an ignored element, but not from one ignored with "all" (Pagefind\'s two values)', () => {
    const ignored = readHtml(page('<div data-bahth-ignore><h1>وزير الخارجية يزور الميناء</h1></div><main data-bahth-body><p>نص المقال.</p></main>'), 'a.html');
    assert.equal(ignored.title, 'وزير الخارجية يزور الميناء');
    assert.equal(ignored.body, 'نص المقال.');
    const excluded = readHtml(page('<div data-bahth-ignore="all"><h1>Banner heading</h1></div><main data-bahth-body><h1>The article heading</h1><p>Text.</p></main>'), 'a.html');
    assert.equal(excluded.title, 'The article heading');
    assert.equal(excluded.body, 'Text.');
  });
});

describe('prepareDocuments with data-bahth-body', () => {
  const read = (files: Record<string, string>): ReadDocument[] => Object.entries(files).flatMap(([path, text]) =>
    readInput({ path, bytes: new TextEncoder().encode(text) }).documents.map((document) => ({ file: path, document })));

  it('leaves out HTML pages without it once any page has it, as Pagefind does, but never other inputs', () => {
    const prepared = prepareDocuments(read({
      'news/a/index.html': page('<main data-bahth-body><h1>Cranes</h1><p>The old cranes were repaired.</p></main>'),
      'index.html': page('<main><h1>Home</h1><p>Latest stories from the harbour and the coast.</p></main>'),
      'tags/index.html': page('<main><h1>Tags</h1><p>Every tag of the site, in alphabetical order.</p></main>'),
      'notes.md': '---\ntitle: Editor notes\n---\nNotes on the week at the harbour.',
    }));
    assert.deepEqual(prepared.documents.map((d) => d.id), ['news/a/index', 'notes']);
    assert.deepEqual(prepared.unmarked, ['index.html', 'tags/index.html']);
    assert.equal(prepared.marked, 1);
  });

  it('leaves nothing out when no page has it', () => {
    const prepared = prepareDocuments(read({
      'a.html': page('<main><h1>Cranes</h1><p>The old cranes were repaired.</p></main>'),
      'b.html': page('<main><h1>Ferries</h1><p>The ferries run again.</p></main>'),
    }));
    assert.equal(prepared.documents.length, 2);
    assert.deepEqual(prepared.unmarked, []);
  });
});
