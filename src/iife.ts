/**
 * Entry of the script-tag build (`dist/bahth.iife.js`): everything bundled, the element
 * defined, and the API on `window.bahth`. Loading the script twice keeps the first copy.
 */
import * as api from './index.js';

declare global {
  interface Window {
    /** The bahth API, set by the script-tag build. */
    bahth?: typeof api;
  }
}

window.bahth ??= api;
