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
  readAs: 'Results for “{q}”: {n}',
  none: 'No results for “{q}”.',
  hint: 'Try a shorter query or fewer words.',
  hintWord: 'Check the spelling, or try another word.',
  hintFilter: 'Try all languages.',
  language: 'Language',
  all: 'All',
  retry: 'Retry',
  close: 'Close',
  errors: {
    'not-found': 'The search index was not found.',
    network: 'The search index could not be loaded. Check your connection.',
    corrupt: 'The search index is damaged and cannot be read.',
    incompatible: 'The search index was built for another version of the search.',
  },
};
