/**
 * The script build's load-split.ts: imports `bahth.split.js` from beside the script, after
 * handing it the engine's parts it shares (deferred-deps.ts), as load-deferred.iife.ts does.
 */
import * as deps from './deferred-deps.js';

// read while the script runs: afterwards document.currentScript is another script, or null
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

export function loadSplitReader(): Promise<typeof import('./split-reader.js')> {
  (globalThis as Record<string, unknown>)[deps.DEFERRED_DEPS_KEY] = deps;
  return import(/* @vite-ignore */ new URL('bahth.split.js', scriptUrl).href);
}
