import { analyzeText } from '../../src/analyzer/index.js';
import { quantizeLength, type StoredDocument } from '../../src/format/index.js';
import { ByteReader, ByteWriter } from '../../src/format/bytes.js';
import type { RecordCodec } from './external-sort.js';
import { compareStrings, type FieldTerms } from './inverter.js';

/**
 * The fields every document is indexed by, in field-number order. `exact` holds the title's
 * words as written (normalized, not stemmed, clitics kept), so a document whose headline has
 * the very words typed outranks one that only shares their stems.
 */
export const FIELDS = ['title', 'body', 'exact'] as const;

/**
 * The field documents are numbered by the length of (within their language): its lengths need
 * no byte in any posting, they follow from a document's number (see Manifest.lengths). The body:
 * it has most of the postings.
 */
export const ORDER_FIELD = FIELDS.indexOf('body');

/** One field of a document, analyzed: its terms, and its length in tokens. */
export type AnalyzedField = FieldTerms & { length: number };

/** A document and its fields analyzed, as the build sorts them. */
export interface AnalyzedDocument {
  document: StoredDocument;
  fields: AnalyzedField[];
}

function surfaceField(text: string): AnalyzedField {
  const terms = new Map<string, number>();
  let length = 0;
  for (const token of analyzeText(text)) {
    if (token.hyphen === 'part') continue;
    length++;
    terms.set(token.norm, (terms.get(token.norm) ?? 0) + 1);
  }
  return { terms, clitics: [], length, lengthCode: quantizeLength(length) };
}

function analyzeField(text: string, indexStopWords: boolean): AnalyzedField {
  const terms = new Map<string, number>();
  const clitics: Array<[string, string]> = [];
  let length = 0;
  for (const token of analyzeText(text)) {
    // Stop words are indexed in titles only: a query of nothing but stop words still finds
    // something, and no body posting list covers nearly every document.
    const term = token.stem ?? (indexStopWords ? token.norm : null);
    if (term === null) continue;
    length++;
    terms.set(term, (terms.get(term) ?? 0) + 1);
    if (token.cliticStem && token.stem) clitics.push([token.cliticStem, token.stem]);
  }
  return { terms, clitics, length, lengthCode: quantizeLength(length) };
}

/** A document with its {@link FIELDS} analyzed. */
export function analyzeDocument(document: StoredDocument): AnalyzedDocument {
  return { document, fields: [analyzeField(document.title, true), analyzeField(document.body, false), surfaceField(document.title)] };
}

/**
 * The order documents are numbered in: by language (so each language's documents are one range
 * of numbers), then by the length code of the {@link ORDER_FIELD}, then by id.
 */
export function documentOrder(a: AnalyzedDocument, b: AnalyzedDocument): number {
  return compareStrings(a.document.lang, b.document.lang) || a.fields[ORDER_FIELD]!.lengthCode - b.fields[ORDER_FIELD]!.lengthCode ||
    compareStrings(a.document.id, b.document.id);
}

/**
 * Analyzed documents as sort records: id, title, body, language, URL, date, source ('' for a
 * missing one); then per field its length, its terms with their counts, its clitic pairs.
 */
export const analyzedDocumentCodec: RecordCodec<AnalyzedDocument> = {
  encode({ document: d, fields }) {
    const out = new ByteWriter().string(d.id).string(d.title).string(d.body).string(d.lang).string(d.url ?? '').string(d.date ?? '').string(d.source ?? '');
    for (const field of fields) {
      out.varint(field.length).varint(field.terms.size);
      for (const [term, count] of field.terms) out.string(term).varint(count);
      out.varint(field.clitics.length);
      for (const [cliticStem, stem] of field.clitics) out.string(cliticStem).string(stem);
    }
    return out.finish();
  },
  decode(record) {
    const reader = new ByteReader(record);
    const [id, title, body, lang, url, date, source] = Array.from({ length: 7 }, () => reader.string()) as [string, string, string, string, string, string, string];
    const fields = FIELDS.map((): AnalyzedField => {
      const length = reader.varint();
      const terms = new Map(Array.from({ length: reader.varint() }, () => [reader.string(), reader.varint()] as const));
      const clitics = Array.from({ length: reader.varint() }, (): [string, string] => [reader.string(), reader.string()]);
      return { terms, clitics, length, lengthCode: quantizeLength(length) };
    });
    return { document: { id, title, body, lang, ...(url && { url }), ...(date && { date }), ...(source && { source }) }, fields };
  },
  size: ({ document: d, fields }) => 2 * (d.id.length + d.title.length + d.body.length + (d.url?.length ?? 0) + (d.source?.length ?? 0)) + 200 +
    fields.reduce((n, f) => n + 60 * f.terms.size + 80 * f.clitics.length, 0),
};
