import { ByteReader, ByteWriter } from './bytes.js';

/**
 * Postings of one term: for each field (by field number), the documents holding the term, how
 * often, and whether among the field's first words (the lead of an article's body: see
 * LEAD_WORDS in corpus-build/core/index-writer.ts; 1 or 0, all 0 when absent when encoding).
 * Document numbers ascend.
 */
export type TermPostings = Array<{ docs: number[]; freqs: number[]; lead?: ArrayLike<number> } | undefined>;

/**
 * Term chunk layout: a sorted run of terms with their postings.
 *
 *   varint termCount, varint fieldCount
 *   per term: varint sharedPrefix (UTF-16 units shared with the previous term), string suffix,
 *             bytes postings
 *   postings: per field: varint n, then n × varint (docGap × 4 + lead × 2 + (freq > 1)), [varint freq − 1]
 *
 * Front-coding the sorted terms and packing the lead flag and the common frequency 1 into the
 * gap's low bits keep a chunk small before gzip; postings stay encoded until a query needs them.
 */
export function encodeTermChunk(terms: Array<[string, TermPostings]>, fieldCount: number): Uint8Array {
  const out = new ByteWriter().varint(terms.length).varint(fieldCount);
  let previous = '';
  for (const [term, postings] of terms) {
    out.frontCoded(term, previous);
    out.bytes(encodePostings(postings, fieldCount));
    previous = term;
  }
  return out.finish();
}

function encodePostings(postings: TermPostings, fieldCount: number): Uint8Array {
  const out = new ByteWriter();
  for (let field = 0; field < fieldCount; field++) {
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
  }
  return out.finish();
}

/** A decoded term chunk: the terms are read at once, each term's postings only when asked for. */
export class TermChunk {
  readonly terms: string[] = [];
  readonly fieldCount: number;
  /** Where each term's postings start in the data, and how many bytes they take. */
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private readonly data: Uint8Array;

  constructor(data: Uint8Array) {
    this.data = data;
    const reader = new ByteReader(data);
    const count = reader.varint();
    this.fieldCount = reader.varint();
    let previous = '';
    for (let i = 0; i < count; i++) {
      const term = reader.frontCoded(previous);
      const length = reader.varint();
      this.offsets.push(reader.position);
      this.lengths.push(length);
      reader.skip(length);
      this.terms.push(term);
      previous = term;
    }
  }

  /** Encoded size of a term's postings: grows with its document frequency, known without decoding. */
  postingBytes(index: number): number {
    return this.lengths[index] ?? 0;
  }

  /** Decodes the postings of the term at `index`. */
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
      result[field] = { docs, freqs, lead };
    }
    return result;
  }
}
