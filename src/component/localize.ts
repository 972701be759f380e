import { ar } from './translations/ar.js';
import { en } from './translations/en.js';
import { memo } from './memo.js';

/** A string per plural category of the language (`{n}` is replaced by the number). */
export type PluralForms = { [rule in Intl.LDMLPluralRule]?: string } & { other: string };

/** Every string of the widget's interface, in one language. */
export interface Translation {
  /** BCP 47 code, for plural rules and number formats. */
  code: string;
  /** Numbering system of counts (`arab`: ٠١٢٣, `latn`: 0123). */
  digits: string;
  dir: 'ltr' | 'rtl';
  /** Default label of the search field. */
  search: string;
  /** Label of the result list. */
  results: string;
  loading: string;
  /** Shown, not announced, while the query's results are slow to come (the results shown are an earlier query's). */
  searching: string;
  /** How many results were found (never 0: see `none`). */
  count: PluralForms;
  /** A count (`{count}`, as `count` says it) of results when more match than were counted (SearchResponse.totalAtLeast). */
  atLeast: string;
  /** How many are shown (`{k}`) of how many were found (`{n}`, which picks the form; more than `{k}`). */
  countOf: PluralForms;
  /** Shown, not announced, while the word being typed is too short to judge (an article, one letter). */
  keepTyping: string;
  /** The count (`{n}`) of a query read on the other keyboard layout as `{q}`. */
  readAs: string;
  /** No results (`{q}`: the query), then a suggestion: for a query of several words, */
  none: string;
  hint: string;
  /** for a query of one word, */
  hintWord: string;
  /** and when the results are filtered to one language. */
  hintFilter: string;
  /** The button that adds the next results. */
  more: string;
  /** Heading and label of the results the visitor chose lately, shown in an empty field. */
  recent: string;
  /** How to remove a recent result with the keyboard (read by screen readers; the mouse has its ×). */
  removeHint: string;
  /** Key hints of the dialog's footer. */
  move: string;
  open: string;
  /** Label of the language filter, and its first choice. */
  language: string;
  all: string;
  retry: string;
  close: string;
  /** What a visitor is told when the index cannot be used (the reason goes to the console), */
  unavailable: string;
  /** or could not be fetched. */
  offline: string;
}

/** A language's name in that language (العربية, English), for the language filter. */
export const autonym = memo((code: string): string => {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
});

/** The translation for a BCP 47 language code: Arabic for `ar*`, English otherwise. */
export const translationFor = (lang: string): Translation => (/^ar\b/i.test(lang) ? ar : en);

/**
 * `forms` for `n` under the plural rules of `t`'s language, with `{n}` in its numerals (and
 * `{k}`, when given, too).
 */
export function plural(t: Translation, forms: PluralForms, n: number, k?: number): string {
  const [rule, digits] = countIn(`${t.code}|${t.digits}|${n}`);
  const text = (forms[rule] ?? forms.other).replace('{n}', digits);
  return k === undefined ? text : text.replace('{k}', countIn(`${t.code}|${t.digits}|${k}`)[1]);
}

/** A count's plural category and numerals (`code|digits|n`): the status line asks on every keystroke. */
const countIn = memo((key): [Intl.LDMLPluralRule, string] => {
  const [code, digits, n] = key.split('|');
  return [pluralRules(code!).select(Number(n)), numberFormat(`${code}|${digits}`).format(Number(n))];
});

const pluralRules = memo((code) => new Intl.PluralRules(code));
const numberFormat = memo((key) => {
  const [code, numberingSystem] = key.split('|');
  return new Intl.NumberFormat(code, { numberingSystem });
});
