import { DomUtils } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { attr, findAll, findFirst, hasAncestor, textOf, tokens } from './html-dom.js';

/** What a page says about itself, read before any element is removed. */
export interface HtmlMetadata {
  ogTitle?: string;
  /** The first `<h1>`, preferring one inside `<article>`. */
  h1?: string;
  /** The `<title>` element, as is (site-name suffix still on). */
  titleElement?: string;
  /** JSON-LD `headline`. */
  headline?: string;
  /** Site names: og:site_name, JSON-LD publisher name, application-name. */
  siteNames: string[];
  /** `<html lang>`, else JSON-LD `inLanguage`, else content-language, else og:locale. */
  lang?: string;
  /** article:published_time, else JSON-LD datePublished, else `<time datetime>` (in `<article>` first), else meta date. */
  date?: string;
  /** `<link rel=canonical>`, else og:url, else JSON-LD url. */
  url?: string;
  /** article:tag metas. */
  tags: string[];
}

/** Reads the page's metadata from `<head>` metas, JSON-LD, `<html lang>`, `<time>` and headings. */
export function readHtmlMetadata(doc: Document): HtmlMetadata {
  const metas = new Map<string, string[]>();
  for (const m of findAll(doc, (el) => el.name === 'meta')) {
    const key = (attr(m, 'property') ?? attr(m, 'name') ?? attr(m, 'itemprop') ?? attr(m, 'http-equiv'))?.toLowerCase();
    const content = attr(m, 'content');
    if (key && content) metas.set(key, [...(metas.get(key) ?? []), content]);
  }
  const meta = (...keys: string[]) => keys.map((k) => metas.get(k)?.[0]).find((v) => v !== undefined);
  const ld = jsonLdArticle(doc);
  const inArticle = (el: Element) => el.name === 'article' || hasAncestor(el, (a) => a.name === 'article');
  const h1 = findAll(doc, (el) => el.name === 'h1').sort((a, b) => Number(inArticle(b)) - Number(inArticle(a)))[0];
  const times = findAll(doc, (el) => el.name === 'time' && attr(el, 'datetime') !== undefined);
  const time = times.find(inArticle) ?? times[0];
  const canonical = findFirst(doc, (el) => el.name === 'link' && tokens(el, 'rel').includes('canonical') && attr(el, 'href') !== undefined);
  const html = findFirst(doc, (el) => el.name === 'html');
  const titleEl = findFirst(doc, (el) => el.name === 'title');
  const siteNames = [meta('og:site_name'), ld.publisher, meta('application-name')].filter((s): s is string => !!s);
  return {
    ogTitle: clean(meta('og:title', 'twitter:title')),
    h1: h1 ? clean(textOf(h1)) : undefined,
    titleElement: titleEl ? clean(textOf(titleEl)) : undefined,
    headline: clean(ld.headline),
    siteNames: [...new Set(siteNames.map((s) => s.trim()))],
    lang: (html && (attr(html, 'lang') ?? attr(html, 'xml:lang'))) ?? ld.inLanguage ?? meta('content-language', 'og:locale'),
    date: meta('article:published_time', 'og:published_time') ?? ld.datePublished ?? (time && attr(time, 'datetime'))
      ?? meta('date', 'pubdate', 'publish-date', 'dc.date', 'dcterms.created', 'datepublished'),
    url: (canonical && attr(canonical, 'href')) ?? meta('og:url') ?? ld.url,
    tags: metas.get('article:tag') ?? [],
  };
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  inLanguage?: string;
  publisher?: string;
  url?: string;
}

/** The first JSON-LD object that describes an article (or has a datePublished); broken JSON-LD is ignored. */
function jsonLdArticle(doc: Document): LdArticle {
  const objects: Record<string, unknown>[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      objects.push(v as Record<string, unknown>);
      collect((v as Record<string, unknown>)['@graph']);
    }
  };
  for (const s of findAll(doc, (el) => el.name === 'script' && (attr(el, 'type') ?? '').toLowerCase() === 'application/ld+json')) {
    try {
      collect(JSON.parse(DomUtils.textContent(s)));
    } catch {
      // a page's broken structured data does not make the page unreadable
    }
  }
  const isArticle = (o: Record<string, unknown>) => [o['@type']].flat().some((t) => typeof t === 'string' && /Article|BlogPosting|Report|NewsArticle/.test(t));
  const a = objects.find(isArticle) ?? objects.find((o) => typeof o.datePublished === 'string');
  if (!a) return {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const named = (v: unknown): string | undefined =>
    str(v) ?? (v && typeof v === 'object' ? str((v as Record<string, unknown>).name) ?? str((v as Record<string, unknown>).alternateName) : undefined);
  return {
    headline: str(a.headline) ?? str(a.name),
    datePublished: str(a.datePublished),
    inLanguage: named(a.inLanguage),
    publisher: named([a.publisher].flat()[0]),
    url: str(a.url),
  };
}
