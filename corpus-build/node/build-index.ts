import { readFile } from 'node:fs/promises';
import { gzip, constants } from 'node:zlib';
import { promisify } from 'node:util';
import { writeIndex, type IndexWriterOptions } from '../core/index-writer.js';
import { prepareDocuments, type Duplicate, type ReadDocument } from '../core/prepare-documents.js';
import { extensionOf, readInput } from '../core/read-input.js';
import type { FieldMapping } from '../readers/records.js';
import { InputError } from '../core/source-document.js';
import { parseBaseUrl, siteUrlOf } from '../core/site-url.js';
import { count, listed } from '../core/wording.js';
import { discoverInputs } from './discover.js';
import { writeIndexAtomically } from './write-atomically.js';

const gzipAsync = promisify(gzip);

/** Options of {@link buildIndex}. */
export interface BuildOptions {
  /** Files, folders (searched recursively) and glob patterns to read. */
  inputs: string[];
  /** The index folder to write (created if missing; the previous index there is replaced atomically). */
  out: string;
  /** Turn invalid inputs (broken JSON lines, undecodable files, records without text) into warnings. */
  skipInvalid?: boolean;
  /**
   * Put before the URLs made from file paths, for a site served under a sub-path: a path
   * (`/blog/`) or an absolute URL (`https://example.org/blog/`). URLs the inputs declare
   * (canonical links, front matter, record fields) are used as they are.
   */
  baseUrl?: string;
  /** Leave out documents whose text equals an earlier one's (by default they are indexed and reported). */
  dedupe?: boolean;
  /** Field names of .json/.jsonl records, when they differ from id/title/body/lang/url/date/source. */
  fields?: FieldMapping;
  /** Target term-chunk size before compression, in bytes. */
  termChunkBytes?: number;
  /** Target head-chunk size (titles, URLs, dates) before compression, in bytes. */
  headChunkBytes?: number;
  /** Target text-chunk size before compression, in bytes. */
  textChunkBytes?: number;
  /** Target preload-pack size, in bytes as stored (0: no packs). */
  packBytes?: number;
  /** Called as files are read and when writing starts. */
  onProgress?: (event: BuildProgress) => void;
  /** Working directory the inputs are relative to (default: the process's). */
  cwd?: string;
}

/** Progress of a build, for a progress bar. */
export type BuildProgress =
  | { phase: 'read'; done: number; total: number; file: string }
  | { phase: 'index'; documents: number }
  | { phase: 'write'; files: number };

/** What a build did, for the closing summary. */
export interface BuildSummary {
  out: string;
  documents: number;
  languages: Record<string, number>;
  filesRead: number;
  /** Files of unknown type, passed over. */
  ignored: string[];
  /** Folders of bahth indexes found among the inputs and not read (the output folder too). */
  indexes: string[];
  /** .json files found in input folders that hold no record with text (a web app manifest, a config file), not read. */
  notRecords: string[];
  /** Invalid inputs skipped with `skipInvalid` (empty otherwise: they fail the build). */
  skipped: InputError[];
  /** Problems the build got past: a date left out, a URL two documents share, a very long text. */
  warnings: InputError[];
  /** Documents with the same text as an earlier one: indexed, or left out with `dedupe`. */
  duplicates: Duplicate[];
  /** Whether the duplicates were left out (`dedupe`). */
  dedupe: boolean;
  drafts: number;
  /** HTML pages left out for having no `data-bahth-body` element while other pages have one. */
  unmarked: string[];
  /** How many HTML pages mark their content with `data-bahth-body`. */
  marked: number;
  /** Indexed documents without a URL (records without one), whose results cannot be opened, and their files. */
  withoutUrl: { documents: number; files: string[] };
  /** Bytes written, total and per kind. */
  bytes: { total: number; meta: number; terms: number; ends: number; heads: number; texts: number; packs: number; manifest: number };
  termChunks: number;
  endsChunks: number;
  headChunks: number;
  textChunks: number;
  /** Preload packs: the head, term and word-ends chunks again, a few files instead of hundreds. */
  packs: number;
  milliseconds: number;
}

/** A build that could not complete; nothing was written. `errors` lists every input problem found. */
export class BuildError extends Error {
  override readonly name = 'BuildError';
  constructor(message: string, readonly errors: InputError[] = []) {
    super(message);
  }
}

/**
 * Builds an index folder from site content: reads every input, cleans and checks it, and
 * writes the index atomically. Throws {@link BuildError} (leaving any previous index untouched)
 * when an input is invalid (unless `skipInvalid`), or when there are no documents at all.
 *
 * @example
 * import { buildIndex } from 'bahth/build';
 * const summary = await buildIndex({ inputs: ['content/'], out: 'public/search' });
 */
