/**
 * `bahth/search`: the search engine without the widget, for a custom UI. It neither imports Lit
 * nor defines `<bahth-search>`, so a bundle of it holds only what searching needs.
 *
 * - {@link openIndex} opens an index folder written by `bahth build` and searches it as you type.
 * - The analyzer (`normalize`, `analyzeQuery`, …) shows or reuses what bahth does with text.
 *
 * `bahth` exports all of this too, with the element: import from one or the other, or both
 * (the package holds one copy of this code, which both share).
 * @module
 */
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
