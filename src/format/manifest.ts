import { FORMAT_VERSION } from './version.js';

/** One file of an index folder, as the manifest lists it. */
export interface IndexFile {
  /** File name inside the index folder; it carries a content hash, so it can be cached forever. */
  name: string;
  /** Size on disk (gzip-compressed) in bytes. */
  bytes: number;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
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
    /** Document-store chunks in document order. */
    docs: IndexFile[];
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
  typeof f === 'object' && f !== null && typeof (f as IndexFile).name === 'string' && /^[\w.-]+$/.test((f as IndexFile).name) &&
  typeof (f as IndexFile).bytes === 'number' && typeof (f as IndexFile).sha256 === 'string';

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
      !Array.isArray(files.terms) || !files.terms.every(isFile) || !Array.isArray(files.docs) || !files.docs.every(isFile)) {
    throw new ManifestError('corrupt', 'manifest.json lacks documents, languages or its file list');
  }
  return m;
}
