import {
  BACK_TO_TOP, COMMENT_FORM, DATE_WORDS, COMMENTS_HEADING, COOKIES, COPYRIGHT, CRUMB_SEPARATOR, CTA_ACTION, CTA_CHANNEL, LOGO, NAV_LABEL,
  RELATED_HEADING, SHARE_WORDS, TAGS_LABEL,
} from './lexicon.js';
import { collapseSpaces, comparable, endsWithFullStop, hasText, wordCount, words } from './text.js';

/** Why a line was taken for page chrome. */
export type ChromeRule =
  | 'separator' // no letters or digits: ----- or ***
  | 'logo' // a logo's alt text
  | 'ui' // back-to-top, skip links, navigation labels
  | 'share' // share / social buttons
  | 'comment-form' // comment form notes and prompts
  | 'comments' // a comments section at the end of the page
  | 'related' // a "related" / "most read" heading and the headlines after it
  | 'tags' // a tag/keyword list or its label
  | 'crumbs' // breadcrumbs: Home › World › Middle East
  | 'copyright' // © lines, "all rights reserved"
  | 'cookie' // cookie / consent notices
  | 'cta' // subscribe / download-our-app / follow-us lines at the page's edges
  | 'site-name' // a line that is only the site's name
  | 'date' // a publication date alone on a line at the page's edges ("Published: 1 May 2025")
  | 'title' // the title again (with or without the site name)
  | 'repeated'; // a line already seen verbatim

/** A line the cleaner dropped, with its position among the input lines and the rule that dropped it. */
export interface RemovedLine {
  index: number;
  text: string;
  rule: ChromeRule;
}

/** What {@link removeBoilerplate} knows besides the lines. */
export interface BoilerplateOptions {
  /** The document's title, when known: lines repeating it are dropped. */
  title?: string;
  /** Names of the site (og:site_name, front matter `source`): lines that are only this are dropped. */
  siteNames?: readonly string[];
}

/** Output of {@link removeBoilerplate}. */
export interface CleanedLines {
  /** Article lines, in order, whitespace-collapsed. */
  kept: string[];
  removed: RemovedLine[];
}

/** Longest line (in words) that the short-line rules consider. */
const SHORT = 8;
/** Longest line that can be a headline in a "related" list. */
const HEADLINE_WORDS = 25;

/**
 * Drops site chrome from the text lines (paragraphs) of one page and keeps the article.
 * Rules, most precise first:
 * 1. Line rules, anywhere: separators, logo alt texts, back-to-top and skip links, share bars
 *    (short lines made only of share/social words), comment-form notes, breadcrumbs, © lines,
 *    cookie notices, tag-list labels, navigation labels, the site name alone.
 * 2. Tail sections: a short heading in the last half of the page that opens comments, "related"
 *    or "most read" headlines, or tags, when everything after it is headlines or chrome (or a
 *    comment form) — the heading and everything after it go.
 * 3. Edges: at the start and end of the page, calls to action (subscribe, download our app,
 *    follow us), cookie notices, lines that are only a date, slash- or bar-separated menus; at
 *    the end, a lone "related"/"comments" heading. Short lines at the end are otherwise kept:
 *    on real articles they are credits, list items, fixtures, verse.
 * 4. Repeats: the title again (also with a site-name suffix), and any line of five words or more
 *    seen verbatim before.
 * Long lines are never dropped by the short-line rules, and mid-page lines only by rule 1 and 4.
 */
export function removeBoilerplate(lines: readonly string[], options: BoilerplateOptions = {}): CleanedLines {
  const text = lines.map(collapseSpaces);
  const rules: (ChromeRule | undefined)[] = text.map((l) => (l ? lineRule(l, options.siteNames ?? []) : undefined));
  const live = (i: number) => text[i] !== '' && rules[i] === undefined;
  markTitle(text, rules, options.title);
  cutTailSections(text, rules);
  trimEdges(text, rules);
  markRepeats(text, rules);
  const kept: string[] = [];
  const removed: RemovedLine[] = [];
  text.forEach((l, i) => {
    if (!l) return;
    const rule = rules[i];
    if (rule) removed.push({ index: i, text: l, rule });
    else if (live(i)) kept.push(l);
  });
  return { kept, removed };
}

/** Joiner words that may appear in a share bar but do not make one on their own. */
const SHARE_JOINERS = new Set(['on', 'via', 'this', 'article', 'story', 'page', 'على', 'عبر', 'هذا', 'المقال', 'الخبر', 'link', 'الرابط', 'رابط']);

