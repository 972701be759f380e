import type { SplitPostings } from '../core/split-postings.js';
import { readFile } from 'node:fs/promises';
import { gzip, constants } from 'node:zlib';
import { promisify } from 'node:util';
import { IndexBuilder, type IndexWriterOptions } from '../core/index-writer.js';
import { DocumentPreparer, type Duplicate } from '../core/prepare-documents.js';
import { extensionOf, readInput } from '../core/read-input.js';
import type { FieldMapping } from '../readers/records.js';
import { InputError } from '../core/source-document.js';
import { parseBaseUrl, siteUrlOf } from '../core/site-url.js';
import { count, listed } from '../core/wording.js';
import type { FileKind } from '../../src/format/index.js';
import { discoverInputs } from './discover.js';
import { fileRunStore } from './file-runs.js';
import { stageIndex } from './write-atomically.js';

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
  /** Target sound-table-chunk size before compression, in bytes. */
  soundChunkBytes?: number;
  /** Target preload-pack size, in bytes as stored (0: no packs). */
  packBytes?: number;
  /** Which postings are split into those kept in the term chunk and tail blocks (IndexWriterOptions.splitPostings). */
  splitPostings?: SplitPostings;
  /**
   * Estimated bytes of documents, or of postings, held in memory before they are written out to
   * sorted runs in the staging folder (default 256 MiB): the build's memory stays about flat
   * however large the corpus, and its output is the same whatever this is.
   */
  spillBytes?: number;
  /** Called as files are read and when writing starts. */
  onProgress?: (event: BuildProgress) => void;
  /** Working directory the inputs are relative to (default: the process's). */
  cwd?: string;
}

/** Progress of a build, for a progress bar. */
export type BuildProgress =
  /** Files read so far (the one being read is `file`), and documents read from them (analyzed and sorted as they come). */
  | { phase: 'read'; done: number; total: number; file: string; documents: number }
  /** Documents analyzed (and their chunks written) so far, of all. */
  | { phase: 'index'; documents: number; total: number }
  /** Terms merged and written into term chunks so far. */
  | { phase: 'terms'; terms: number }
  /** Terms written into word-ends chunks so far. */
  | { phase: 'ends'; terms: number }
  /** The files written move into the index folder. */
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
  /**
   * Bytes written, in all and per kind of file: term, word-ends, sound-table, head and text
   * chunks, directory pages, preload packs (the head, term, word-ends and sound-table chunks
   * again, a few files instead of hundreds) and the manifest.
   */
  bytes: Record<FileKind | 'manifest' | 'total', number>;
  /** Files written per kind. */
  files: Record<FileKind, number>;
  /** Sorted runs the build wrote out to stay within its memory budget (`spillBytes`): 0 for a corpus that fits. */
  spills: number;
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
 * Whether an HTML page of the inputs marks its content with `data-bahth-body`, which leaves the
 * pages without it out of the build: known before the documents stream into the index, so the
 * pages are read twice, but only those whose bytes hold the attribute's name, and only until
 * one is found.
 */
