/**
 * `bahth/build`: the Node API of the build step. The `bahth build` CLI is a thin layer over it.
 * @module
 */
export { buildIndex, BuildError, type BuildOptions, type BuildSummary, type BuildProgress } from './node/build-index.js';
export { InputError, type SourceDocument } from './core/source-document.js';
export type { FieldMapping } from './readers/records.js';
