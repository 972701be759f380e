import { parseDocument, DomUtils } from 'htmlparser2';
import { collapseSpaces } from '../clean/text.js';

/** One block of Markdown turned into plain text. */
export interface MarkdownBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'code' | 'row';
  /** Heading level (1–6) for headings. */
  level?: number;
  text: string;
}

/**
 * Converts Markdown to plain-text blocks: headings without `#`, paragraphs with soft line breaks
 * joined, list items one per block without bullets, fenced and indented code kept verbatim,
 * table rows as their cells; emphasis, inline code ticks and link targets removed (link text
 * kept), images, reference definitions, footnote marks and HTML tags dropped (HTML text kept).
 * A line-based converter: enough for articles, not a full CommonMark implementation.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const out: MarkdownBlock[] = [];
  const lines = markdown.split('\n');
  let para: string[] = [];
  let item: string[] | undefined;
  const flush = () => {
    if (para.length) push('paragraph', para.join(' '));
    if (item?.length) push('item', item.join(' '));
    para = [];
    item = undefined;
  };
  const push = (kind: MarkdownBlock['kind'], raw: string, level?: number) => {
    const text = kind === 'code' ? raw.replace(/\s+$/u, '') : inlineToText(raw);
    if (text) out.push({ kind, text, ...(level !== undefined && { level }) });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!); i++) code.push(lines[i]!);
      push('code', code.join('\n'));
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      flush();
      push('heading', atx[2]!, atx[1]!.length);
      continue;
    }
    if (para.length && /^\s{0,3}(=+|-+)\s*$/.test(line)) {
      const text = para.join(' ');
      para = [];
      push('heading', text, line.trim().startsWith('=') ? 1 : 2);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // reference definition
    if (/^\s{0,3}\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // table rule
    if (/^\s{0,3}\|.*\|\s*$/.test(line)) {
      flush();
      push('row', line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).filter(Boolean).join(' '));
      continue;
    }
    const bullet = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (bullet) {
      flush();
      item = [bullet[1]!];
      continue;
    }
    const quoted = line.replace(/^\s{0,3}(>\s?)+/, '');
    if (/^( {4}|\t)/.test(line) && !para.length && !item) {
      // indented code block
      const code = [line.replace(/^( {4}|\t)/, '')];
      while (i + 1 < lines.length && /^( {4}|\t)|^\s*$/.test(lines[i + 1]!)) code.push(lines[++i]!.replace(/^( {4}|\t)/, ''));
      push('code', code.join('\n'));
      continue;
    }
    // a backslash or two spaces at the end is a hard line break: the text joins with a space
    const piece = quoted.trim().replace(/\\$/, '').trimEnd();
    if (item) item.push(piece);
    else para.push(piece);
  }
  flush();
  return out;
}

/** Inline Markdown to text: links keep their text, images and footnote marks go, emphasis marks go. */
export function inlineToText(md: string): string {
  // escaped characters are set aside first so that no rule below reads them as markup
  const escaped: string[] = [];
  let s = md.replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, c: string) => `\uE000${escaped.push(c) - 1}\uE001`);
  s = s.replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, ''); // images
  s = s.replace(/\[\^[^\]]+\]/g, ''); // footnote marks
  s = s.replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1'); // [text](url "title")
  s = s.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1'); // [text][ref]
  s = s.replace(/<((?:https?|mailto|ftp):[^>\s]+)>/gi, '$1'); // autolinks
  if (/<[a-z!/]/i.test(s)) s = htmlText(s);
  s = s.replace(/`+([^`]+?)`+/g, '$1');
  s = s.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2');
  s = s.replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2');
  s = s.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2');
  s = s.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  s = s.replace(/\uE000(\d+)\uE001/g, (_, n: string) => escaped[Number(n)]!);
  s = s.replace(/ {2,}$/g, '');
  return collapseSpaces(s);
}

/** The text of inline HTML inside Markdown, through a real HTML parser. */
function htmlText(fragment: string): string {
  return DomUtils.textContent(parseDocument(fragment));
}
