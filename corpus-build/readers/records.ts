import { primaryLanguage } from '../core/language.js';
import { InputError, type SourceDocument } from '../core/source-document.js';
import { collapseSpaces } from '../clean/text.js';
import { arrayItemLines, findJsonSyntaxError } from './json-position.js';

/**
 * Which record fields hold what, for `.json`/`.jsonl` inputs whose records use other names.
 * A name may be a dotted path into nested objects (`meta.title`). Unset fields use the defaults:
 * id: `id`; title: `title`, `headline`; body: `body`, `text`, `content`; lang: `lang`, `language`;
 * url: `url`, `link`; date: `date`, `published`; source: `source`, `site`.
 */
export interface FieldMapping {
  id?: string;
  title?: string;
  body?: string;
  lang?: string;
  url?: string;
  date?: string;
  source?: string;
}

/** Documents read from a records file, and one error per record or line that could not be used. */
export interface RecordsResult {
  documents: SourceDocument[];
  errors: InputError[];
}

const DEFAULTS: Required<{ [K in keyof FieldMapping]: string[] }> = {
  id: ['id'],
  title: ['title', 'headline'],
  body: ['body', 'text', 'content'],
  lang: ['lang', 'language'],
  url: ['url', 'link'],
  date: ['date', 'published'],
  source: ['source', 'site'],
};

/**
 * Reads JSON Lines: one JSON object per line, blank lines ignored. A line that is not valid JSON,
 * not an object, or has no text gives an {@link InputError} with its 1-based line number; the
 * other lines still give documents. A file without any record gives one error.
 */
export function readJsonl(text: string, file: string, mapping: FieldMapping = {}): RecordsResult {
  const documents: SourceDocument[] = [];
  const errors: InputError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push(new InputError({ file, line: i + 1 }, `not valid JSON: ${findJsonSyntaxError(line)?.reason ?? (error as Error).message}`));
      return;
    }
    const doc = recordToDocument(value, mapping);
    if (typeof doc === 'string') errors.push(new InputError({ file, line: i + 1 }, doc));
    else documents.push({ ...doc, line: i + 1 });
  });
  if (documents.length === 0 && errors.length === 0) errors.push(new InputError({ file }, 'empty file: no records'));
  return { documents, errors };
}

/**
 * Reads a JSON array of records (a single object is one record). A record that is not an
 * object or has no text gives an {@link InputError} with the line it starts on and its 1-based
 * number in the array; invalid JSON gives one error for the file, with the line of the first
 * syntax error.
 */
export function readJson(text: string, file: string, mapping: FieldMapping = {}): RecordsResult {
  if (!text.trim()) return { documents: [], errors: [new InputError({ file }, 'empty file: no records')] };
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const problem = findJsonSyntaxError(json);
    const reason = `not valid JSON: ${problem?.reason ?? (error as Error).message}`;
    return { documents: [], errors: [new InputError({ file, ...(problem && { line: problem.line }) }, reason)] };
  }
  const records = Array.isArray(value) ? value : [value];
  const lines = Array.isArray(value) ? arrayItemLines(json) : [];
  const documents: SourceDocument[] = [];
  const errors: InputError[] = [];
  records.forEach((record, i) => {
    const line = lines[i] ?? i + 1;
    const doc = recordToDocument(record, mapping);
    if (typeof doc === 'string') errors.push(new InputError({ file, line }, `record ${i + 1}: ${doc}`));
    else documents.push({ ...doc, line });
  });
  if (records.length === 0) errors.push(new InputError({ file }, 'empty array: no records'));
  return { documents, errors };
}

/**
 * One record as a document, or the reason it cannot be one. Ids and other scalar fields may be
 * numbers (converted to strings); a body may be an array of paragraphs.
 */
export function recordToDocument(record: unknown, mapping: FieldMapping = {}): SourceDocument | string {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'not a JSON object';
  const r = record as Record<string, unknown>;
  const field = (key: keyof FieldMapping): string | undefined => {
    for (const name of mapping[key] ? [mapping[key]!] : DEFAULTS[key]) {
      const v = scalar(lookup(r, name));
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const bodyNames = mapping.body ? [mapping.body] : DEFAULTS.body;
  const body = bodyNames.map((name) => paragraphs(lookup(r, name))).find((b) => b !== undefined) ?? '';
  if (!body) return `no text: none of the fields ${bodyNames.map((n) => `"${n}"`).join(', ')} holds text`;
  const id = field('id');
  const lang = primaryLanguage(field('lang'));
  const url = field('url');
  const date = field('date');
  const source = field('source');
  const tags = Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : undefined;
  return {
    ...(id && { id }),
    title: field('title') ?? '',
    body,
    ...(lang && { lang }),
    ...(url && { url }),
    ...(date && { date }),
    ...(source && { source }),
    ...(tags?.length && { tags }),
    ...((r.draft === true || r.draft === 'true') && { draft: true }),
  };
}

function lookup(r: Record<string, unknown>, path: string): unknown {
  if (path in r) return r[path];
  let v: unknown = r;
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.trim()) return collapseSpaces(v);
  return undefined;
}

/** A body as paragraphs separated by a blank line, whitespace collapsed inside each. */
function paragraphs(v: unknown): string | undefined {
  const parts = Array.isArray(v) ? v.filter((p): p is string => typeof p === 'string') : typeof v === 'string' ? [v] : [];
  const text = parts.join('\n\n').replace(/\r\n?/g, '\n').split(/\n\s*\n/).map(collapseSpaces).filter(Boolean).join('\n\n');
  return text || undefined;
}