export async function buildIndex(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const base = options.baseUrl === undefined ? '/' : parseBaseUrl(options.baseUrl);
  if (base === undefined) throw new BuildError(`base URL "${options.baseUrl}" is neither a path starting with / nor an http(s) URL without query or fragment`);
  const discovery = await discoverInputs(options.inputs, { ...(options.cwd && { cwd: options.cwd }), out: options.out });
  if (discovery.missing.length) throw new BuildError(`input not found: ${discovery.missing.join(', ')}`);

  const read: ReadDocument[] = [];
  const invalid: InputError[] = [];
  const notRecords: string[] = [];
  for (const [i, file] of discovery.files.entries()) {
    options.onProgress?.({ phase: 'read', done: i, total: discovery.files.length, file: file.relative });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file.absolute));
    } catch (error) {
      invalid.push(new InputError({ file: file.relative }, `cannot read: ${(error as Error).message}`));
      continue;
    }
    const result = readInput({ path: file.relative, bytes }, options.fields);
    // A site's folder holds JSON that is not content (manifest.json, a config file): with no
    // record at all it is passed over, with a warning. A .json named as an input must be records.
    if (file.inFolder && extensionOf(file.relative) === '.json' && result.documents.length === 0) {
      notRecords.push(file.relative);
      continue;
    }
    invalid.push(...result.errors);
    for (const document of result.documents) {
      // a page that declares no URL is served at its path in the site folder
      const url = document.url ?? siteUrlOf(file.relative, base, document.slug);
      read.push({ file: file.relative, ...(document.line !== undefined && { line: document.line }), document: { ...document, ...(url && { url }) } });
    }
  }
  const prepared = prepareDocuments(read, { dedupe: !!options.dedupe });
  invalid.push(...prepared.errors);
  if (invalid.length && !options.skipInvalid) {
    throw new BuildError(`${count(invalid.length, 'invalid input')} (use --skip-invalid to leave them out):\n${invalid.map((e) => `  ${e.message}`).join('\n')}`, invalid);
  }
  if (!prepared.documents.length) {
    const passed = [
      ...(discovery.ignored.length ? [`${count(discovery.ignored.length, 'file')} of unknown type ignored: ${listed(discovery.ignored)}`] : []),
      ...(discovery.indexes.length ? [`index folders not read: ${listed(discovery.indexes)}`] : []),
      ...(notRecords.length ? [`.json files without records not read: ${listed(notRecords)}`] : []),
    ];
    throw new BuildError(`no documents to index: the inputs hold no readable text${passed.length ? ` (${passed.join('; ')})` : ''}`);
  }

  options.onProgress?.({ phase: 'index', documents: prepared.documents.length });
  const writerOptions: IndexWriterOptions = {
    compress: (data) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
    ...(options.termChunkBytes && { termChunkBytes: options.termChunkBytes }),
    ...(options.headChunkBytes && { headChunkBytes: options.headChunkBytes }),
    ...(options.textChunkBytes && { textChunkBytes: options.textChunkBytes }),
    ...(options.packBytes !== undefined && { packBytes: options.packBytes }),
  };
  const index = await writeIndex(prepared.documents, writerOptions);
  options.onProgress?.({ phase: 'write', files: index.files.length + 1 });
  await writeIndexAtomically(options.out, index);

  const sum = (files: [string, number][]) => files.reduce((n, f) => n + f[1], 0);
  const { meta, terms, ends, heads, texts, packs = [] } = index.manifest.files;
  const packBytes = packs.reduce((n, pack) => n + pack[4], 0);
  const manifestBytes = Buffer.byteLength(`${JSON.stringify(index.manifest, null, 2)}\n`);
  return {
    out: options.out,
    documents: prepared.documents.length,
    languages: index.manifest.languages,
    filesRead: discovery.files.length,
    ignored: discovery.ignored,
    indexes: discovery.indexes,
    notRecords,
    skipped: options.skipInvalid ? invalid : [],
    warnings: prepared.warnings,
    duplicates: prepared.duplicates,
    dedupe: !!options.dedupe,
    drafts: prepared.drafts,
    unmarked: prepared.unmarked,
    marked: prepared.marked,
    withoutUrl: prepared.withoutUrl,
    bytes: {
      meta: meta[1], terms: sum(terms), ends: sum(ends), heads: sum(heads), texts: sum(texts), packs: packBytes, manifest: manifestBytes,
      total: meta[1] + sum(terms) + sum(ends) + sum(heads) + sum(texts) + packBytes + manifestBytes,
    },
    termChunks: terms.length,
    endsChunks: ends.length,
    headChunks: heads.length,
    textChunks: texts.length,
    packs: packs.length,
    milliseconds: Math.round(performance.now() - started),
  };
}
