import type { Translation } from '../localize.js';

/** English interface strings. */
export const en: Translation = {
  code: 'en',
  digits: 'latn',
  dir: 'ltr',
  search: 'Search',
  results: 'Search results',
  loading: 'Loading the search index…',
  count: { one: '{n} result', other: '{n} results' },
  countOf: { other: '{k} of {n} results' },
  keepTyping: 'Keep typing…',
  none: 'No results for “{q}”.',
  hint: 'Try a shorter query or fewer words.',
  hintWord: 'Check the spelling, or try another word.',
  hintFilter: 'Try all languages.',
  more: 'Show more',
  recent: 'Recently opened',
  removeHint: 'Delete removes it from this list.',
  move: 'Move',
  open: 'Open',
  language: 'Language',
  all: 'All',
  retry: 'Retry',
  close: 'Close',
  unavailable: 'Search is unavailable right now.',
  offline: 'Search could not load. Check your connection.',
};
