/**
 * The engine's deferred part: what a query needs only for the other script (keyboard-layout
 * readings, sound and alias matches, the sound table) or once its first results are painted
 * (snippets, preloading). `openIndex` starts loading it beside the manifest, so a first query
 * seldom waits for it; the script build keeps it in a file of its own, `bahth.deferred.js`,
 * which a page fetches only when its search is used. Without it, search still works, in the
 * script typed, without snippets and without preloading (see load-deferred.ts).
 *
 * What it takes from the rest of the engine it imports through deferred-deps.ts only.
 *
 * @module
 */
export { layoutReading, crossScriptCandidates, type CrossCandidate } from './cross-script.js';
export { SoundTable } from './sound-table.js';
export { makeSnippet } from './snippet.js';
export { preloadIndex } from './preload.js';
export { whenOpened } from './index-opened.js';
