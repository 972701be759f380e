import { gzip } from '../../src/format/index.js';
import { writeIndex, type WrittenIndex } from './index-writer.js';
import { prepareDocuments, type PreparedDocuments, type ReadDocument } from './prepare-documents.js';
import { readInput, type InputFile } from './read-input.js';
import type { InputError } from './source-document.js';

/** An index built in memory, with what the build found along the way. */
export interface InMemoryBuild {
  index: WrittenIndex;
  /** Every file of the index folder by name, manifest.json included: pass to `openIndexFromFiles`. */
  files: Map<string, Uint8Array>;
  /** Problems with inputs; those inputs were left out. */
  errors: InputError[];
  /** Problems the build got past (a date left out, a shared URL, a very long text). */
  warnings: InputError[];
  duplicates: PreparedDocuments['duplicates'];
}

/**
 * The build without a file system: reads files (any type `bahth build` reads), prepares the
 * documents and writes the index into memory, compressing with the platform's
 * CompressionStream. Invalid inputs are left out and reported, as with `--skip-invalid`.
 * Runs in browsers (the demo's "try your own files") and in Node.
 */
export async function buildIndexInMemory(inputs: InputFile[]): Promise<InMemoryBuild> {
  const read: ReadDocument[] = [];
  const errors: InputError[] = [];
  for (const file of inputs) {
    const result = readInput(file);
    errors.push(...result.errors);
    for (const document of result.documents) read.push({ file: file.path, document });
  }
  const prepared = prepareDocuments(read);
  errors.push(...prepared.errors);
  // no preload packs: the index is in memory, nothing is fetched
  const index = await writeIndex(prepared.documents, { compress: gzip, packBytes: 0 });
  const files = new Map(index.files.map((f) => [f.name, f.data]));
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(index.manifest)));
  return { index, files, errors, warnings: prepared.warnings, duplicates: prepared.duplicates };
}
