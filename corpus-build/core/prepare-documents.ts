import { normalize } from '../../src/analyzer/index.js';
import { detectLanguage } from './language.js';
import type { IndexDocument } from './index-writer.js';
import { InputError, type SourceDocument } from './source-document.js';
import { readDate } from './date.js';

/**
 * Text length above which a document gets a warning: a result shows a snippet from the text
 * chunk that holds it, so a visitor downloads the whole text of a document this long.
 */
export const LARGE_DOCUMENT_CHARS = 500_000;

/** A document as read, with the file it came from. */
export interface ReadDocument {
  file: string;
  /** 1-based line (or record number) in the file, for records. */
  line?: number;
  document: SourceDocument;
}

/** A document whose text (once normalized) equals an earlier one's: a possible duplicate. */
export interface Duplicate {
  id: string;
  file: string;
  /** The earlier document with that text. */
  sameAs: string;
  /** The file of the earlier document. */
  sameAsFile: string;
}

/** Options of {@link prepareDocuments}. */
export interface PrepareOptions {
  /** Leave out documents whose text equals an earlier one's (by default they are kept, and reported). */
  dedupe?: boolean;
}

/** Outcome of {@link prepareDocuments}. */
export interface PreparedDocuments {
  documents: IndexDocument[];
  /** Problems that fail the build (or are skipped with `skipInvalid`). */
  errors: InputError[];
  /** Problems the build gets past: an unreadable date left out, a URL two documents share, a very long text. */
  warnings: InputError[];
  /** Documents with the same text as an earlier one: indexed, or left out with `dedupe`. */
  duplicates: Duplicate[];
  drafts: number;
  /** HTML pages left out for having no `data-bahth-body` element while other pages have one. */
  unmarked: string[];
  /** How many HTML pages mark their content with `data-bahth-body`. */
  marked: number;
  /** Indexed documents without a URL (their results cannot be opened), and the files they came from. */
  withoutUrl: { documents: number; files: string[] };
}

/**
 * Turns read documents into indexable ones: every document gets an id and a language
 * (detected from its text when the input does not say), drafts are left out, a document without
 * text or with an id already taken is an error, and a document whose text equals an earlier
 * one's (after normalization) is reported as a possible duplicate: two pages with one
 * description may well be two products, so it is indexed unless `dedupe` is set. Once an HTML
 * page marks its content with `data-bahth-body`, HTML pages without it are left out, as
 * Pagefind does. A date that is not one is left out with a warning (see {@link readDate}); so
 * are a URL already used by another document and a text over {@link LARGE_DOCUMENT_CHARS},
 * though both documents are kept.
 */
export function prepareDocuments(read: ReadDocument[], options: PrepareOptions = {}): PreparedDocuments {
  const documents: IndexDocument[] = [];
  const errors: InputError[] = [];
  const warnings: InputError[] = [];
  const urls = new Map<string, string>();
  const duplicates: Duplicate[] = [];
  const ids = new Map<string, string>();
  const bodies = new Map<string, { id: string; file: string }>();
  const onlyMarked = read.some((r) => r.document.markedBody === true);
  const unmarked: string[] = [];
  const noUrlFiles = new Set<string>();
  let noUrl = 0;
  let marked = 0;
  let drafts = 0;
  for (const { file, line, document: d } of read) {
    const where = { file, ...(line !== undefined && { line }) };
    if (d.draft) {
      drafts++;
      continue;
    }
    if (d.markedBody) marked++;
    if (onlyMarked && d.markedBody === false) {
      unmarked.push(file);
      continue;
    }
    const id = (d.id ?? '').trim();
    const title = d.title.trim();
    const body = d.body.trim();
    if (!id) {
      errors.push(new InputError(where, 'document has no id'));
      continue;
    }
    if (!body && !title) {
      errors.push(new InputError(where, `document "${id}" has no text`));
      continue;
    }
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      errors.push(new InputError(where, `duplicate id "${id}" (first in ${earlier})`));
      continue;
    }
    ids.set(id, file);
    const fingerprint = normalize(body).replace(/[^\p{L}\p{N}]+/gu, '');
    const same = fingerprint ? bodies.get(fingerprint) : undefined;
    if (same !== undefined) {
      duplicates.push({ id, file, sameAs: same.id, sameAsFile: same.file });
      if (options.dedupe) continue;
    } else if (fingerprint) {
      bodies.set(fingerprint, { id, file });
    }
    const lang = (d.lang ?? '').trim().toLowerCase() || detectLanguage(`${title}\n${body}`);
    const date = d.date ? readDate(d.date) : undefined;
    if (date && 'problem' in date) warnings.push(new InputError(where, `document "${id}": ${date.problem}`));
    const url = d.url?.trim();
    const urlOwner = url ? urls.get(url) : undefined;
    if (urlOwner !== undefined) warnings.push(new InputError(where, `document "${id}" has the same URL as "${urlOwner}": ${url}`));
    else if (url) urls.set(url, id);
    if (!url) {
      noUrl++;
      noUrlFiles.add(file);
    }
    if (body.length > LARGE_DOCUMENT_CHARS) {
      warnings.push(new InputError(where, `document "${id}" has ${(body.length / 1e6).toFixed(1)} million characters of text: a visitor downloads all of it to see one of its snippets; consider splitting it`));
    }
    documents.push({
      id,
      title: title || firstWords(body),
      body,
      lang,
      ...(url && { url }),
      ...(date && 'date' in date && { date: date.date }),
      ...(d.source && { source: d.source }),
    });
  }
  return { documents, errors, warnings, duplicates, drafts, unmarked, marked, withoutUrl: { documents: noUrl, files: [...noUrlFiles] } };
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 10).join(' ');
  return words.length < text.length ? `${words} …` : words;
}
