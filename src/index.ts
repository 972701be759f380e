/**
 * bahth: instant Arabic and English search for any web page.
 *
 * - {@link openIndex} opens an index folder written by `bahth build` and searches it as you type.
 * - Importing this module also defines the `<bahth-search>` element.
 * - The analyzer (`normalize`, `analyzeQuery`, …) is exported for hosts that want to show or
 *   reuse what bahth does with text.
 * @module
 */
export * from './component/index.js';
export { openIndex, openIndexFromFiles } from './search/open-index.js';
export {
  BahthIndexError,
  type BahthIndex, type SearchHit, type SearchOptions, type SearchResponse, type HighlightRange, type IndexErrorCode,
} from './search/types.js';
export {
  ANALYZER_VERSION, normalize, tokenize, analyzeText, analyzeQuery,
  type Token, type Script, type AnalyzedToken, type QueryWord, type AnalyzedQuery,
} from './analyzer/index.js';
export { FORMAT_VERSION } from './format/version.js';
export { BAHTH_VERSION } from './version.js';
