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

/** Options of {@link prepareDocuments} and {@link DocumentPreparer}. */
export interface PrepareOptions {
  /** Leave out documents whose text equals an earlier one's (by default they are kept, and reported). */
  dedupe?: boolean;
  /**
   * Leave out HTML pages without a `data-bahth-body` element: some page of the build has one
   * ({@link prepareDocuments} finds it out; a build that streams its documents looks first).
   */
  onlyMarked?: boolean;
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
 * Turns read documents into indexable ones, one at a time (a build of a million documents holds
 * only their ids, URLs and text fingerprints): every document gets an id and a language
 * (detected from its text when the input does not say), drafts are left out, a document without
 * text or with an id already taken is an error, and a document whose text equals an earlier
 * one's (after normalization) is reported as a possible duplicate: two pages with one
 * description may well be two products, so it is indexed unless `dedupe` is set. With
 * `onlyMarked` (an HTML page of the build marks its content with `data-bahth-body`), HTML pages
 * without it are left out, as Pagefind does. A date that is not one is left out with a warning (see {@link readDate}); so
 * are a URL already used by another document and a text over {@link LARGE_DOCUMENT_CHARS},
 * though both documents are kept.
 */
export class DocumentPreparer {
  readonly errors: InputError[] = [];
  readonly warnings: InputError[] = [];
  readonly duplicates: Duplicate[] = [];
  drafts = 0;
  /** HTML pages left out for having no `data-bahth-body` element while other pages have one. */
  readonly unmarked: string[] = [];
  /** How many HTML pages mark their content with `data-bahth-body`. */
  marked = 0;
  private withoutUrl = 0;
  private readonly withoutUrlFiles = new Set<string>();
  private readonly urls = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  /** Fingerprint of each text kept (a hash of its letters and digits) → its document's id and file. */
  private readonly texts = new Map<string, { id: string; file: string }>();

  constructor(private readonly options: PrepareOptions = {}) {}

  /** Indexed documents without a URL (their results cannot be opened), and the files they came from. */
  get documentsWithoutUrl(): PreparedDocuments['withoutUrl'] {
    return { documents: this.withoutUrl, files: [...this.withoutUrlFiles] };
  }

  /** The document ready to index, or undefined when it is left out (and recorded why). */
  add({ file, line, document: d }: ReadDocument): IndexDocument | undefined {
    const where = { file, ...(line !== undefined && { line }) };
    if (d.draft) {
      this.drafts++;
      return undefined;
    }
    if (d.markedBody) this.marked++;
    if (this.options.onlyMarked && d.markedBody === false) {
      this.unmarked.push(file);
      return undefined;
    }
    const id = (d.id ?? '').trim();
    const title = d.title.trim();
    const body = d.body.trim();
    if (!id) {
      this.errors.push(new InputError(where, 'document has no id'));
      return undefined;
    }
    if (!body && !title) {
      this.errors.push(new InputError(where, `document "${id}" has no text`));
      return undefined;
    }
    const earlier = this.ids.get(id);
    if (earlier !== undefined) {
      this.errors.push(new InputError(where, `duplicate id "${id}" (first in ${earlier})`));
      return undefined;
    }
    this.ids.set(id, file);
    const letters = normalize(body).replace(/[^\p{L}\p{N}]+/gu, '');
    const fingerprint = letters ? hash128(letters) : '';
    const same = fingerprint ? this.texts.get(fingerprint) : undefined;
    if (same !== undefined) {
      this.duplicates.push({ id, file, sameAs: same.id, sameAsFile: same.file });
      if (this.options.dedupe) return undefined;
    } else if (fingerprint) {
      this.texts.set(fingerprint, { id, file });
    }
    const lang = (d.lang ?? '').trim().toLowerCase() || detectLanguage(`${title}\n${body}`);
    const date = d.date ? readDate(d.date) : undefined;
    if (date && 'problem' in date) this.warnings.push(new InputError(where, `document "${id}": ${date.problem}`));
    const url = d.url?.trim();
    const urlOwner = url ? this.urls.get(url) : undefined;
    if (urlOwner !== undefined) this.warnings.push(new InputError(where, `document "${id}" has the same URL as "${urlOwner}": ${url}`));
    else if (url) this.urls.set(url, id);
    if (!url) {
      this.withoutUrl++;
      this.withoutUrlFiles.add(file);
    }
    if (body.length > LARGE_DOCUMENT_CHARS) {
      this.warnings.push(new InputError(where, `document "${id}" has ${(body.length / 1e6).toFixed(1)} million characters of text: a visitor downloads all of it to see one of its snippets; consider splitting it`));
    }
    return {
      id,
      title: title || firstWords(body),
      body,
      lang,
      ...(url && { url }),
      ...(date && 'date' in date && { date: date.date }),
      ...(d.source && { source: d.source }),
    };
  }
}

/** {@link DocumentPreparer} over documents all read already. */
export function prepareDocuments(read: ReadDocument[], options: PrepareOptions = {}): PreparedDocuments {
  const preparer = new DocumentPreparer({ ...options, onlyMarked: read.some((r) => r.document.markedBody === true) });
  const documents: IndexDocument[] = [];
  for (const r of read) {
    const document = preparer.add(r);
    if (document) documents.push(document);
  }
  const { errors, warnings, duplicates, drafts, unmarked, marked } = preparer;
  return { documents, errors, warnings, duplicates, drafts, unmarked, marked, withoutUrl: preparer.documentsWithoutUrl };
}

/**
 * A 128-bit hash of a text (four 32-bit lanes of multiply-xor mixing, as cyrb128): texts are
 * compared by it instead of kept whole, and two different texts sharing one is beyond odds.
 */
export function hash128(text: string): string {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 10).join(' ');
  return words.length < text.length ? `${words} …` : words;
}