/** Rule 1: what a line is on its own, wherever it is; undefined when it may be article text. */
export function lineRule(line: string, siteNames: readonly string[] = []): ChromeRule | undefined {
  if (!hasText(line)) return 'separator';
  const plain = stripMarks(line);
  const ws = words(plain);
  const n = ws.length;
  if (siteNames.some((s) => s && comparable(s) === comparable(line))) return 'site-name';
  if (n <= 4 && LOGO.test(plain)) return 'logo';
  if (n <= SHORT && BACK_TO_TOP.test(plain)) return 'ui';
  if (n <= 3 && NAV_LABEL.test(plain.replace(/[^\p{L}\p{N} ]/gu, '').trim())) return 'ui';
  if (n <= SHORT && ws.every((w) => SHARE_WORDS.has(w.toLowerCase())) && ws.some((w) => !SHARE_JOINERS.has(w.toLowerCase()))) return 'share';
  if (n <= 25 && COMMENT_FORM.test(plain)) return 'comment-form';
  if (n <= 20 && COPYRIGHT.test(plain)) return 'copyright';
  if (n <= 25 && isCookieNotice(plain)) return 'cookie';
  if (isTagList(plain, n)) return 'tags';
  if (isBreadcrumb(plain, true)) return 'crumbs';
  return undefined;
}

/** Drops Arabic diacritics and tatweel so that the lexicon need not spell every form. */
function stripMarks(line: string): string {
  return line.replace(/[\u064B-\u0652\u0670\u0640]/g, '');
}

/** A cookie or consent notice: cookies named, and the site or the reader addressed ("we use", "accept"). */
function isCookieNotice(line: string): boolean {
  return COOKIES.test(line) && /\b(we use|(this|our) (site|website)|accept|agree|consent|cookie (policy|settings)|manage (cookies|preferences)|by continuing)\b|يستخدم (هذا )?الموقع|نستخدم|موافق|أوافق|قبول|توافق/iu.test(line);
}

/** "Tags: a, b, c", "Helpful keywords", "الوسوم: …": a tag label alone, or label + colon + short items. */
function isTagList(line: string, n: number): boolean {
  if (!TAGS_LABEL.test(line)) return false;
  if (n <= 3 && !endsWithFullStop(line)) return true;
  const colon = /^([^:]{1,30}):\s*(.*)$/u.exec(line);
  return colon !== null && TAGS_LABEL.test(colon[1]!) && colon[2]!.split(/[,،;؛|]/u).every((t) => wordCount(t) <= 4);
}

/**
 * Home › World › Middle East: short parts between separators. With `arrowsOnly`, only arrow-like
 * separators count (› » >): "Film / Director / Country" mid-article is a table header, so
 * slash, bar and dot separated lines are only taken for crumbs or menus at the page's edges.
 */
function isBreadcrumb(line: string, arrowsOnly = false): boolean {
  const parts = line.split(CRUMB_SEPARATOR).filter((p) => p.trim());
  if (parts.length < 2 || !parts.every((p) => wordCount(p) <= 3 && hasText(p))) return false;
  const arrows = /\s[›»‹«>]\s/u.test(line);
  return arrowsOnly ? arrows : arrows || parts.length >= 3;
}

/** A short line that reads like a heading (no full stop at the end). */
function headingLike(line: string): boolean {
  return wordCount(line) <= SHORT && !endsWithFullStop(line);
}

/** A line that can be another article's headline in a list (short-ish, not a paragraph). */
function headlineLike(line: string): boolean {
  return wordCount(line) <= HEADLINE_WORDS && !endsWithFullStop(line);
}

/** Rule 2: comments / related / tags sections at the end of the page. */
function cutTailSections(text: string[], rules: (ChromeRule | undefined)[]): void {
  const total = text.reduce((s, l) => s + l.length, 0);
  let before = 0;
  for (let i = 0; i < text.length; i++) {
    const line = text[i]!;
    const inTail = before >= (total - before - line.length) && before > 0;
    before += line.length;
    if (!line || !inTail || !headingLike(line)) continue;
    const plain = stripMarks(line);
    const kind: ChromeRule | undefined = RELATED_HEADING.test(plain) ? 'related'
      : COMMENTS_HEADING.test(plain) ? 'comments'
      : rules[i] === 'tags' ? 'tags'
      : undefined;
    if (!kind) continue;
    const rest = text.slice(i + 1).map((l, k) => ({ l, rule: rules[i + 1 + k] })).filter((x) => x.l);
    const listOnly = rest.every((x) => x.rule !== undefined || headlineLike(x.l));
    const hasForm = rest.some((x) => x.rule === 'comment-form');
    if (listOnly || (kind === 'comments' && hasForm)) {
      for (let k = i; k < text.length; k++) if (text[k] && rules[k] === undefined) rules[k] = kind;
      return;
    }
  }
}

