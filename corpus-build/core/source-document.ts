/**
 * What every reader produces from one input (a file, or a record of a .json/.jsonl file): the
 * clean text and metadata of one document, before analysis and indexing.
 */
export interface SourceDocument {
  /** Stable id: the record's id, else the file path relative to the input root (set by the caller). */
  id?: string;
  title: string;
  /** The article text only, paragraphs separated by a blank line; no page chrome. */
  body: string;
  /** BCP 47 language code when the input says so (front matter, `<html lang>`, a record field). */
  lang?: string;
  /** Canonical URL (absolute or site-relative). */
  url?: string;
  /** Markdown front matter `slug`: the last part of the URL made from the file's path (see `siteUrlOf`). */
  slug?: string;
  /** ISO 8601 date or date-time. */
  date?: string;
  /** Site or source name when the input names one. */
  source?: string;
  tags?: string[];
  /** Markdown front matter `draft: true`: the caller leaves the document out. */
  draft?: boolean;
  /**
   * HTML pages only: whether the page marks its content with `data-bahth-body`. Once a page of
   * a build does, the pages that do not are left out (see `prepareDocuments`).
   */
  markedBody?: boolean;
  /** For records: the 1-based line it came from (where it starts, in a .json array), for messages. */
  line?: number;
}

/** Where an input problem is: a file, and a line for line-based formats. */
export interface InputLocation {
  file: string;
  line?: number;
}

/**
 * A problem with one input (undecodable file, broken JSON line, record without text…). The build
 * fails with it by default, or lists it as a warning with `--skip-invalid`.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly location: InputLocation,
    readonly reason: string,
  ) {
    super(`${location.file}${location.line ? `:${location.line}` : ''}: ${reason}`);
  }
}
