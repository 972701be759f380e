import { collapseSpaces, comparable, endsWithFullStop, wordCount } from './text.js';

/** Separators between a page title and the site name: "Title - Site", "Title | Site", "Title — Site". */
const SUFFIX_SEPARATOR = /\s+(?:\||-|–|—|::|·|•|«|»)\s+/gu;
/** Longest site name (in words) recognised after a separator without other evidence. */
const SITE_NAME_WORDS = 6;

/** Evidence that the part after a separator is the site's name. */
export interface SiteEvidence {
  /** Known site names (og:site_name, front matter `source`). */
  siteNames?: readonly string[];
  /** Other lines of the page: the title repeated without the suffix, or the name in a footer. */
  lines?: readonly string[];
  /** Strip a short suffix even without evidence (an HTML `<title>`, which nearly always carries one). */
  assumeSuffix?: boolean;
}

/**
 * Removes a site-name suffix ("… - It's Over 9000!", "… | Levant News") from a title, when there
 * is evidence that it is one: the suffix is a known site name, the title appears without it on
 * another line, the suffix appears on another line (a logo, a © footer), or `assumeSuffix`.
 * Titles whose dash is part of the headline are left alone. A site-name prefix ("Site | Title")
 * is removed on the same evidence.
 */
export function stripSiteSuffix(title: string, evidence: SiteEvidence = {}): string {
  const t = collapseSpaces(title);
  const seps = [...t.matchAll(SUFFIX_SEPARATOR)];
  if (seps.length === 0) return t;
  const names = (evidence.siteNames ?? []).map(comparable).filter(Boolean);
  const others = (evidence.lines ?? []).map(comparable);
  const isName = (part: string) => {
    const c = comparable(part);
    if (!c || wordCount(part) > SITE_NAME_WORDS) return false;
    return names.some((n) => n === c || n.includes(c) || c.includes(n)) || others.some((o) => o !== comparable(t) && o.includes(c) && wordCount(o) <= 10);
  };
  const last = seps[seps.length - 1]!;
  const head = t.slice(0, last.index);
  const tail = t.slice(last.index + last[0].length);
  if (wordCount(head) >= 2 && wordCount(tail) <= SITE_NAME_WORDS) {
    if (isName(tail) || others.includes(comparable(head)) || (evidence.assumeSuffix && wordCount(head) >= wordCount(tail))) return head.trim();
  }
  const first = seps[0]!;
  const lead = t.slice(0, first.index);
  const after = t.slice(first.index + first[0].length);
  if (wordCount(after) >= 2 && isName(lead) && names.length > 0) return after.trim();
  return t;
}

/** Whether a line reads like a headline (not a paragraph): at most 30 words, not ending in a full stop. */
export function isHeadline(line: string): boolean {
  return wordCount(line) > 0 && wordCount(line) <= 30 && !endsWithFullStop(line);
}

/**
 * A title made from a paragraph when a page has no headline: its first sentence without a
 * leading dateline ("(Reuters) -"), cut to 15 words with an ellipsis when longer than 30.
 */
export function titleFromParagraph(paragraph: string): string {
  const p = collapseSpaces(paragraph).replace(/^\([^)]{1,40}\)\s*[-–—:]*\s*/u, '');
  const sentence = p.split(/(?<=[.!?؟])\s+/u)[0] ?? p;
  const ws = sentence.split(' ');
  return ws.length <= 30 ? sentence.replace(/[.]$/u, '') : `${ws.slice(0, 15).join(' ').replace(/[\s,،;؛:–—-]+$/u, '')} …`;
}
