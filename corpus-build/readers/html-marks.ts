import { DomUtils } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { isHiddenByMarkup } from './html-content.js';
import { findAll, hasAncestor } from './html-dom.js';

/**
 * What a site owner marks in their templates when the chrome-stripping heuristics are not
 * enough, with Pagefind's semantics (`data-pagefind-body`, `data-pagefind-ignore`):
 * - `data-bahth-body`: only the text of such elements is indexed for the page (several are
 *   joined in document order); once any page of a build has one, pages without it are left out;
 * - `data-bahth-ignore` (or `="index"`): the element's text is left out, though the page's
 *   title may still be taken from it (its `<h1>`); `data-bahth-ignore="all"`: left out of
 *   everything, the title too. Another value counts as `all`, as in Pagefind.
 */

const BODY = 'data-bahth-body';
const IGNORE = 'data-bahth-ignore';

/** Elements that hold no text a reader sees, dropped even inside a `data-bahth-body` element (Pagefind drops the same). */
const NO_TEXT_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'form', 'button', 'input', 'select', 'textarea', 'label', 'nav', 'footer',
]);

/** How far `data-bahth-ignore` reaches on an element, or undefined when it has none. */
function ignoreReach(el: Element): 'index' | 'all' | undefined {
  if (!(IGNORE in el.attribs)) return undefined;
  const value = (el.attribs[IGNORE] ?? '').trim().toLowerCase();
  return value === '' || value === 'index' || value === 'true' ? 'index' : 'all';
}

const remove = (elements: Element[]) => {
  for (const el of elements) if (el.parent) DomUtils.removeElement(el);
};

/** Removes the elements marked `data-bahth-ignore="all"`, before the page's title and metadata are read. Mutates the tree. */
export function removeIgnoredAll(root: AnyNode): void {
  remove(findAll(root, (el) => ignoreReach(el) === 'all'));
}

/** Removes every element marked `data-bahth-ignore`, whatever its value. Mutates the tree. */
export function removeIgnored(root: AnyNode): void {
  remove(findAll(root, (el) => ignoreReach(el) !== undefined));
}

/** The elements marked `data-bahth-body`, outermost only (one inside another is read with it), in document order. */
export function markedBodies(root: AnyNode): Element[] {
  const marked = (el: Element) => BODY in el.attribs;
  return findAll(root, (el) => marked(el) && !hasAncestor(el, marked));
}

/**
 * Prepares a `data-bahth-body` element for reading: the site owner chose it, so none of the
 * chrome heuristics apply inside; only what no reader sees goes (scripts, styles, forms,
 * navigation, footers, hidden elements) and what is marked `data-bahth-ignore`. Mutates the tree.
 */
export function pruneMarkedBody(body: Element): void {
  removeIgnored(body);
  remove(findAll(body, (el) => NO_TEXT_TAGS.has(el.name) || isHiddenByMarkup(el)));
}
