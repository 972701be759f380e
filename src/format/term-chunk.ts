import { ByteReader, ByteWriter, FormatError, hashBytes, hexOf } from './bytes.js';
import type { IndexFile } from './manifest.js';
import { SortedStrings } from './sorted-strings.js';

/**
 * A block of a split term's postings in one field (see {@link PostingsTail}): a run of them by
 * document number, in a file of its own.
 */
export interface TailBlock {
  /** First and last document of the block. */
  first: number;
  last: number;
  /** Postings in the block. */
  count: number;
  /**
   * The block's highest impact ({@link postingImpact}) as {@link quantizeImpact} codes it,
   * rounded up: an upper bound of what any of its documents scores for the term, field by field.
   */
  impact: number;
  file: IndexFile;
}

/**
 * The rest of a term's postings in a field holding it in many documents: the postings stored in
 * the term chunk are the ones of highest impact, these are the others, in blocks fetched when a
 * query needs them (Lucene's block-max impacts, for a static host).
 */
export interface PostingsTail {
  /** Documents holding the term in the field, the stored ones and the blocks' together (the term's document frequency there). */
  documents: number;
  blocks: TailBlock[];
}

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
  /** When the term's postings in the field are split: the ones not listed here (those listed are the ones of highest impact). */
  tail?: PostingsTail;
}

/** Postings of one term: per field (by field number), or undefined where the term is not. */
export type TermPostings = Array<FieldPostings | undefined>;

/** Codes per unit of impact: a byte codes impacts up to 5.1 (the highest is 4.45: see {@link postingImpact}). */
const IMPACT_SCALE = 50;

/**
 * What a posting can add to a document's score, in units of the term's idf × the candidate's
 * weight × the field's boost: BM25+'s `δ + tf × (k + 1) / (tf + norm)` beyond `δ`, plus the
 * lead's bonus (src/search/ranking.ts: an occurrence in a field of average length, × 1.5) when
 * it is in the lead. `norm` is bm25LengthNorm of the field's length in the document.
 */
export function postingImpact(freq: number, norm: number, lead: boolean, k: number, leadUnits: number): number {
  return (freq * (k + 1)) / (freq + norm) + (lead ? leadUnits : 0);
}

/** An impact as one byte, rounded up: decoded ({@link impactOfCode}), never less than the impact. */
export function quantizeImpact(impact: number): number {
  return Math.min(255, Math.ceil(impact * IMPACT_SCALE - 1e-9));
}

/** The impact a code stands for (at least the impact coded). */
export function impactOfCode(code: number): number {
  return code / IMPACT_SCALE;
}

/**
 * Term chunk layout: a sorted run of terms with their postings.
 *
 *   varint termCount, varint fieldCount, varint lengthFields (bit f set: field f's postings carry lengths)
 *   varint splitCount, then per split term (a term with a tail in some field), ascending:
 *             varint termIndex, varint its postings' size had they not been split
 *   per term: varint sharedPrefix (UTF-16 units shared with the previous term), string suffix,
 *             bytes postings
 *   postings: per field: varint n × 2 + (field has a tail), then the field's n postings (below),
 *             then for a field with a tail: varint documents, varint blockCount, per block:
 *             varint first − (previous block's last + 1), varint last − first, varint count,
 *             byte impact code, 8 bytes of the block file's hash, varint the file's bytes
 *   n postings: n × varint (docGap × 4 + lead × 2 + (freq > 1)), [varint freq − 1],
 *             then, for a field with lengths, n bytes: the field's length code in each document
 *   tail block file (kind `tails`): varint n, then its n postings as above
 *
 * Front-coding the sorted terms and packing the lead flag and the common frequency 1 into the
 * gap's low bits keep a chunk small before gzip; the length codes come last, together, where
 * gzip finds their repeats; postings stay encoded until a query needs them. Postings carry
 * their field's length (the body's follows from the document's number), so scoring a term
 * needs nothing but its postings and the manifest: no table of every document's lengths.
 */
