import { decodeTailBlock, type FieldPostings, type TailBlock } from '../format/term-chunk.js';
import type { TermDictionary } from './term-dictionary.js';

/** A tail block of a term's postings in a field: `[term, field, block]`. */
export type BlockOf = readonly [string, number, TailBlock];

/**
 * Reads tail blocks of loaded terms' postings and joins each to what the dictionary gives for
 * its term: a field whose blocks are all in has its postings whole and no tail.
 */
export async function readBlocks(terms: TermDictionary, wanted: readonly BlockOf[]): Promise<void> {
  const found = await Promise.all(wanted.map(async ([term, field, block]) => [term, field, block, await terms.tails.get(block.file)] as const));
  for (const [term, field, block, data] of found) {
    const postings = terms.postings(term);
    const entry = postings?.[field];
    // (another query may have joined it meanwhile)
    if (!postings || !entry?.tail?.blocks.includes(block)) continue;
    const rest = entry.tail.blocks.filter((b) => b !== block);
    postings[field] = { ...joinTailBlock(entry, data, terms.carriesLengths(term, field)), ...(rest.length && { tail: { documents: entry.tail.documents, blocks: rest } }) };
  }
}

/** Reads every tail block of `list` (loaded terms). */
export function readAllBlocks(terms: TermDictionary, list: readonly string[]): Promise<void> {
  return readBlocks(terms, list.flatMap((term) => (terms.postings(term) ?? []).flatMap((entry, field) => (entry?.tail?.blocks ?? []).map((block) => [term, field, block] as const))));
}

/** A field's postings read so far and one more tail block's (its file's bytes), as one list in document order. */
export function joinTailBlock(known: FieldPostings, data: Uint8Array, withLength: boolean): FieldPostings {
  const parts = [known, decodeTailBlock(data, withLength)];
  const order = parts.flatMap((part, p) => Array.from(part.docs, (doc, i) => [doc, p, i] as const)).sort((a, b) => a[0] - b[0]);
  const n = order.length;
  const lengths = withLength ? new Uint8Array(n) : undefined;
  const lead = new Uint8Array(n);
  const out: FieldPostings = { docs: new Array<number>(n), freqs: new Array<number>(n), lead, ...(lengths && { lengths }) };
  order.forEach(([doc, p, i], at) => {
    out.docs[at] = doc;
    out.freqs[at] = parts[p]!.freqs[i]!;
    lead[at] = parts[p]!.lead?.[i] ?? 0;
    if (lengths) lengths[at] = parts[p]!.lengths![i]!;
  });
  return out;
}
