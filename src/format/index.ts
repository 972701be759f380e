/**
 * The index format: how `bahth build` lays an index out in files, and how the loader reads it
 * back. See DESIGN.md for the layout and its version rules.
 * @module
 */
export { FORMAT_VERSION } from './version.js';
export type { Manifest, IndexFile, FileKind, PackFile } from './manifest.js';
export { validateManifest, ManifestError, fileName, PACKED_KINDS } from './manifest.js';
export { encodeMeta, decodeMeta, quantizeLength, lengthOfCode, type IndexMeta } from './meta.js';
export { encodeTermChunk, TermChunk, type TermPostings } from './term-chunk.js';
export { encodeEndsChunk, decodeEndsChunk, reverseTerm } from './ends-chunk.js';
export { encodeSoundChunk, decodeSoundChunk, soundEntry, SOUND_PREFIX } from './sound-chunk.js';
export { encodeHeadChunk, decodeHeadChunk, encodeTextChunk, decodeTextChunk, type DocumentHead, type StoredDocument } from './doc-chunks.js';
export { gzip, gunzip, type Compressor } from './compress.js';
export { FormatError, concatBytes } from './bytes.js';
