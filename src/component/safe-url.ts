/**
 * The URL of a result as a link target, or `null` when it must not become a link. Only
 * http(s) URLs and relative URLs (`/a`, `a/b`, `#x`, `?q`, `//host/a`) pass: `javascript:`,
 * `data:`, `vbscript:` and every other scheme render as plain text. Browsers drop ASCII
 * whitespace and control characters when they parse a URL (`java\tscript:`), so the scheme is
 * read with them removed.
 */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''));
  return !scheme || /^https?$/i.test(scheme[1]!) ? url.trim() : null;
}
