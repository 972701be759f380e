import { decodeText } from './decode.js';
import { InputError, type SourceDocument } from './source-document.js';
import { readHtml } from '../readers/html.js';
import { readMarkdown } from '../readers/markdown.js';
import { readJson, readJsonl, type FieldMapping } from '../readers/records.js';
import { readTxt } from '../readers/txt.js';

/** One input file: its bytes and its path relative to the input root (the default document id). */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

/** What one file gave: documents, and problems with parts of it. */
export interface InputResult {
  documents: SourceDocument[];
  errors: InputError[];
}

/** File types the build reads, by extension. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'] as const;

/** The extension of a path, lowercased, or '' when it has none. */
export function extensionOf(path: string): string {
  const m = /\.[^./\\]+$/.exec(path);
  return m ? m[0].toLowerCase() : '';
}

/** Whether the build reads files like this one. */
export function isReadable(path: string): boolean {
  return (INPUT_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

/**
 * Reads one file into documents with the reader for its type. Files with one document get
 * their path (without extension) as id when they carry none; a problem with the whole file
 * comes back as an error, never as an exception.
 */
export function readInput(file: InputFile, mapping: FieldMapping = {}): InputResult {
  const ext = extensionOf(file.path);
  try {
    if (ext === '.jsonl' || ext === '.ndjson') return readJsonl(decodeText(file.bytes, file.path), file.path, mapping);
    if (ext === '.json') return readJson(decodeText(file.bytes, file.path), file.path, mapping);
    const single = ext === '.txt' ? readTxt(decodeText(file.bytes, file.path), file.path)
      : ext === '.md' || ext === '.markdown' ? readMarkdown(decodeText(file.bytes, file.path), file.path)
      : readHtml(decodeText(file.bytes, file.path), file.path);
    return { documents: [{ ...single, id: single.id ?? file.path.replace(/\.[^./\\]+$/, '') }], errors: [] };
  } catch (error) {
    if (error instanceof InputError) return { documents: [], errors: [error] };
    return { documents: [], errors: [new InputError({ file: file.path }, (error as Error).message)] };
  }
}
