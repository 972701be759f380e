import { removeBoilerplate } from '../clean/boilerplate.js';
import { isHeadline, stripSiteSuffix, titleFromParagraph } from '../clean/title.js';
import { nonEmptyLines } from '../clean/text.js';
import { InputError, type SourceDocument } from '../core/source-document.js';

/**
 * Reads a plain-text page (often copied from a website, chrome and all). Every non-empty line is
 * a paragraph. Chrome lines are dropped (see `removeBoilerplate`); the title is the first line
 * left when it reads like a headline (its site-name suffix removed), else a title is made from
 * the first paragraph, which then stays in the body. Lines repeating the title are dropped. A
 * page that is a single headline gives that title and an empty body.
 * Throws {@link InputError} when the file has no text.
 */
export function readTxt(text: string, file: string): SourceDocument {
  const lines = nonEmptyLines(text);
  if (lines.length === 0) throw new InputError({ file }, 'empty file: no text');
  const first = removeBoilerplate(lines).kept;
  if (first.length === 0) throw new InputError({ file }, 'no article text: every line looks like page chrome');
  const head = first[0]!;
  if (first.length === 1 && isHeadline(head)) return { title: stripSiteSuffix(head), body: '' };
  if (first.length > 1 && isHeadline(head)) {
    const title = stripSiteSuffix(head, { lines: first.slice(1) });
    const body = removeBoilerplate(first.slice(1), { title }).kept;
    return { title, body: body.join('\n\n') };
  }
  return { title: titleFromParagraph(head), body: removeBoilerplate(first, {}).kept.join('\n\n') };
}
