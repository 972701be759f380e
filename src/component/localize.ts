import type { IndexErrorCode } from '../search/types.js';
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
  /** How many results were found (never 0: see `none`). */
  count: PluralForms;
  /** The count (`{n}`) of a query read on the other keyboard layout as `{q}`. */
  readAs: string;
  /** No results (`{q}`: the query), then a suggestion: for a query of several words, */
  none: string;
  hint: string;
  /** for a query of one word, */
  hintWord: string;
  /** and when the results are filtered to one language. */
  hintFilter: string;
  /** Label of the language filter, and its first choice. */
  language: string;
  all: string;
  retry: string;
  close: string;
  /** Why the index could not be used. */
  errors: Record<IndexErrorCode, string>;
}

/** The translation for a BCP 47 language code: Arabic for `ar*`, English otherwise. */
export const translationFor = (lang: string): Translation => (/^ar\b/i.test(lang) ? ar : en);

/** `forms` for `n` under the plural rules of `t`'s language, with `{n}` in its numerals. */
export function plural(t: Translation, forms: PluralForms, n: number): string {
  const [rule, digits] = countIn(`${t.code}|${t.digits}|${n}`);
  return (forms[rule] ?? forms.other).replace('{n}', digits);
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
