import { removeBoilerplate } from '../clean/boilerplate.js';
import { isHeadline, stripSiteSuffix, titleFromParagraph } from '../clean/title.js';
import { primaryLanguage } from '../core/language.js';
import { InputError, type SourceDocument } from '../core/source-document.js';
import { isDraft, listField, splitFrontMatter, stringField } from './front-matter.js';
import { markdownBlocks } from './markdown-text.js';

/**
 * Reads a Markdown page: YAML front matter gives `title`, `date`, `lang`/`language`,
 * `url`/`permalink`/`canonical_url` (not a template such as Eleventy's `{{ page.fileSlug }}`),
 * `slug`, `tags`, `draft` (or `published: false`), `source`/`site`, and `id`; the body is the
 * Markdown as plain-text paragraphs (see `markdownBlocks`), with site chrome dropped. Without a
 * front matter title, the first `# heading` is the title (and leaves the body); failing that,
 * the first line when it reads like a headline, else a title made from the first paragraph.
 * Throws {@link InputError} for an empty file or a broken front matter.
 */
export function readMarkdown(text: string, file: string): SourceDocument {
  if (!text.trim()) throw new InputError({ file }, 'empty file: no text');
  const { data, content } = splitFrontMatter(text, file);
  const blocks = markdownBlocks(content);
  const source = stringField(data, 'source', 'site', 'site_name', 'publisher');
  const siteNames = source ? [source] : [];
  let title = stringField(data, 'title');
  let lines = blocks.map((b) => b.text);
  if (!title) {
    const h1 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
    if (h1 >= 0) {
      title = blocks[h1]!.text;
      lines = lines.filter((_, i) => i !== h1);
    }
  }
  let body = removeBoilerplate(lines, { ...(title && { title }), siteNames }).kept;
  if (!title && body.length > 0) {
    if (body.length > 1 && isHeadline(body[0]!)) {
      title = stripSiteSuffix(body[0]!, { siteNames, lines: body.slice(1) });
      body = removeBoilerplate(body.slice(1), { title, siteNames }).kept;
    } else {
      title = titleFromParagraph(body[0]!);
    }
  }
  if (!title && body.length === 0) throw new InputError({ file }, 'no text: no title and no body');
  const lang = primaryLanguage(stringField(data, 'lang', 'language', 'locale'));
  // an Eleventy permalink may be a template ("/{{ page.fileSlug }}/"): not a URL until rendered
  const url = [stringField(data, 'url'), stringField(data, 'permalink'), stringField(data, 'canonical_url', 'canonical')]
    .find((u) => u !== undefined && !/\{\{|\{%/.test(u));
  const slug = stringField(data, 'slug');
  const date = stringField(data, 'date', 'published', 'pubDate', 'published_at');
  const id = stringField(data, 'id');
  const tags = listField(data, 'tags', 'keywords');
  return {
    ...(id && { id }),
    title: title ? stripSiteSuffix(title, { siteNames }) : '',
    body: body.join('\n\n'),
    ...(lang && { lang }),
    ...(url && { url }),
    ...(slug && { slug }),
    ...(date && { date }),
    ...(source && { source }),
    ...(tags && { tags }),
    ...(isDraft(data) && { draft: true }),
  };
}
