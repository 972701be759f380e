/**
 * Loads the split-postings reader (split-reader.ts). In ES modules, a bundler's or Node's dynamic
 * import; the script build replaces this module with load-split.iife.ts.
 */
export function loadSplitReader(): Promise<typeof import('./split-reader.js')> {
  return import('./split-reader.js');
}