export function encodeTermChunk(terms: ReadonlyArray<readonly [string, TermPostings | Uint8Array, number?]>, withLengths: readonly boolean[]): Uint8Array {
  const out = new ByteWriter().varint(terms.length).varint(withLengths.length).varint(withLengths.reduce((bits, on, f) => bits + (on ? 2 ** f : 0), 0));
  // a split term comes with the size its postings would have whole: what a term's frequency is read from
  const split = terms.flatMap(([, , whole], i) => (whole === undefined ? [] : [[i, whole] as const]));
  out.varint(split.length);
  for (const [i, bytes] of split) out.varint(i).varint(bytes);
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
    const tail = entry?.tail;
    out.varint((entry?.docs.length ?? 0) * 2 + (tail ? 1 : 0));
    if (entry) writePostings(out, entry, withLengths[field]!);
    if (tail) {
      out.varint(tail.documents).varint(tail.blocks.length);
      let last = -1;
      for (const block of tail.blocks) {
        out.varint(block.first - last - 1).varint(block.last - block.first).varint(block.count).raw([block.impact]).raw(hashBytes(block.file[0])).varint(block.file[1]);
        last = block.last;
      }
    }
  }
  return out.finish();
}

/** A tail block's file: its postings in one field (`withLength`: they carry the field's length codes). */
export function encodeTailBlock(postings: FieldPostings, withLength: boolean): Uint8Array {
  return writePostings(new ByteWriter().varint(postings.docs.length), postings, withLength).finish();
}

/** Reads a tail block's file. */
export function decodeTailBlock(data: Uint8Array, withLength: boolean): FieldPostings {
  const reader = new ByteReader(data);
  const postings = readPostings(reader, reader.varint(), withLength);
  if (!reader.done) throw new FormatError('a tail block holds more than its postings');
  return postings;
}

/** Writes the n postings of one field (n written before by the caller). */
function writePostings(out: ByteWriter, entry: FieldPostings, withLength: boolean): ByteWriter {
  const n = entry.docs.length;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const doc = entry.docs[i]!;
    const freq = entry.freqs[i]!;
    const lead = entry.lead?.[i] ? 2 : 0;
    out.varint((doc - last) * 4 + lead + (freq > 1 ? 1 : 0));
    if (freq > 1) out.varint(freq - 1);
    last = doc;
  }
  if (n && withLength) out.raw(entry.lengths!);
  return out;
}

/** Reads `n` postings of one field written by writePostings. */
function readPostings(reader: ByteReader, n: number, withLength: boolean): FieldPostings {
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
  return withLength && n ? { docs, freqs, lead, lengths: reader.raw(n) } : { docs, freqs, lead };
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
  /** The split terms (a tail in some field), by index, with the size of their postings whole. */
  readonly split = new Map<number, number>();

  constructor(data: Uint8Array) {
    this.data = data;
    const reader = new ByteReader(data);
    const count = reader.varint();
    this.fieldCount = reader.varint();
    this.lengthFields = reader.varint();
    for (let n = reader.varint(); n > 0; n--) this.split.set(reader.varint(), reader.varint());
    const offsets = (this.offsets = new Uint32Array(count));
    const lengths = (this.lengths = new Uint32Array(count));
    this.terms = SortedStrings.read(reader, count, (i) => {
      lengths[i] = reader.varint();
      offsets[i] = reader.position;
      reader.skip(lengths[i]!);
    });
  }

  /** Encoded size of a term's postings (whole, for a split term): grows with its document frequency, known without decoding. */
  postingBytes(index: number): number {
    return this.split.get(index) ?? this.lengths[index] ?? 0;
  }

  /** Whether field `field`'s postings carry their length codes. */
  carriesLengths(field: number): boolean {
    return ((this.lengthFields >> field) & 1) === 1;
  }

  /** Decodes the postings of the term at `index` (the length codes are a view of the chunk's data). */
  postings(index: number): TermPostings {
    const reader = new ByteReader(this.data.subarray(0, this.offsets[index]! + this.lengths[index]!));
    reader.position = this.offsets[index]!;
    const result: TermPostings = [];
    for (let field = 0; field < this.fieldCount; field++) {
      const counted = reader.varint();
      if (counted === 0) continue;
      const entry = readPostings(reader, Math.floor(counted / 2), this.carriesLengths(field));
      if (counted % 2) entry.tail = readTail(reader);
      result[field] = entry;
    }
    return result;
  }
}

/** Reads a field's tail (see the layout above). */
function readTail(reader: ByteReader): PostingsTail {
  const documents = reader.varint();
  const blocks: TailBlock[] = [];
  let last = -1;
  for (let n = reader.varint(); n > 0; n--) {
    const first = last + 1 + reader.varint();
    last = first + reader.varint();
    const count = reader.varint();
    const impact = reader.raw(1)[0]!;
    const file: IndexFile = [hexOf(reader.raw(8)), reader.varint()];
    blocks.push({ first, last, count, impact, file });
  }
  return { documents, blocks };
}
