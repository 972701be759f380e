import { DomUtils } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import { collapseSpaces, wordCount } from '../clean/text.js';
import { attr, findAll, findFirst, tokens } from './html-dom.js';

/** Elements that never hold article text (scripts, forms, page furniture). */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'form', 'button', 'input',
  'select', 'textarea', 'label', 'nav', 'aside', 'footer', 'header', 'menu', 'dialog', 'head',
]);
/** ARIA roles of page furniture. */
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);
/**
 * Words that class names and ids of page furniture are made of, matched as whole parts of a
 * class or id split at `-`, `_` and camelCase ("share-bar", "relatedPosts", "comment_form").
 */
const CHROME_WORDS = new Set([
  'share', 'sharing', 'sharebar', 'social', 'related', 'comment', 'comments', 'respond', 'disqus', 'sidebar', 'widget', 'widgets',
  'newsletter', 'subscribe', 'subscription', 'cookie', 'cookies', 'consent', 'gdpr', 'breadcrumb', 'breadcrumbs', 'crumbs', 'advert',
  'advertisement', 'ads', 'ad', 'adsense', 'sponsor', 'sponsored', 'promo', 'popular', 'mostread', 'trending', 'tags', 'tagcloud',
  'nav', 'navbar', 'navigation', 'menu', 'footer', 'header', 'masthead', 'toolbar', 'pagination', 'pager', 'recommended',
  'outbrain', 'taboola', 'hidden', 'skip', 'print', 'modal', 'popup', 'banner',
]);
/** Class names that hide an element. */
const HIDDEN_CLASSES = new Set(['hidden', 'sr-only', 'visually-hidden', 'screen-reader-text', 'visuallyhidden', 'd-none', 'hide']);
/** Containers of the main content: never removed for their class or id. */
const CONTENT_TAGS = new Set(['html', 'body', 'main', 'article']);
/** Elements whose start and end break the text into blocks (paragraphs). */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote',
  'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'address', 'details', 'summary', 'hr', 'br',
  'center', 'body', 'html',
]);

/** Whether the markup hides an element: `hidden`, `aria-hidden="true"`, an inline `display: none` or `visibility: hidden`. */
export function isHiddenByMarkup(el: Element): boolean {
  if ('hidden' in el.attribs) return true;
  if (attr(el, 'aria-hidden')?.toLowerCase() === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? '');
}

/** Whether an element is hidden (see {@link isHiddenByMarkup}), or has a class that hides it. */
export function isHidden(el: Element): boolean {
  return isHiddenByMarkup(el) || tokens(el, 'class').some((c) => HIDDEN_CLASSES.has(c));
}

/** The parts of class names and the id: "share-bar relatedPosts" → share, bar, related, posts. */
function nameParts(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

/** Whether an element holds the page's main content (so its class must not get it removed). */
function holdsContent(el: Element): boolean {
  return findFirst(el.children, (c) => c.name === 'article' || c.name === 'main' || c.name === 'h1' || attr(c, 'itemprop') === 'articleBody') !== undefined;
}

/**
 * Removes everything that is not article text: scripts, styles, forms, nav/header/footer/aside,
 * elements with furniture roles, hidden elements, and elements whose class or id names
 * furniture (share bars, related lists, comments, ads…) unless they hold the main content.
 * Comments (`<!-- -->`) never reach the text. Mutates `doc`.
 */
export function pruneChrome(doc: Document): void {
  const doomed = findAll(doc, (el) => {
    if (CONTENT_TAGS.has(el.name)) return false;
    if (DROP_TAGS.has(el.name) || isHidden(el)) return true;
    if (DROP_ROLES.has(attr(el, 'role')?.toLowerCase() ?? '')) return true;
    return nameParts(el).some((p) => CHROME_WORDS.has(p)) && !holdsContent(el);
  });
  for (const el of doomed) if (el.parent) DomUtils.removeElement(el);
}

/**
 * The element that holds the article: `[itemprop=articleBody]`, else `<article>`, else `<main>`
 * (or `role=main`); the largest by text when there are several. When that holds less than half
 * the text of the densest block (the element whose own paragraphs hold the most text), or there
 * is none, the densest block. Call after {@link pruneChrome}.
 */
export function articleRoot(doc: Document): AnyNode {
  const textLength = (el: AnyNode) => DomUtils.textContent(el).replace(/\s+/g, ' ').trim().length;
  const largest = (els: Element[]) => els.sort((a, b) => textLength(b) - textLength(a))[0];
  const marked = largest(findAll(doc, (el) => attr(el, 'itemprop') === 'articleBody'))
    ?? largest(findAll(doc, (el) => el.name === 'article'))
    ?? largest(findAll(doc, (el) => el.name === 'main' || attr(el, 'role') === 'main'));
  const dense = densestBlock(doc);
  if (marked && (!dense || textLength(marked) * 2 >= dense.score)) return marked;
  return dense?.el ?? findFirst(doc, (el) => el.name === 'body') ?? doc;
}

/** The element whose paragraph children hold the most text (a parent gets half of a grandchild's). */
function densestBlock(doc: Document): { el: Element; score: number } | undefined {
  const scores = new Map<Element, number>();
  for (const p of findAll(doc, (el) => el.name === 'p' || el.name === 'pre' || el.name === 'blockquote')) {
    const n = DomUtils.textContent(p).replace(/\s+/g, ' ').trim().length;
    const parent = p.parent && DomUtils.isTag(p.parent) ? p.parent : undefined;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + n);
    const grand = parent.parent && DomUtils.isTag(parent.parent) ? parent.parent : undefined;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + n / 2);
  }
  let best: { el: Element; score: number } | undefined;
  for (const [el, score] of scores) if (!best || score > best.score) best = { el, score };
  return best;
}

/**
 * The text of `root` as blocks (paragraphs, headings, list items, table cells), whitespace
 * collapsed. Blocks made almost only of links that are list items or short (menus, "read more"
 * lists left inside the article) are dropped, unless `keepLinks` (text the site owner chose).
 */
export function textBlocks(root: AnyNode, { keepLinks = false } = {}): string[] {
  const blocks: string[] = [];
  let text = '';
  let linkText = 0;
  let inItem = false;
  const flush = () => {
    const t = collapseSpaces(text);
    const linky = !keepLinks && t.length > 0 && linkText >= 0.8 * t.length && (inItem || wordCount(t) <= 12);
    if (t && !linky) blocks.push(t);
    text = '';
    linkText = 0;
  };
  const walk = (node: AnyNode, inLink: boolean) => {
    if (DomUtils.isText(node)) {
      text += node.data;
      if (inLink) linkText += collapseSpaces(node.data).length;
      return;
    }
    if (!DomUtils.isTag(node)) {
      // the document itself, or a page without <html> and <body> (valid HTML5, common in CMS exports)
      if (DomUtils.hasChildren(node)) for (const child of node.children) walk(child, inLink);
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    const wasItem = inItem;
    if (node.name === 'li') inItem = true;
    for (const child of node.children) walk(child, inLink || node.name === 'a');
    if (block) flush();
    inItem = wasItem;
  };
  walk(root, false);
  flush();
  return blocks;
}
