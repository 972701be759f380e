import { impactOfCode, type TailBlock } from '../format/term-chunk.js';
import { sortedIndexOf } from './chunk-directory.js';
import { BIT_WORDS, type KnownScores, type OpenTail } from './open-tails.js';
import { BM25 } from './scoring.js';

/** What a query must do about its open tails: nothing (its ranking is exact), read these blocks, or read them all. */
export type TailPlan = null | 'all' | Array<readonly [string, number, TailBlock]>;

/** Past this share of a query's open blocks, it reads them all (one decision, no third round). */
const MOST_BLOCKS = 0.5;

/**
 * Which tail blocks the query must read for its `best` documents (ranked by what is known, best
 * first) to be its best whatever the other blocks hold, and in their order (Lucene's block-max
 * bound, the lead's bonus counted in): the blocks that may hold one of them, and those that may
 * hold a document that could rank above the last of them, at the highest impact of the block.
 * Null when none is needed: the ranking is exact. 'all' when that is most of them, or when fewer
 * documents than `limit` are known. Reading them, then scoring again, decides.
 */
export function planTails(open: readonly OpenTail[], best: readonly number[], limit: number, s: KnownScores): TailPlan {
  const live = open.filter((o) => o.blocks.length);
  if (!live.length) return null;
  if (best.length < limit) return 'all';
  const last = best[best.length - 1]!;
  // the last shown, by what is known of it: it scores at least this
  const floor = { matched: s.matched[last]!, sameScript: s.sameScript[last]!, total: s.total[last]! };
  const shown = new Set(best);
  const wanted = new Map<TailBlock, readonly [string, number, TailBlock]>();
  const want = (o: OpenTail, block: TailBlock) => wanted.set(block, [o.term, o.field, block]);
  for (let i = 0; i < s.touchedCount; i++) {
    const doc = s.touched[i]!;
    if (shown.has(doc)) continue;
    let total = s.total[doc]!;
    let matched = s.matched[doc]!;
    let sameScript = s.sameScript[doc]!;
    let bits = s.wordBits[doc]!;
    for (const o of live) {
      const block = blockHolding(o, doc);
      if (!block) continue;
      total += o.scale * (BM25.d + impactOfCode(block.impact));
      if (o.word >= BIT_WORDS) {
        matched++;
        if (o.sameScript) sameScript++;
        continue;
      }
      if (!(bits & (1 << o.word))) matched++;
      if (o.sameScript && !(bits & (1 << (o.word + BIT_WORDS)))) sameScript++;
      bits |= (1 << o.word) | (o.sameScript ? 1 << (o.word + BIT_WORDS) : 0);
    }
    // it may rank above the last shown: the blocks that may hold it are read
    if (!below({ matched, sameScript, total }, floor, s)) for (const o of live) { const block = blockHolding(o, doc); if (block) want(o, block); }
  }
  // A document none of the known postings holds scores at most the bound of a block that may
  // hold it, plus the best block of each other candidate: the blocks whose bound could reach
  // the last shown are read.
  const words = new Set(live.map((o) => o.word));
  const ownScript = new Set(live.filter((o) => o.sameScript).map((o) => o.word));
  const bound = (o: OpenTail, block: TailBlock) => o.scale * (BM25.d + impactOfCode(block.impact));
  const best1 = live.map((o) => Math.max(...o.blocks.map((b) => bound(o, b))));
  const others = best1.reduce((a, b) => a + b, 0);
  live.forEach((o, i) => {
    for (const block of o.blocks) {
      if (!below({ matched: words.size, sameScript: ownScript.size, total: others - best1[i]! + bound(o, block) }, floor, s)) want(o, block);
    }
  });
  // the order of those shown needs the blocks that may hold one of them
  for (const o of live) for (const doc of best) { const block = blockHolding(o, doc); if (block) want(o, block); }
  if (wanted.size > MOST_BLOCKS * live.reduce((n, o) => n + o.blocks.length, 0)) return 'all';
  return wanted.size ? [...wanted.values()] : null;
}

/** Whether a document scoring at most `high` ranks below one scoring at least `low` (strictly: a tie could go either way). */
function below(high: { matched: number; sameScript: number; total: number }, low: { matched: number; sameScript: number; total: number }, s: KnownScores): boolean {
  const byWords = s.tiers * (high.matched - low.matched);
  if (byWords) return byWords < 0;
  const byScript = Math.min(high.sameScript, s.sameScriptCap) - Math.min(low.sameScript, s.sameScriptCap);
  if (byScript) return byScript < 0;
  return high.total < low.total;
}

/** The block of `o` that may hold `doc`: one whose range holds it, unless `doc` is known already (a document is in one place only). */
function blockHolding(o: OpenTail, doc: number): TailBlock | undefined {
  const { blocks } = o;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid]!;
    if (doc < block.first) hi = mid - 1;
    else if (doc > block.last) lo = mid + 1;
    else return sortedIndexOf(o.known as readonly number[], doc) >= 0 ? undefined : block;
  }
  return undefined;
}
