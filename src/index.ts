/**
 * bahth: instant Arabic and English search for any web page.
 *
 * - {@link openIndex} opens an index folder written by `bahth build` and searches it as you type.
 * - Importing this module also defines the `<bahth-search>` element.
 * - The analyzer (`normalize`, `analyzeQuery`, …) is exported for hosts that want to show or
 *   reuse what bahth does with text.
 *
 * A custom UI that needs no element imports `bahth/search` instead: the same engine, without Lit.
 * @module
 */
export * from './component/index.js';
export * from './engine.js';
