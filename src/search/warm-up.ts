import { analyzeQuery } from '../analyzer/index.js';
import type { makeSnippet } from './snippet.js';

/**
 * Words of both scripts, with the marks, clitics, hamza seats, digits and English endings the
 * analyzer folds, and a misspelled word in each script (reprots, والمسؤولوت).
 */
const SAMPLE = "The workers' co-op's reprots وَبِالمدرسةِ والمسؤولوت ٢٠٢٤";

/**
 * Analyzes a sample of both scripts once, and cuts a snippet of it with `snippet` (the deferred
 * part's, when it is loaded), so the first word typed in a script not
 * searched yet does not wait while the browser compiles that script's code paths. In Chromium,
 * the first English query after Arabic ones took 1.8–9.9 ms (median 2.2) cold, 1.1–6.3 ms
 * (median 1.5) warmed.
 */
export function warmUp(snippet?: typeof makeSnippet): void {
  const terms = new Set(analyzeQuery(SAMPLE).words.map((word) => word.stem));
  if (snippet) snippet(SAMPLE, terms);
}

/**
 * Types {@link SAMPLE} a letter per `turn`, so the code of completion, the typo path and
 * scoring is compiled before the visitor's first misspelled word needs it. In Node, over 1,000
 * news articles, the first of 14 misspelled words took 7.0–11.2 ms without it and 1.7–4.7 ms
 * after it; all 14 took 52–90 ms and 39–60 ms (4 runs each). Call it only when every term and
 * word-ends chunk and every head is in: it must not fetch.
 */
export async function warmUpSearch(search: (query: string) => Promise<unknown>, turn: () => Promise<void>): Promise<void> {
  for (let end = 2; end <= SAMPLE.length; end++) {
    await turn();
    await search(SAMPLE.slice(0, end));
  }
}
