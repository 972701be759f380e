/** A span of a string to highlight, as UTF-16 offsets [start, end). */
export interface HighlightRange {
  start: number;
  end: number;
}

/** Options of {@link BahthIndex.search}. */
export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  /** Only documents in this language (e.g. `'ar'`); all languages when absent or null. */
  lang?: string | null;
  /** Aborts the search, e.g. when the user has typed on. */
  signal?: AbortSignal;
  /**
   * Wait for the documents' text before answering (default true). When false, the answer comes
   * as soon as the hits' titles are in, with empty snippets, and
   * {@link SearchResponse.withSnippets} fetches the text and brings the same hits with their
   * snippets: a result list can be painted a round trip sooner (and before the text's fetch
   * competes with painting it), and its snippets filled in next.
   */
  waitForSnippets?: boolean;
}

/** One search result, ready to display. */
export interface SearchHit {
  /** The document's id (from its record, or its path relative to the input root). */
  id: string;
  title: string;
  /** BCP 47 language code of the document (`ar`, `en`, or `und` when unknown). */
  lang: string;
  /** Writing direction of the document's text. */
  dir: 'rtl' | 'ltr';
  url?: string;
  /** ISO 8601 date when known. */
  date?: string;
  /** Source or site name when known. */
  source?: string;
  /** Relevance score; hits come best first. */
  score: number;
  /** A window of the document's text around the best match, in the original spelling. */
  snippet: string;
  /** What to mark in {@link SearchHit.snippet}. */
  snippetMarks: HighlightRange[];
  /** What to mark in {@link SearchHit.title}. */
  titleMarks: HighlightRange[];
}

/** Everything a search returns. */
export interface SearchResponse {
  query: string;
  /**
   * The text searched instead of `query`, when the query reads as nothing in its own script
   * but as words of the index typed on the other keyboard layout (`hgrhivm` → `القاهرة`).
   */
  readAs?: string;
  hits: SearchHit[];
  /** How many documents matched in all (hits holds at most `limit` of them). */
  total: number;
  /**
   * `total` counts the documents found so far, not all: a word in very many documents (over
   * 150,000 by default) keeps the postings of its highest-scoring ones in its term chunk and the
   * others in tail blocks, and blocks that cannot hold a document ranking among `hits` are not
   * read. More documents match; none ranks above the hits.
   */
  totalAtLeast?: boolean;
  /**
   * Only when the search was asked not to wait for snippets: fetches the text the snippets are
   * cut from (once, however often it is called) and resolves to the same hits, in the same
   * order, with their snippets.
   */
  withSnippets?: () => Promise<SearchHit[]>;
}

/** Why an index could not be opened or read. */
export type IndexErrorCode = 'not-found' | 'network' | 'corrupt' | 'incompatible';

/** Thrown (and rejected) when an index is missing, unreachable, corrupt or built by an incompatible version. */
export class BahthIndexError extends Error {
  override readonly name = 'BahthIndexError';
  constructor(
    readonly code: IndexErrorCode,
    message: string,
    /** The file that failed, when one did. */
    readonly file?: string,
  ) {
    super(`bahth: ${message}`);
  }
}

/** An opened index: search it as the user types. */
export interface BahthIndex {
  /** Where the index was opened from. */
  readonly location: string;
  /** Number of documents in the index. */
  readonly documentCount: number;
  /** Number of documents per language code, e.g. `{ ar: 3, en: 2 }`. */
  readonly languages: Readonly<Record<string, number>>;
  /**
   * Searches as the widget does while the user types: finished words match on their stems,
   * the last word (when the query does not end in a space) also matches as a prefix.
   * Fetches the index chunks and document-store chunks it needs.
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Like {@link BahthIndex.search}, with the total number of matches. */
  query(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /**
   * Fetches more of the index in the background, up to `maxBytes` (all when absent): first the
   * heads of every document (so result lists need no fetch), then term chunks, then word-ends
   * chunks (the typo path's), then the sound table's (cross-script lookups), each kind's
   * directory pages first, in the index's preload packs (none: nothing is preloaded; nor without
   * the engine's deferred part, which does the preloading). Packs
   * are fetched two at a time and their chunks decoded at background priority, so typing stays
   * smooth and a query's own fetches do not queue behind them. First of all, it runs the
   * analyzer once on text of both scripts, so the first word typed in the other script does not
   * wait for its code to be compiled; and when every chunk but the texts is in, it types that
   * text (two of its words misspelled) a letter at a time at background priority, so the first
   * real typo does not wait for the typo path's code to be compiled either. Results are the
   * same either way; later searches just wait less.
   */
  preload(maxBytes?: number): Promise<void>;
  /** Bytes fetched so far (compressed, as stored). */
  readonly bytesLoaded: number;
}
