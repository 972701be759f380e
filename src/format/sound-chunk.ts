/**
 * Sound-table chunk layout: the same as a word-ends chunk (sorted, front-coded strings without
 * postings: `encodeEndsChunk` writes it, `decodeEndsChunk` reads it), each string one entry `lookup TAB rank value`:
 *
 * - `lookup` is what a query word is looked up by: a sound key (`DR`) for the Arabic words of
 *   the index that sound so; `_` and a sound key (`_DR`) for its Latin-script names; `=` and a
 *   normalized phrase (`=cairo`, `=قاهره`) for the aliases of that phrase in the other script.
 * - `rank` is one digit, 0 for the words in the most documents (2⁹ or more), 9 for those in one:
 *   a sound key's words sort most frequent first.
 * - `value` is the word, or words separated by a space, whose terms match: Arabic words without
 *   their article (`درعا`), `حزب الله` for a sound key of two words, Latin words lower-cased.
 *
 * Sorted entries keep every lookup's entries together, so the chunks holding a lookup are found
 * from the first entry of each chunk (in their directory), like term chunks.
 *
 * @module
 */

/** The first character of a lookup of each kind that is not an Arabic word's sound key. */
export const SOUND_PREFIX = { latinName: '_', alias: '=' } as const;

/** One entry as stored; `documents` is how many documents hold the value. */
export function soundEntry(lookup: string, documents: number, value: string): string {
  return `${lookup}\t${9 - Math.min(9, Math.floor(Math.log2(Math.max(1, documents))))}${value}`;
}
