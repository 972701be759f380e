import { Parser } from 'htmlparser2';
import { InputError } from './source-document.js';

/** How many bytes of an HTML file are searched for a charset declaration (as browsers do). */
const SNIFF_BYTES = 1024;

/**
 * Decodes a file's bytes to text with LF line ends. The charset is, in order: a byte-order mark,
 * `declaredCharset`, the `<meta charset>` / `http-equiv` content type found in the first 1024
 * bytes of an `.html`/`.htm` file, else UTF-8. UTF-8 is decoded strictly: invalid bytes throw an
 * {@link InputError} naming the file and the line of the first bad byte. Other charsets
 * (windows-1256, iso-8859-6, …) are decoded with the platform's `TextDecoder`.
 * No Node API: runs in browsers too.
 */
export function decodeText(bytes: Uint8Array, file: string, declaredCharset?: string): string {
  const bom = bomCharset(bytes);
  const label = bom ?? declaredCharset ?? (isHtmlPath(file) ? sniffHtmlCharset(bytes) : undefined) ?? 'utf-8';
  const decoder = decoderFor(label);
  let text: string;
  if (decoder.encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      throw new InputError({ file, line: lineAt(bytes, at) }, `not valid UTF-8 (byte ${at}); save the file as UTF-8 or declare its charset`);
    }
  } else {
    text = decoder.decode(bytes);
  }
  return normalizeLineEnds(text);
}

/** CRLF and lone CR become LF; a leading BOM (if a decoder left one) is dropped. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * The charset an HTML document declares in its first 1024 bytes (`<meta charset>` or
 * `<meta http-equiv="content-type" content="…; charset=…">`), or undefined. The bytes are read
 * as Latin-1, which keeps every ASCII tag intact whatever the real charset.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  let found: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (found || name !== 'meta') return;
      if (attrs.charset) found = attrs.charset.trim();
      else if ((attrs['http-equiv'] ?? '').toLowerCase() === 'content-type') found = charsetOfContentType(attrs.content ?? '');
    },
  }, { decodeEntities: true, lowerCaseAttributeNames: true });
  parser.write(head);
  parser.end();
  return found || undefined;
}

/** `text/html; charset=windows-1256` → `windows-1256`. */
function charsetOfContentType(value: string): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(value);
  return m?.[1];
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** A decoder for a charset label; unknown labels fall back to UTF-8 (as browsers do). */
function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return new TextDecoder('utf-8');
  }
}

function isHtmlPath(file: string): boolean {
  return /\.x?html?$/i.test(file);
}

/** Offset of the first byte that breaks UTF-8 (the decoder only says that one does). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    // overlong 3/4-byte forms, surrogates and code points above U+10FFFF
    const c1 = bytes[i + 1]!;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += len;
  }
  return bytes.length;
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
