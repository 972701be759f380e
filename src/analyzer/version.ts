/**
 * Version of the analysis rules. An index records the version it was built with; the loader
 * refuses an index whose analyzer version differs, since its terms would not match the query's.
 * 2: fixed normalization order, Porter2, article with clitics, minimum stem, protected words.
 * 3: sound keys of words for cross-script search (the index's sound table); digit separators
 *    read again after Latin accents are dropped (1́٫٣ → 1.3, as ١٫٣).
 */
export const ANALYZER_VERSION = 3;
