/**
 * The index format: how `bahth build` lays an index out in files, and how the loader reads it
 * back. See DESIGN.md for the layout and its version rules.
 * @module
 */
export { FORMAT_VERSION } from './version.js';
export type { Manifest, IndexFile, FileKind, DirectoryKind } from './manifest.js';
export { validateManifest, ManifestError, fileName, PACKED_KINDS, DIRECTORY_KINDS } from './manifest.js';
export {
  encodeDirectoryPage, decodeDirectoryPage, MALFORMED_PAGE, PAGE_ENTRIES, ROOT_ENTRIES,
  type DirectoryKey, type DirectoryEntry, type DirectoryNode, type DirectoryRoot, type PackEntry,
} from './directory.js';
export { quantizeLength, lengthOfCode, lengthCodesOf } from './field-length.js';
export {
  encodeTermChunk, encodePostings, encodeTailBlock, decodeTailBlock, postingImpact, quantizeImpact, impactOfCode, TermChunk,
  type TermPostings, type FieldPostings, type PostingsTail, type TailBlock,
} from './term-chunk.js';
export { encodeEndsChunk, decodeEndsChunk, reverseTerm } from './ends-chunk.js';
export { SortedStrings } from './sorted-strings.js';
export { soundEntry, SOUND_PREFIX } from './sound-chunk.js';
export {
  encodeHeadChunk, decodeHeadChunk, HeadChunkView, encodeTextChunk, decodeTextChunk,
  type DocumentHead, type StoredDocument, type HeadChunk, type TextChunkEntry,
} from './doc-chunks.js';
export { gzip, gunzip, type Compressor } from './compress.js';
export { FormatError, concatBytes } from './bytes.js';
export { encodePack, decodePack } from './pack.js';
