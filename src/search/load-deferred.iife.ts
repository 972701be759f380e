/**
 * The script build's load-deferred.ts: imports `bahth.deferred.js` from beside the script
 * (`dist/bahth.iife.js` on a CDN or a site), after handing it the engine's parts it shares
 * (deferred-deps.ts), which its file does not hold again.
 */
import * as deps from './deferred-deps.js';

// read while the script runs: afterwards document.currentScript is another script, or null
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

/** Imports `file`, a part of the engine built beside the script, handing it the parts it shares (deferred-deps.ts). */
export function importBesideScript<T>(file: string): Promise<T> {
  (globalThis as Record<string, unknown>)[deps.DEFERRED_DEPS_KEY] = deps;
  return import(/* @vite-ignore */ new URL(file, scriptUrl).href) as Promise<T>;
}

export function loadDeferred(): Promise<typeof import('./deferred.js')> {
  return importBesideScript('bahth.deferred.js');
}
