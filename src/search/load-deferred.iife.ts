/**
 * The script build's load-deferred.ts: imports `bahth.deferred.js` from beside the script
 * (`dist/bahth.iife.js` on a CDN or a site), after handing it the engine's parts it shares
 * (deferred-deps.ts), which its file does not hold again.
 */
import * as deps from './deferred-deps.js';

// read while the script runs: afterwards document.currentScript is another script, or null
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

export function loadDeferred(): Promise<typeof import('./deferred.js')> {
  (globalThis as Record<string, unknown>)[deps.DEFERRED_DEPS_KEY] = deps;
  return import(/* @vite-ignore */ new URL('bahth.deferred.js', scriptUrl).href);
}
