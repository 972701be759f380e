/**
 * Small text helpers shared by the cleaning rules and the readers: whitespace, word counts,
 * sentence punctuation. Work on Arabic and English alike.
 */

/** Collapses runs of whitespace (incl. NBSP, tabs, zero-width and bidi marks) to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Words of a line: runs of letters/digits (punctuation alone is not a word). */
export function words(line: string): string[] {
  return line.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu) ?? [];
}

/** Number of words in a line. */
export function wordCount(line: string): number {
  return words(line).length;
}

/** Whether a line has any letter or digit (a separator line like `-----` has none). */
export function hasText(line: string): boolean {
  return /[\p{L}\p{N}]/u.test(line);
}

/** Whether a line ends like a sentence (`.`, `!`, `?`, `؟`, `…`, optionally followed by quotes/brackets). */
export function endsLikeSentence(line: string): boolean {
  return /[.!?؟…۔][\s"'”’»)\]]*$/u.test(line);
}

/** Whether a line ends with a full stop (a paragraph, not a headline: headlines may end in `!`/`?`). */
export function endsWithFullStop(line: string): boolean {
  return /(?<!\.)[.۔][\s"'”’»)\]]*$/u.test(line);
}

/** Whether a line has sentence punctuation anywhere (full stop, `!`, `?`, `؟`, `:` or `،`/`,` between words). */
export function hasSentencePunctuation(line: string): boolean {
  return /[.!?؟…۔:،,;؛]/u.test(line);
}

/** Lowercased, whitespace-collapsed form used to compare lines (repeats, titles, site names). */
export function comparable(line: string): string {
  return collapseSpaces(line).toLowerCase().replace(/[\u064B-\u0652\u0640]/g, '');
}

/** Non-empty, whitespace-collapsed lines of a text. */
export function nonEmptyLines(text: string): string[] {
  return text.split('\n').map(collapseSpaces).filter((l) => l.length > 0);
}
