import { memo } from './memo.js';

/**
 * A formatter per language and time zone (`lang|zone`). Arabic dates get the month's name
 * ("٢ سبتمبر ٢٠٢٥"; its medium style is all digits, "02/09/2025", day or month first?) and
 * the Arabic-Indic digits the widget's Arabic counts use.
 */
const formatter = memo((key) => {
  const [lang, timeZone] = key.split('|');
  const arabic = /^ar\b/i.test(lang!);
  return new Intl.DateTimeFormat(lang === 'und' ? undefined : lang, {
    dateStyle: arabic ? 'long' : 'medium',
    ...(arabic && { numberingSystem: 'arab' }),
    timeZone: timeZone || undefined,
  });
});

/** An ISO 8601 date as the document's language writes it; the string itself when unparsable. */
export function formatDate(iso: string, lang: string): string {
  return formatted(`${lang}|${iso}`);
}

/** Each result shows its date on every keystroke: format each date once. */
const formatted = memo((key) => {
  const bar = key.indexOf('|');
  const [lang, iso] = [key.slice(0, bar), key.slice(bar + 1)];
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    // A date without a time is midnight UTC: format it in UTC so it stays the same day.
    const timeZone = /^\d{4}-\d\d-\d\d$/.test(iso) ? 'UTC' : '';
    return formatter(`${lang}|${timeZone}`).format(date);
  } catch {
    return iso;
  }
});
