import { parseDocument } from 'htmlparser2';
import { removeBoilerplate } from '../clean/boilerplate.js';
import { comparable } from '../clean/text.js';
import { isHeadline, stripSiteSuffix, titleFromParagraph } from '../clean/title.js';
import { primaryLanguage } from '../core/language.js';
import { InputError, type SourceDocument } from '../core/source-document.js';
import { articleRoot, pruneChrome, textBlocks } from './html-content.js';
import { markedBodies, pruneMarkedBody, removeIgnored, removeIgnoredAll } from './html-marks.js';
import { readHtmlMetadata } from './html-metadata.js';

/**
 * Reads a full HTML page (already decoded, see `decodeText`) with a real parser (htmlparser2):
 * - body: the article (`[itemprop=articleBody]`, `<article>`, `<main>` or the densest text
 *   block) after removing scripts, styles, forms, nav/header/footer/aside, hidden elements and
 *   furniture by role, class or id (share bars, related/most-read lists, comments, ads), then the
 *   text-level chrome rules of `removeBoilerplate`;
 * - title: og:title, else the `<h1>`, else `<title>`, else JSON-LD headline, without the site
 *   name suffix (" | Site", " - Site", " — Site"), checked against og:site_name and the page;
 * - lang: `<html lang>` (primary subtag), date: published time (meta, JSON-LD, `<time>`),
 *   url: canonical link or og:url, source: og:site_name, tags: article:tag.
 * A page whose template marks its content with `data-bahth-body` gets only that text (none of
 * the heuristics above), and elements marked `data-bahth-ignore` are left out (see
 * `html-marks.ts`). Throws {@link InputError} for an empty page or one with no text.
 */
export function readHtml(text: string, file: string): SourceDocument {
  if (!text.trim()) throw new InputError({ file }, 'empty file: no text');
  const doc = parseDocument(text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  removeIgnoredAll(doc);
  const meta = readHtmlMetadata(doc);
  const page = textBlocks(doc); // the whole page, as evidence for site names
  const siteNames = meta.siteNames;
  const evidence = { siteNames, lines: page };
  let title = meta.ogTitle ? stripSiteSuffix(meta.ogTitle, evidence)
    : meta.h1 ? stripSiteSuffix(meta.h1, evidence)
    : meta.titleElement ? stripSiteSuffix(meta.titleElement, { ...evidence, assumeSuffix: true })
    : meta.headline ? stripSiteSuffix(meta.headline, evidence)
    : '';
  const marked = markedBodies(doc);
  let body: string[];
  if (marked.length > 0) {
    // the site owner's choice is the text, as it is: only the heading repeating the title goes
    for (const el of marked) pruneMarkedBody(el);
    body = marked.flatMap((el) => textBlocks(el, { keepLinks: true }));
    if (title && body[0] !== undefined && comparable(body[0]) === comparable(title)) body.shift();
  } else {
    removeIgnored(doc);
    pruneChrome(doc);
    body = removeBoilerplate(textBlocks(articleRoot(doc)), { ...(title && { title }), siteNames }).kept;
  }
  if (!title && body.length > 0) {
    if (body.length > 1 && isHeadline(body[0]!)) {
      title = stripSiteSuffix(body[0]!, evidence);
      body = marked.length > 0 ? body.slice(1) : removeBoilerplate(body.slice(1), { title, siteNames }).kept;
    } else {
      title = titleFromParagraph(body[0]!);
    }
  }
  if (!title && body.length === 0) {
    throw new InputError({ file }, marked.length > 0 ? 'no text: its data-bahth-body elements are empty and the page has no title'
      : 'no text: the page has no title and no article text');
  }
  const lang = primaryLanguage(meta.lang);
  return {
    title,
    body: body.join('\n\n'),
    ...(lang && { lang }),
    ...(meta.url && { url: meta.url }),
    ...(meta.date && { date: meta.date }),
    ...(siteNames[0] && { source: siteNames[0] }),
    ...(meta.tags.length > 0 && { tags: meta.tags }),
    markedBody: marked.length > 0,
  };
}
