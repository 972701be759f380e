import { ByteReader, ByteWriter, FormatError } from './bytes.js';

/**
 * What the browser always loads before the first query: what BM25 needs about every document
 * (field lengths), each document's language (for the language filter), and the directories of
 * the term, word-ends, head and text chunks.
 */
export interface IndexMeta {
  documentCount: number;
  /** Field names in field-number order, e.g. `['title', 'body']`. */
  fields: string[];
  /** Average number of tokens per document in each field (from exact lengths). */
  averageFieldLength: number[];
  /** Quantized length of field `f` of document `d` at `d * fields.length + f` (see {@link quantizeLength}). */
  fieldLengthCodes: Uint8Array;
  /** Language codes; `docLanguage[d]` indexes into it. */
  languages: string[];
  docLanguage: Uint8Array;
  /** First term of each term chunk, ascending; chunk `i` holds terms from `termChunkStarts[i]` up to the next start. */
  termChunkStarts: string[];
  /** First reversed term of each word-ends chunk, ascending (see ends-chunk.ts). */
  endsChunkStarts: string[];
  /** Where each sound-table chunk starts, ascending: its first entry, or the shortest beginning of it that sorts after the previous chunk's last (see sound-chunk.ts). */
  soundChunkStarts: string[];
  /** First document number of each head chunk, ascending (the first is 0). */
  headChunkStarts: number[];
  /** First document number of each text chunk, ascending (the first is 0). */
  textChunkStarts: number[];
}

// Field lengths are stored in one byte each on a log scale (ratio 1.04, exact below 25), like
// Lucene's norms: BM25 barely changes, and the meta file stays a fraction of its exact size.
const RATIO = Math.log(1.04);
const EXACT_BELOW = 25;
const OFFSET = EXACT_BELOW - Math.round(Math.log(EXACT_BELOW) / RATIO);

/** Encodes a field length (tokens) in one byte. */
export function quantizeLength(length: number): number {
  if (length < EXACT_BELOW) return length;
  return Math.min(255, Math.round(Math.log(length) / RATIO) + OFFSET);
}

/** The field length a one-byte code stands for. */
export function lengthOfCode(code: number): number {
  if (code < EXACT_BELOW) return code;
  return Math.round(Math.exp((code - OFFSET) * RATIO));
}

/** Encodes the meta file. */
export function encodeMeta(meta: IndexMeta): Uint8Array {
  const out = new ByteWriter().varint(meta.documentCount).varint(meta.fields.length);
  meta.fields.forEach((field, i) => out.string(field).float64(meta.averageFieldLength[i]!));
  out.bytes(meta.fieldLengthCodes);
  out.varint(meta.languages.length);
  for (const lang of meta.languages) out.string(lang);
  out.bytes(meta.docLanguage);
  out.varint(meta.termChunkStarts.length);
  for (const term of meta.termChunkStarts) out.string(term);
  out.varint(meta.endsChunkStarts.length);
  for (const term of meta.endsChunkStarts) out.string(term);
  out.varint(meta.soundChunkStarts.length);
  for (const entry of meta.soundChunkStarts) out.string(entry);
  for (const starts of [meta.headChunkStarts, meta.textChunkStarts]) {
    out.varint(starts.length);
    let last = 0;
    for (const start of starts) {
      out.varint(start - last);
      last = start;
    }
  }
  return out.finish();
}

/** Decodes the meta file, checking that its parts agree with each other. */
export function decodeMeta(data: Uint8Array): IndexMeta {
  const reader = new ByteReader(data);
  const documentCount = reader.varint();
  const fieldCount = reader.varint();
  const fields: string[] = [];
  const averageFieldLength: number[] = [];
  for (let i = 0; i < fieldCount; i++) {
    fields.push(reader.string());
    averageFieldLength.push(reader.float64());
  }
  const fieldLengthCodes = reader.bytes().slice();
  const languages = Array.from({ length: reader.varint() }, () => reader.string());
  const docLanguage = reader.bytes().slice();
  const termChunkStarts = Array.from({ length: reader.varint() }, () => reader.string());
  const endsChunkStarts = Array.from({ length: reader.varint() }, () => reader.string());
  const soundChunkStarts = Array.from({ length: reader.varint() }, () => reader.string());
  const documentNumbers = () => {
    let last = 0;
    return Array.from({ length: reader.varint() }, () => (last += reader.varint()));
  };
  const headChunkStarts = documentNumbers();
  const textChunkStarts = documentNumbers();
  if (fieldLengthCodes.length !== documentCount * fieldCount || docLanguage.length !== documentCount) {
    throw new FormatError('meta file lengths do not match its document count');
  }
  return { documentCount, fields, averageFieldLength, fieldLengthCodes, languages, docLanguage, termChunkStarts, endsChunkStarts, soundChunkStarts, headChunkStarts, textChunkStarts };
}