/** Rule 3: calls to action, cookie notices, date lines, slash/bar menus and lone section headings at either edge. */
function trimEdges(text: string[], rules: (ChromeRule | undefined)[]): void {
  for (const step of [1, -1] as const) {
    for (let i = step === 1 ? 0 : text.length - 1; i >= 0 && i < text.length; i += step) {
      const line = text[i]!;
      if (!line || rules[i] !== undefined) continue;
      const rule = edgeRule(line, step === -1);
      if (!rule) break;
      rules[i] = rule;
    }
  }
}

/** Addressing the reader: "you", "our", imperatives, Arabic second-person forms. */
const READER_ADDRESS = /\b(you|your|our|us)\b|^(subscribe|sign ?up|download|install|follow|join|get|register)\b|(^|\s)(يمكنكم|يمكنك|تابعونا|تابعنا|اشتركوا|اشترك|حملوا|حمل|سجل|انضموا|انضم|احصل|احصلوا|لا تفوت)(\s|$)|هاتفكم|هاتفك|بريدك|نشرتنا|قناتنا|تطبيقنا|موقعنا|صفحتنا/iu;

function edgeRule(line: string, atEnd: boolean): ChromeRule | undefined {
  const plain = stripMarks(line);
  const n = wordCount(plain);
  if (n <= 30 && CTA_ACTION.test(plain) && CTA_CHANNEL.test(plain) && READER_ADDRESS.test(plain)) return 'cta';
  if (n <= 30 && isCookieNotice(plain)) return 'cookie';
  if (isDateLine(plain)) return 'date';
  if (isBreadcrumb(plain)) return 'crumbs';
  if (headingLike(plain) && (RELATED_HEADING.test(plain) || COMMENTS_HEADING.test(plain)) && n <= 5) return atEnd ? 'related' : undefined;
  return undefined;
}

/** Rule 4a: the title again, alone or with a site-name suffix (before the edge rules: it often opens the page). */
function markTitle(text: string[], rules: (ChromeRule | undefined)[], title?: string): void {
  const t = title ? comparable(title) : '';
  if (!t) return;
  text.forEach((line, i) => {
    if (!line || rules[i] !== undefined) return;
    const c = comparable(line);
    if (c === t || (c.startsWith(t) && isSeparatorTail(c.slice(t.length)))) rules[i] = 'title';
  });
}

/** Shorter lines may repeat in an article (a recipe's "Method:" per dish, a date per update). */
const REPEAT_MIN_WORDS = 5;

/** Rule 4b: lines of five words or more seen verbatim before. */
function markRepeats(text: string[], rules: (ChromeRule | undefined)[]): void {
  const seen = new Set<string>();
  text.forEach((line, i) => {
    if (!line || rules[i] !== undefined) return;
    const c = comparable(line);
    if (seen.has(c) && wordCount(line) >= REPEAT_MIN_WORDS) rules[i] = 'repeated';
    else seen.add(c);
  });
}

/** " - Site Name", " | Site": what follows a title in a `<title>`. */
function isSeparatorTail(rest: string): boolean {
  return /^\s+[-–—|:·•«»]{1,2}\s+\S/u.test(rest) && wordCount(rest) <= 6;
}

/** "1 May 2025", "2018-07-26", "Published: Sun 01 Feb 2015 10:30", "نشر في: 26 يوليو 2018": only date words and numbers. */
function isDateLine(line: string): boolean {
  const ws = line.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  if (ws.length === 0 || ws.length > 8) return false;
  const numeric = (w: string) => /^[\d٠-٩]{1,4}([:.\/-][\d٠-٩]{1,4})*(st|nd|rd|th|am|pm)?$/iu.test(w);
  const dateWord = (w: string) => DATE_WORDS.has(w.toLowerCase());
  if (!ws.every((w) => numeric(w) || dateWord(w))) return false;
  // a month or weekday, or a full numeric date (2018-07-26, 26/07/2018): "8,661" is not a date
  return ws.some((w) => dateWord(w) && !/^(on|at|date|time|published|updated|posted|last)$/i.test(w))
    || ws.some((w) => /^[\d٠-٩]{1,4}[.\/-][\d٠-٩]{1,2}[.\/-][\d٠-٩]{1,4}/u.test(w));
}
