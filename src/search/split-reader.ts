/**
 * The engine's split-postings reader (format 6: a word in very many documents keeps its
 * highest-impact postings in its term chunk, the others in tail blocks): which blocks a query
 * must read, and a block joined to what was read before. Only an index with split postings
 * needs it, over 150,000 documents by default, so it is a file of its own that such an index
 * loads, `bahth.split.js` beside the script build: no other page pays for it.
 *
 * What it takes from the rest of the engine it imports through deferred-deps.ts only.
 *
 * @module
 */
export { planTails } from './tail-bounds.js';
export { readBlocks, readAllBlocks } from './tail-blocks.js';
