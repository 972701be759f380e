import { extensionOf } from './read-input.js';

/**
 * The URL a page is served at when its input does not declare one, from the file's path in the
 * site folder, the way static hosts and site generators map files to URLs:
 * - HTML as built: `news/a/index.html` → `/news/a/`, `en/about.html` → `/en/about.html`
 *   (the file as a static host serves it; only `index.html` stands for its folder);
 * - Markdown as Hugo, Eleventy and Astro render it, with "pretty" URLs: `posts/hello.md` →
 *   `/posts/hello/`, `posts/index.md` and Hugo's `posts/_index.md` → `/posts/`; a front
 *   matter `slug` replaces the file's name (`posts/2024-05-01-x.md` with `slug: hello` →
 *   `/posts/hello/`);
 * - plain text as a static host serves it: `notes/a.txt` → `/notes/a.txt`;
 * - records (`.json`, `.jsonl`): none, as a record has no path of its own.
 * Each part of the path is percent-encoded (`أخبار/مقال.html` → `/%D8%A3…/%D9%85….html`), and
 * `base` (see {@link parseBaseUrl}) goes before it.
 */
export function siteUrlOf(path: string, base = '/', slug?: string): string | undefined {
  const ext = extensionOf(path);
  const parts = path.split('/').filter(Boolean);
  const name = parts.pop() ?? '';
  const stem = name.slice(0, name.length - ext.length);
  let tail: string[];
  if (ext === '.html' || ext === '.htm') tail = name === 'index.html' ? [] : [name];
  else if (ext === '.md' || ext === '.markdown') tail = stem === 'index' || stem === '_index' ? [] : [slug?.trim() || stem, ''];
  else if (ext === '.txt') tail = [name];
  else return undefined;
  const segments = [...parts, ...tail];
  // a folder's URL ends with a slash: `/news/a/`, `/posts/hello/`, and the site's root `/`
  const folder = tail.length === 0 || tail[tail.length - 1] === '';
  const encoded = segments.filter(Boolean).map(encodeURIComponent).join('/');
  return `${base}${encoded}${folder && encoded ? '/' : ''}`;
}

/**
 * A `--base-url` value as the prefix of path-derived URLs, always ending with `/`: a path
 * (`/blog`, `/blog/`) or an absolute http(s) URL (`https://example.org/blog/`); the result is
 * percent-encoded as a browser would. Returns undefined for anything else (a relative path
 * such as `blog/` would resolve against each page that shows the result, a query or a
 * fragment cannot be a prefix).
 */
export function parseBaseUrl(value: string): string | undefined {
  const text = value.trim();
  if (!text.startsWith('/') && !/^https?:\/\//i.test(text)) return undefined;
  if (text.startsWith('//')) return undefined;
  let url: URL;
  try {
    url = new URL(text, 'http://base.invalid');
  } catch {
    return undefined;
  }
  if (url.search || url.hash || text.includes('?') || text.includes('#')) return undefined;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return text.startsWith('/') ? path : `${url.origin}${path}`;
}
