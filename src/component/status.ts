import { plural, type Translation } from './localize.js';
import { tooEarlyToJudge } from './too-early.js';

/** What the widget shows, as far as its status line is concerned. */
export interface StatusState {
  /** The text in the field. */
  query: string;
  /** Query of the results shown; null when none are. */
  shown: string | null;
  /** What the results shown were searched as, when the query was typed on the other keyboard layout. */
  readAs?: string | undefined;
  /** Results found, and shown. */
  total: number;
  /** More results than `total` match (see SearchResponse.totalAtLeast). */
  totalAtLeast?: boolean;
  count: number;
  /** The results are filtered to one language. */
  filtered: boolean;
  /** The index is loading. */
  loading: boolean;
  /** The query in the field has waited for its results a while (see SlowSearch). */
  searching: boolean;
  /** The recent results are shown (the field is empty). */
  recent: boolean;
}

/**
 * The one place the status line is made: result counts ("10 of 21 results"; for a query typed on
 * the other keyboard layout, "Results for “القاهرة”: 3 results"), no results with
 * a hint, loading, searching (a query whose results are slow to come), the recent results'
 * heading, or `t.keepTyping` for a query too early to judge (see {@link tooEarlyToJudge}); the
 * live region says neither of the last two.
 */
export function statusOf(t: Translation, s: StatusState): string {
  if (s.recent) return t.recent;
  // the count of the results still shown is not this query's
  if (s.searching && !s.loading && s.query.trim()) return t.searching;
  if (!s.query.trim() || s.shown === null) return s.loading && s.query.trim() ? t.loading : '';
  const q = s.shown.trim();
  // isolated, so a query in the other direction keeps its order (".abc" in an Arabic sentence)
  const isolate = (text: string) => `\u2068${text.trim()}\u2069`;
  if (s.total) {
    const count = s.totalAtLeast ? t.atLeast.replace('{count}', plural(t, t.count, s.total)) : s.count < s.total ? plural(t, t.countOf, s.total, s.count) : plural(t, t.count, s.total);
    return s.readAs ? t.readAs.replace('{q}', isolate(s.readAs)).replace('{n}', count) : count;
  }
  if (tooEarlyToJudge(s.shown)) return t.keepTyping;
  return `${t.none.replace('{q}', isolate(q))} ${s.filtered ? t.hintFilter : /\s/.test(q) ? t.hint : t.hintWord}`;
}
