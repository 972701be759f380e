import { ByteReader, ByteWriter, FormatError } from './bytes.js';

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
    let shared = 0;
    const max = Math.min(previous.length, term.length);
    while (shared < max && previous.charCodeAt(shared) === term.charCodeAt(shared)) shared++;
    // never split a surrogate pair between the shared prefix and the suffix
    const code = term.charCodeAt(shared);
    if (shared > 0 && shared < term.length && code >= 0xdc00 && code <= 0xdfff) shared--;
    out.varint(shared).string(term.slice(shared));
    previous = term;
  }
  return out.finish();
}

/** Decodes a word-ends chunk into its reversed terms, in order. */
export function decodeEndsChunk(data: Uint8Array): string[] {
  const reader = new ByteReader(data);
  const count = reader.varint();
  const terms: string[] = [];
  let previous = '';
  for (let i = 0; i < count; i++) {
    const shared = reader.varint();
    if (shared > previous.length) throw new FormatError('term shares more than the previous term has');
    previous = previous.slice(0, shared) + reader.string();
    terms.push(previous);
  }
  return terms;
}

/**
 * A term spelled backwards by code point (surrogate pairs stay whole), so that sorting the
 * reversed terms groups words by their endings.
 */
export function reverseTerm(term: string): string {
  return [...term].reverse().join('');
}