async function anyPageMarked(inputs: Array<{ absolute: string; relative: string }>, fields: FieldMapping | undefined): Promise<boolean> {
  const attribute = Buffer.from('data-bahth-body');
  for (const file of inputs) {
    if (!['.html', '.htm'].includes(extensionOf(file.relative))) continue;
    const bytes = await readFile(file.absolute).catch(() => undefined);
    if (!bytes?.includes(attribute)) continue;
    if (readInput({ path: file.relative, bytes: new Uint8Array(bytes) }, fields).documents.some((d) => d.markedBody === true)) return true;
  }
  return false;
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

  const writerOptions: IndexWriterOptions = {
    compress: (data) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
    ...(options.termChunkBytes && { termChunkBytes: options.termChunkBytes }),
    ...(options.headChunkBytes && { headChunkBytes: options.headChunkBytes }),
    ...(options.textChunkBytes && { textChunkBytes: options.textChunkBytes }),
    ...(options.soundChunkBytes && { soundChunkBytes: options.soundChunkBytes }),
    ...(options.packBytes !== undefined && { packBytes: options.packBytes }),
    ...(options.splitPostings && { splitPostings: options.splitPostings }),
  };
  // Files are written beside the index folder as they are made, and moved in only when all are.
  const staged = await stageIndex(options.out);
  const files: Record<FileKind, number> = { terms: 0, ends: 0, sounds: 0, heads: 0, texts: 0, pages: 0, packs: 0, tails: 0 };
  const bytes: BuildSummary['bytes'] = { ...files, manifest: 0, total: 0 };
  const builder = new IndexBuilder(writerOptions, {
    store: fileRunStore(staged.workDir, options.spillBytes),
    sink: async (name, data) => {
      await staged.write(name, data);
      const kind = name.slice(0, name.indexOf('.')) as FileKind;
      files[kind]++;
      bytes[kind] += data.length;
    },
    onProgress: (progress) => options.onProgress?.(progress.step === 'index' ? { phase: 'index', documents: progress.documents, total: progress.total }
      : { phase: progress.step, terms: progress.terms }),
  });
  let index;
  const preparer = new DocumentPreparer({ dedupe: !!options.dedupe, onlyMarked: await anyPageMarked(discovery.files, options.fields) });
  const invalid: InputError[] = [];
  const notRecords: string[] = [];
  let documents = 0;
  try {
    for (const [i, file] of discovery.files.entries()) {
      const reading = (): BuildProgress => ({ phase: 'read', done: i, total: discovery.files.length, file: file.relative, documents });
      options.onProgress?.(reading());
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
        const prepared = preparer.add({ file: file.relative, ...(document.line !== undefined && { line: document.line }), document: { ...document, ...(url && { url }) } });
        if (!prepared) continue;
        await builder.add(prepared);
        if (++documents % 1000 === 0) options.onProgress?.(reading());
      }
    }
    invalid.push(...preparer.errors);
    if (invalid.length && !options.skipInvalid) {
      throw new BuildError(`${count(invalid.length, 'invalid input')} (use --skip-invalid to leave them out):\n${invalid.map((e) => `  ${e.message}`).join('\n')}`, invalid);
    }
    if (!documents) {
      const passed = [
        ...(discovery.ignored.length ? [`${count(discovery.ignored.length, 'file')} of unknown type ignored: ${listed(discovery.ignored)}`] : []),
        ...(discovery.indexes.length ? [`index folders not read: ${listed(discovery.indexes)}`] : []),
        ...(notRecords.length ? [`.json files without records not read: ${listed(notRecords)}`] : []),
      ];
      throw new BuildError(`no documents to index: the inputs hold no readable text${passed.length ? ` (${passed.join('; ')})` : ''}`);
    }
    options.onProgress?.({ phase: 'index', documents: 0, total: documents });
    index = await builder.finish();
  } catch (error) {
    await staged.discard();
    throw error;
  }
  options.onProgress?.({ phase: 'write', files: builder.filesWritten + 1 });
  await staged.commit(index.manifest);

  bytes.manifest = Buffer.byteLength(`${JSON.stringify(index.manifest, null, 2)}\n`);
  bytes.total = Object.entries(bytes).reduce((n, [kind, b]) => n + (kind === 'total' ? 0 : b), 0);
  return {
    out: options.out,
    documents: index.manifest.documents,
    languages: Object.fromEntries(index.manifest.languages),
    filesRead: discovery.files.length,
    ignored: discovery.ignored,
    indexes: discovery.indexes,
    notRecords,
    skipped: options.skipInvalid ? invalid : [],
    warnings: preparer.warnings,
    duplicates: preparer.duplicates,
    dedupe: !!options.dedupe,
    drafts: preparer.drafts,
    unmarked: preparer.unmarked,
    marked: preparer.marked,
    withoutUrl: preparer.documentsWithoutUrl,
    bytes,
    files,
    spills: builder.spills,
    milliseconds: Math.round(performance.now() - started),
  };
}
