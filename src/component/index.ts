/**
 * The `<bahth-search>` element (importing this module defines it) and its event types.
 * @module
 */
export { BahthSearch } from './bahth-search.js';
export { BahthResultsEvent, type BahthResultsDetail } from './events/bahth-results.js';
export { BahthSelectEvent, type BahthSelectDetail } from './events/bahth-select.js';
export { BahthErrorEvent, type BahthErrorDetail } from './events/bahth-error.js';
export type { LoadMode } from './index-loader.js';
