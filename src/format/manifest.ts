import { FORMAT_VERSION } from './version.js';
import { isNode, type DirectoryKey, type DirectoryRoot } from './directory.js';

/**
 * One file of an index folder: `[hash, bytes]`, where `hash` is the first 64 bits of the SHA-256
 * of the file's bytes in hex, and `bytes` its size on disk (gzip-compressed). The file is named
 * `<kind>.<hash>.bin` ({@link fileName}), so it can be cached forever.
 */
export type IndexFile = [hash: string, bytes: number];

/**
 * The kinds of chunks a directory lists, with the type of the key they are found by (see
 * directory.ts). A new kind of chunk, fetched by key like these, slots in with a line here.
 */
export const DIRECTORY_KINDS = {
  /** Term chunks: sorted terms with their postings, found by term. */
  terms: 'string',
  /** Word-ends chunks: every term spelled backwards, sorted (typo candidates by their endings). */
  ends: 'string',
  /** Head chunks (id, title, language, URL, date, source), found by document number; each names the text chunks of its documents. */
  heads: 'number',
  /** Sound-table chunks: cross-script lookups (sound keys, names, aliases), sorted entries found by lookup. */
  sounds: 'string',
} as const;

/** A kind of chunk a directory lists. */
export type DirectoryKind = keyof typeof DIRECTORY_KINDS;

/** The kinds whose chunks preload packs hold, in the order they are preloaded. */
export const PACKED_KINDS = ['heads', 'terms', 'ends', 'sounds'] as const satisfies readonly DirectoryKind[];

/** The kinds of files in an index folder besides the manifest. */
export type FileKind = DirectoryKind | 'texts' | 'pages' | 'packs' | 'tails';

/** Name of an index file in its folder. */
export function fileName(kind: FileKind, file: IndexFile): string {
  return `${kind}.${file[0]}.bin`;
}

/**
 * `manifest.json`: the only file of an index folder whose name never changes and the only one
 * that must not be cached for long, fetched before anything else. It says what the index is,
 * holds what scoring needs about the whole collection, and the top of each kind's directory;
 * its size hardly grows with the collection's (see directory.ts).
 */
export interface Manifest {
  /** Index layout version ({@link FORMAT_VERSION}). */
  format: number;
  /** Analyzer rules the terms were made with; must equal the searcher's. */
  analyzer: number;
  /** Version of the bahth package that wrote the index. */
  generator: string;
  /** Version of MiniSearch whose scoring (BM25+ and its parameters) the searcher follows: for information, never checked. */
  minisearch: string;
  /** Number of documents. */
  documents: number;
  /** Bytes of the index's chunks and pages as stored (not counting the preload packs, which hold chunks again). */
  size: number;
  /**
   * Number of documents of each language, in the order of their codes. Documents are numbered
   * by language, then body length, then id, so each language's documents are one range of
   * numbers: the first language's from 0, the next one's after them, and so on.
   */
  languages: Array<[code: string, documents: number]>;
  /** Each field's name and average length in tokens, in field-number order (BM25 needs them). */
  fields: Array<[name: string, averageLength: number]>;
  /**
   * The lengths of one field (the body), which its postings do not carry: within their
   * language, documents are numbered by that field's length code, so runs of consecutive
   * documents share one: `runs` lists `[length code, documents]` in document order (a few
   * hundred runs at most, whatever the number of documents).
   */
  lengths: { field: number; runs: Array<[code: number, documents: number]> };
  /** Build options that shape the output. */
  options: Record<string, unknown>;
  /** Some postings are split (term-chunk.ts: PostingsTail): a query may need the split reader, loaded when the index opens. */
  split?: true;
  /** The top of each kind's directory. */
  directories: { [K in DirectoryKind]: DirectoryRoot<(typeof DIRECTORY_KINDS)[K] extends 'number' ? number : string> };
}

/** Why a manifest was rejected: its shape is wrong, or it was written by another format or analyzer. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    readonly kind: 'corrupt' | 'incompatible',
    message: string,
  ) {
    super(message);
  }
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function isRoot(value: unknown, keyKind: 'string' | 'number'): value is DirectoryRoot<DirectoryKey> {
  return isNode(value, keyKind) && isCount((value as DirectoryRoot).chunks);
}

/** A manifest's part that is missing, malformed or disagrees with the rest (`what`), as an error. */
const corrupt = (what: string) => new ManifestError('corrupt', `manifest.json has no valid ${what}`);

/** Checks parsed JSON is a manifest this version can read. */
export function validateManifest(value: unknown, analyzerVersion: number): Manifest {
  if (typeof value !== 'object' || value === null) throw new ManifestError('corrupt', 'manifest.json is not a JSON object');
  const m = value as Manifest;
  if (typeof m.format !== 'number') throw new ManifestError('corrupt', 'manifest.json has no format version');
  if (m.format !== FORMAT_VERSION) {
    throw new ManifestError('incompatible', `the index has format ${m.format}, this version of bahth reads format ${FORMAT_VERSION}: rebuild it with this version's \`bahth build\``);
  }
  if (m.analyzer !== analyzerVersion) {
    throw new ManifestError('incompatible', `the index was made with analyzer ${m.analyzer}, this version of bahth uses analyzer ${analyzerVersion}: rebuild it with this version's \`bahth build\``);
  }
  const languagesAddUp = Array.isArray(m.languages) && m.languages.every((l) => Array.isArray(l) && l.length === 2 && typeof l[0] === 'string' && isCount(l[1])) &&
    m.languages.reduce((n, [, count]) => n + count, 0) === m.documents;
  if (!isCount(m.documents) || !isCount(m.size) || !languagesAddUp) throw corrupt('document count, size or languages');
  if (!Array.isArray(m.fields) || !m.fields.length || !m.fields.every((f) => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'number' && f[1] >= 0)) {
    throw corrupt('fields');
  }
  const runs = m.lengths?.runs;
  if (!Number.isInteger(m.lengths?.field) || !Array.isArray(runs) || runs.reduce((n, run) => n + (Array.isArray(run) && run[0] >= 0 && run[0] < 256 && isCount(run[1]) ? run[1] : NaN), 0) !== m.documents) {
    throw corrupt('document lengths');
  }
  const directories = m.directories as Record<string, unknown> | undefined;
  for (const [kind, keyKind] of Object.entries(DIRECTORY_KINDS)) {
    if (!isRoot(directories?.[kind], keyKind)) throw corrupt(`directory of ${kind} chunks`);
  }
  return m;
}
