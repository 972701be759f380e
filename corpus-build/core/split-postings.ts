import { encodeTailBlock, postingImpact, quantizeImpact, type FieldPostings, type TailBlock, type TermPostings } from '../../src/format/index.js';
import { BM25 } from '../../src/search/scoring.js';
import { leadBonus } from '../../src/search/ranking.js';
import type { IndexFiles } from './index-files.js';

/**
 * When a term's postings in a field are split: a field holding the term in more than `over`
 * documents keeps the `keep` postings of highest impact in the term chunk, and the others go to
 * tail blocks of `block` postings each, by document number.
 */
export interface SplitPostings {
  over: number;
  keep: number;
  block: number;
}

/**
 * By default only the postings of words held by more than 150,000 documents are split: none at
 * the benchmark's 15,283 or 100,000 documents, the commonest stems at a million (الحكومة's stem
 * حكوم is in 292,224 of them, one term chunk of 239 KiB). The 4,000 kept measured 48 KiB
 * gzipped there, with the stem's title postings.
 */
export const DEFAULT_SPLIT: SplitPostings = { over: 150_000, keep: 4_000, block: 4_096 };

/** What the lead's bonus adds to an impact: the bonus itself (src/search/ranking.ts), in units of boost × idf. */
const LEAD_UNITS = leadBonus(1, 1);

/** What a field of the collection is, for the impacts of its postings. */
export interface FieldShape {
  /** The BM25 length part of each length code in the field (scoring.ts: lengthNormsByCode). */
  norms: Float64Array;
  /** The length code of the field in each document, for a field whose postings carry none (the order field). */
  lengthCodes?: Uint8Array;
}

/**
 * `postings` with each field over `split.over` documents split (see {@link SplitPostings}), its
 * tail blocks written to `files`; unchanged when none is.
 */
export async function splitTermPostings(postings: TermPostings, shapes: readonly FieldShape[], withLengths: readonly boolean[], split: SplitPostings, files: IndexFiles): Promise<TermPostings> {
  if (!postings.some((entry) => entry && entry.docs.length > split.over)) return postings;
  return Promise.all(postings.map((entry, field) => (entry && entry.docs.length > split.over ? splitField(entry, shapes[field]!, withLengths[field]!, split, files) : entry)));
}

async function splitField(entry: FieldPostings, shape: FieldShape, withLength: boolean, split: SplitPostings, files: IndexFiles): Promise<FieldPostings> {
  const n = entry.docs.length;
  const { norms } = shape;
  const impacts = Float64Array.from({ length: n }, (_, i) => {
    const code = withLength ? entry.lengths![i]! : shape.lengthCodes![entry.docs[i]!]!;
    return postingImpact(entry.freqs[i]!, norms[code]!, entry.lead?.[i] === 1, BM25.k, LEAD_UNITS);
  });
  // the highest impacts stay, ties to the lower document number; postings stay in document order
  const byImpact = Array.from({ length: n }, (_, i) => i).sort((a, b) => impacts[b]! - impacts[a]! || a - b);
  const kept = new Uint8Array(n);
  for (let r = 0; r < split.keep && r < n; r++) kept[byImpact[r]!] = 1;
  const pick = (indexes: number[]): FieldPostings => ({
    docs: indexes.map((i) => entry.docs[i]!),
    freqs: indexes.map((i) => entry.freqs[i]!),
    lead: Uint8Array.from(indexes, (i) => entry.lead?.[i] ?? 0),
    ...(withLength && { lengths: Uint8Array.from(indexes, (i) => entry.lengths![i]!) }),
  });
  const head: number[] = [];
  const rest: number[] = [];
  for (let i = 0; i < n; i++) (kept[i] ? head : rest).push(i);
  const blocks: TailBlock[] = [];
  for (let start = 0; start < rest.length; start += split.block) {
    const indexes = rest.slice(start, start + split.block);
    const stored = await files.add('tails', encodeTailBlock(pick(indexes), withLength));
    const impact = indexes.reduce((most, i) => Math.max(most, impacts[i]!), 0);
    blocks.push({ first: entry.docs[indexes[0]!]!, last: entry.docs[indexes[indexes.length - 1]!]!, count: indexes.length, impact: quantizeImpact(impact), file: stored.file });
  }
  return { ...pick(head), tail: { documents: n, blocks } };
}
