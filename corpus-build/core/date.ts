/** A document's date as the index stores it, or why the one given cannot be used. */
export type DateReading = { date: string } | { problem: string };

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ](\d{2}):(\d{2})(?::(\d{2})([.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const MONTH_NAME = /\p{L}{3}/u;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date from front matter, a page's metadata or a record as ISO 8601, which every
 * browser parses the same way (the widget formats it per result):
 * - ISO 8601 dates and date-times stay as they are (a space before the time becomes `T`, which
 *   Safari needs, and a zone gets its colon), once the month, day and time are checked to exist: `2024-02-30` is refused,
 *   where `new Date()` would quietly make it the 1st of March;
 * - Arabic-Indic digits are read as digits (`٢٠٢٤-٠٥-٠١`);
 * - dates with a month name ("May 3, 2025", "Tue, 12 May 2019 10:00:00 GMT") become ISO;
 * - anything else is refused, numeric dates with slashes too: `05/12/2019` is May or December.
 */
export function readDate(raw: string): DateReading {
  const text = raw.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  const refused = { problem: `date "${raw}" is not a valid date (use ISO 8601, e.g. 2025-05-03); left out` };
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction = '', zone = ''] = iso;
    const year = Number(y);
    if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return refused;
    if (d !== undefined && (Number(d) < 1 || Number(d) > daysIn(year, Number(mo)))) return refused;
    if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return refused;
    // the zone as ECMAScript's date format writes it (+02:00), which every browser reads
    const offset = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone.length === 3 ? `${zone}:00` : zone.toUpperCase();
    const time = h === undefined ? '' : `T${h}:${mi}${s === undefined ? '' : `:${s}${fraction.replace(',', '.')}`}${offset}`;
    return { date: `${y}${mo === undefined ? '' : `-${mo}`}${d === undefined ? '' : `-${d}`}${time}` };
  }
  const parsed = new Date(text);
  if (!MONTH_NAME.test(text) || Number.isNaN(parsed.getTime())) return refused;
  // with a time, the instant; without one, the day as written (not shifted by the time zone)
  return /\d:\d/.test(text)
    ? { date: parsed.toISOString().replace('.000Z', 'Z') }
    : { date: `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}` };
}
