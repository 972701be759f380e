import { ByteReader, ByteWriter } from './bytes.js';
import { SortedStrings } from './sorted-strings.js';

/**
 * Word-ends chunk layout: a run of the index's terms, each spelled backwards, in sorted order
 * (so terms that end alike sit together), without postings.
 *
 *   varint termCount
 *   per term: varint sharedPrefix (UTF-16 units shared with the previous reversed term), string suffix
 *
 * The term chunks are sorted by a word's first letters, so a typo near the start of a word
 * (مفاوضات typed as مفاوظات is found there, but فماوضات is not) needs another way in: its end.
 */
export function encodeEndsChunk(reversedTerms: readonly string[]): Uint8Array {
  const out = new ByteWriter().varint(reversedTerms.length);
  let previous = '';
  for (const term of reversedTerms) {
    out.frontCoded(term, previous);
    previous = term;
  }
  return out.finish();
}

/** Decodes a word-ends chunk into its reversed terms, in order. */
export function decodeEndsChunk(data: Uint8Array): SortedStrings {
  const reader = new ByteReader(data);
  return SortedStrings.read(reader, reader.varint());
}

/**
 * A term spelled backwards by code point (surrogate pairs stay whole), so that sorting the
 * reversed terms groups words by their endings.
 */
export function reverseTerm(term: string): string {
  return [...term].reverse().join('');
}
