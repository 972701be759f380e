import { ByteReader, ByteWriter } from './bytes.js';
import { SortedStrings } from './sorted-strings.js';

/**
 * Postings of one term in one field: the documents holding it, ascending, how often, whether
 * among the field's first words, and the field's length in each.
 */
export interface FieldPostings {
  docs: number[];
  freqs: number[];
  /**
   * 1 where the term is among the field's first words (the lead of an article's body: see
   * LEAD_WORDS in corpus-build/core/analyzed-document.ts), else 0; all 0 when absent.
   */
  lead?: ArrayLike<number>;
  /**
   * The field's length code in each document (quantizeLength), for the fields whose postings
   * carry them; undefined for the field documents are numbered by (Manifest.lengths).
   */
  lengths?: ArrayLike<number>;
}

/** Postings of one term: per field (by field number), or undefined where the term is not. */
export type TermPostings = Array<FieldPostings | undefined>;

/**
 * Term chunk layout: a sorted run of terms with their postings.
 *
 *   varint termCount, varint fieldCount, varint lengthFields (bit f set: field f's postings carry lengths)
 *   per term: varint sharedPrefix (UTF-16 units shared with the previous term), string suffix,
 *             bytes postings
 *   postings: per field: varint n, then n × varint (docGap × 4 + lead × 2 + (freq > 1)), [varint freq − 1],
 *             then, for a field with lengths, n bytes: the field's length code in each document
 *
 * Front-coding the sorted terms and packing the lead flag and the common frequency 1 into the
 * gap's low bits keep a chunk small before gzip; the length codes come last, together, where
 * gzip finds their repeats; postings stay encoded until a query needs them. Postings carry
 * their field's length (the body's follows from the document's number), so scoring a term
 * needs nothing but its postings and the manifest: no table of every document's lengths.
 */
export function encodeTermChunk(terms: ReadonlyArray<[string, TermPostings | Uint8Array]>, withLengths: readonly boolean[]): Uint8Array {
  const out = new ByteWriter().varint(terms.length).varint(withLengths.length).varint(withLengths.reduce((bits, on, f) => bits + (on ? 2 ** f : 0), 0));
  let previous = '';
  for (const [term, postings] of terms) {
    out.frontCoded(term, previous).bytes(postings instanceof Uint8Array ? postings : encodePostings(postings, withLengths));
    previous = term;
  }
  return out.finish();
}

/**
 * A term's postings as a term chunk stores them (`withLengths[f]`: whether field f's carry their
 * length codes), for {@link encodeTermChunk}: a builder cutting chunks by size encodes each
 * term's once.
 */
export function encodePostings(postings: TermPostings, withLengths: readonly boolean[]): Uint8Array {
  const out = new ByteWriter();
  for (let field = 0; field < withLengths.length; field++) {
    const entry = postings[field];
    const n = entry?.docs.length ?? 0;
    out.varint(n);
    let last = -1;
    for (let i = 0; i < n; i++) {
      const doc = entry!.docs[i]!;
      const freq = entry!.freqs[i]!;
      const lead = entry!.lead?.[i] ? 2 : 0;
      out.varint((doc - last) * 4 + lead + (freq > 1 ? 1 : 0));
      if (freq > 1) out.varint(freq - 1);
      last = doc;
    }
    if (n && withLengths[field]) out.raw(entry!.lengths!);
  }
  return out.finish();
}

/**
 * A decoded term chunk: the terms are read at once (kept as one string, see SortedStrings), each
 * term's postings only when asked for.
 */
export class TermChunk {
  readonly terms: SortedStrings;
  readonly fieldCount: number;
  /** Bit f set: field f's postings carry length codes. */
  private readonly lengthFields: number;
  /** Where each term's postings start in the data, and how many bytes they take. */
  private readonly offsets: Uint32Array;
  private readonly lengths: Uint32Array;
  private readonly data: Uint8Array;

  constructor(data: Uint8Array) {
    this.data = data;
    const reader = new ByteReader(data);
    const count = reader.varint();
    this.fieldCount = reader.varint();
    this.lengthFields = reader.varint();
    const offsets = (this.offsets = new Uint32Array(count));
    const lengths = (this.lengths = new Uint32Array(count));
    this.terms = SortedStrings.read(reader, count, (i) => {
      lengths[i] = reader.varint();
      offsets[i] = reader.position;
      reader.skip(lengths[i]!);
    });
  }

  /** Encoded size of a term's postings: grows with its document frequency, known without decoding. */
  postingBytes(index: number): number {
    return this.lengths[index] ?? 0;
  }

  /** Decodes the postings of the term at `index` (the length codes are a view of the chunk's data). */
  postings(index: number): TermPostings {
    const reader = new ByteReader(this.data.subarray(0, this.offsets[index]! + this.lengths[index]!));
    reader.position = this.offsets[index]!;
    const result: TermPostings = [];
    for (let field = 0; field < this.fieldCount; field++) {
      const n = reader.varint();
      if (n === 0) continue;
      const docs = new Array<number>(n);
      const freqs = new Array<number>(n);
      const lead = new Uint8Array(n);
      let doc = -1;
      for (let i = 0; i < n; i++) {
        const packed = reader.varint();
        doc += Math.floor(packed / 4);
        docs[i] = doc;
        lead[i] = Math.floor(packed / 2) % 2;
        freqs[i] = packed % 2 ? reader.varint() + 1 : 1;
      }
      result[field] = (this.lengthFields >> field) & 1 ? { docs, freqs, lead, lengths: reader.raw(n) } : { docs, freqs, lead };
    }
    return result;
  }
}
