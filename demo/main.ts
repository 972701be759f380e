// The demo page: two widgets over the archive index (inline in the header, modal behind a
// button and Ctrl/⌘ K), example queries, the analyzer panel, "try your own files" and the theme.
import { BahthSearch } from '../src/index.js';
import { AnalyzerPanel } from './analyzer-panel.js';
import { trackArchiveSearches } from './archive-stats.js';
import { renderExamples } from './examples.js';
import { fitResultsAbove } from './fit-results.js';
import { setUpReader } from './reader.js';
import { setUpThemeToggle } from './theme.js';
import { setUpTryYourOwn } from './try-your-own.js';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

// The package marks its modules side-effect free, so the element is referenced, not just imported.
const inline = byId<BahthSearch>('inline-search');
if (!(inline instanceof BahthSearch)) throw new Error('<bahth-search> is not defined');

const analyzer = byId('analyzer');
const panel = new AnalyzerPanel(analyzer);
/** The example query whose analysis is to be shown with its results, until they come. */
let example: string | undefined;
const archive = trackArchiveSearches(inline.index, (query, facts) => {
  panel.show(query, facts);
  if (query !== example) return;
  example = undefined;
  requestAnimationFrame(() => fitResultsAbove(inline, analyzer));
});

renderExamples(byId('examples'), (query) => {
  example = query;
  archive.started();
  inline.focus();
  void inline.search(query);
});
setUpTryYourOwn(byId('try'), (query, facts) => panel.show(query, facts));
setUpThemeToggle(byId<HTMLButtonElement>('theme-toggle'));
setUpReader(byId<HTMLDialogElement>('reader'));
