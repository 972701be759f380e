/** Version of this package (kept equal to package.json's by a test). */
export const BAHTH_VERSION = '0.1.0';

/** Version of MiniSearch the searcher's term dictionary comes from (kept equal to the installed one by a test). */
export const MINISEARCH_VERSION = '7.2.0';
