import { FORMAT_VERSION } from './version.js';

/**
 * One file of an index folder, as the manifest lists it: `[hash, bytes]`, where `hash` is the
 * first 64 bits of the SHA-256 of the file's bytes in hex, and `bytes` its size on disk (gzip-
 * compressed). The file is named `<kind>.<hash>.bin` ({@link fileName}), so it can be cached
 * forever. Tuples keep the manifest small: a large site has thousands of chunks.
 */
export type IndexFile = [hash: string, bytes: number];

/** The kinds of files in an index folder besides the manifest. */
export type FileKind = 'meta' | 'terms' | 'ends' | 'sounds' | 'heads' | 'texts' | 'packs';

/** The kinds of chunks preload packs hold, in the order they are preloaded. */
export const PACKED_KINDS = ['heads', 'terms', 'ends', 'sounds'] as const;

/**
 * A preload pack: chunks `first` to `first + count - 1` of one kind, their files (each gzip-
 * compressed, as listed) concatenated in one file named like any other (`packs.<hash>.bin`).
 * Preloading fetches a few packs instead of hundreds of chunks (each request costs milliseconds
 * even from a local server); a query never uses them.
 */
export type PackFile = [kind: (typeof PACKED_KINDS)[number], first: number, count: number, hash: string, bytes: number];

/** Name of an index file in its folder. */
export function fileName(kind: FileKind, file: IndexFile): string {
  return `${kind}.${file[0]}.bin`;
}

/**
 * `manifest.json`: the only file of an index folder whose name never changes and the only one
 * that must not be cached for long. It names every other file.
 */
export interface Manifest {
  /** Index layout version ({@link FORMAT_VERSION}). */
  format: number;
  /** Analyzer rules the terms were made with; must equal the searcher's. */
  analyzer: number;
  /** Version of the bahth package that wrote the index. */
  generator: string;
  /** Version of MiniSearch whose term dictionary (SearchableMap) the searcher loads terms into. */
  minisearch: string;
  /** Number of documents. */
  documents: number;
  /** Number of documents per language code. */
  languages: Record<string, number>;
  /** Build options that shape the output. */
  options: Record<string, unknown>;
  files: {
    meta: IndexFile;
    /** Term chunks in term order. */
    terms: IndexFile[];
    /** Word-ends chunks: every term spelled backwards, in order (typo candidates by their endings). */
    ends: IndexFile[];
    /** Sound-table chunks: cross-script lookups (sound keys, aliases), in entry order. */
    sounds: IndexFile[];
    /** Head chunks (id, title, language, URL, date, source) in document order. */
    heads: IndexFile[];
    /** Text chunks (what snippets are cut from) in document order. */
    texts: IndexFile[];
    /** Preload packs, in preload order (absent from indexes written before packs). */
    packs?: PackFile[];
  };
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

const isFile = (f: unknown): f is IndexFile =>
  Array.isArray(f) && f.length === 2 && typeof f[0] === 'string' && /^[0-9a-f]{16}$/.test(f[0]) && Number.isInteger(f[1]);

/** Whether `pack` names a run of existing chunks (that their sizes add up is checked when it is read). */
function isPack(pack: unknown, files: Manifest['files']): boolean {
  const [kind, first, count] = pack as PackFile;
  return Array.isArray(pack) && pack.length === 5 && PACKED_KINDS.includes(kind) && first >= 0 && count > 0 && first + count <= (files[kind as 'terms']?.length ?? 0);
}

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
  const files = m.files;
  if (typeof m.documents !== 'number' || typeof m.languages !== 'object' || !files || !isFile(files.meta) ||
      !Array.isArray(files.terms) || !files.terms.every(isFile) || !Array.isArray(files.ends) || !files.ends.every(isFile) || !Array.isArray(files.sounds) || !files.sounds.every(isFile) || !Array.isArray(files.heads) || !files.heads.every(isFile) ||
      !Array.isArray(files.texts) || !files.texts.every(isFile)) {
    throw new ManifestError('corrupt', 'manifest.json lacks documents, languages or its file list');
  }
  if (files.packs !== undefined && !(Array.isArray(files.packs) && files.packs.every((pack) => isPack(pack, files)))) {
    throw new ManifestError('corrupt', 'manifest.json lists a preload pack that does not match its chunks');
  }
  return m;
}
