/**
 * Loads the engine's deferred part (deferred.ts). In ES modules, a bundler's or Node's dynamic
 * import; the script build replaces this module with load-deferred.iife.ts.
 */
export function loadDeferred(): Promise<typeof import('./deferred.js')> {
  return import('./deferred.js');
}
