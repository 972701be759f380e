import { plural, type Translation } from './localize.js';
import { tooEarlyToJudge } from './too-early.js';

/** What the status line says, and whether the live region says it too. */
export interface Status {
  text: string;
  announce: boolean;
}

/** What the widget shows, as far as its status line is concerned. */
export interface StatusState {
  /** The text in the field. */
  query: string;
  /** Query of the results shown; null when none are. */
  shown: string | null;
  /** Results found, and shown. */
  total: number;
  count: number;
  /** The results are filtered to one language. */
  filtered: boolean;
  /** The index is loading. */
  loading: boolean;
  /** The recent results are shown (the field is empty). */
  recent: boolean;
}

const silent: Status = { text: '', announce: false };

/**
 * The one place the status line is made: result counts ("10 of 21 results"), no results with
 * a hint, loading, the recent results' heading, or a quiet "keep typing" for a query too early
 * to judge, which says nothing to screen readers (see {@link tooEarlyToJudge}).
 */
export function statusOf(t: Translation, s: StatusState): Status {
  if (s.recent) return { text: t.recent, announce: true };
  if (!s.query.trim()) return silent;
  if (s.shown === null) return s.loading ? { text: t.loading, announce: true } : silent;
  const q = s.shown.trim();
  if (s.total) return { text: s.count < s.total ? plural(t, t.countOf, s.total, s.count) : plural(t, t.count, s.total), announce: true };
  if (tooEarlyToJudge(s.shown)) return { text: t.keepTyping, announce: false };
  // isolated, so a query in the other direction keeps its order (".abc" in an Arabic sentence)
  const none = t.none.replace('{q}', `\u2068${q}\u2069`);
  return { text: `${none} ${s.filtered ? t.hintFilter : /\s/.test(q) ? t.hint : t.hintWord}`, announce: true };
}
