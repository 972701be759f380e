/**
 * The script build's load-split.ts: imports `bahth.split.js` from beside the script, as
 * load-deferred.iife.ts imports the deferred part.
 */
import { importBesideScript } from './load-deferred.iife.js';

export function loadSplitReader(): Promise<typeof import('./split-reader.js')> {
  return importBesideScript('bahth.split.js');
}
