/**
 * Everything the deferred part (deferred.ts and the modules it imports) takes from the rest of
 * the engine. The script build hands these to its `bahth.deferred.js` at run time instead of
 * bundling a second copy into it: scripts/build.mjs maps the modules named below (and
 * src/analyzer/arabic-stem.ts) to them, so a name the deferred code imports from one of these
 * modules must be listed here, or the build fails.
 *
 * @module
 */
export { analyzeQuery, analyzeText, normalize, stripArticle, wordTerms } from '../analyzer/index.js';
export { gunzip } from '../format/compress.js';
export { decodeEndsChunk } from '../format/ends-chunk.js';
export { ChunkCache } from './chunk-cache.js';
export { sortedIndexOf } from './chunk-directory.js';
export { analyzed, matchesIn, matchRanges } from './marks.js';
export { decodeIndexFile } from './read-file.js';
export { BahthIndexError } from './types.js';

/** Where the script build puts these exports for its deferred file to find. */
export const DEFERRED_DEPS_KEY = 'bahth.engine';
