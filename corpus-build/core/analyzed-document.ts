import { analyzeText } from '../../src/analyzer/index.js';
import { quantizeLength, type StoredDocument } from '../../src/format/index.js';
import { ByteReader, ByteWriter } from '../../src/format/bytes.js';
import type { RecordCodec } from './external-sort.js';
import { compareStrings, type FieldTerms } from './inverter.js';
import type { SoundTableBuilder } from './sound-table.js';

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

/**
 * Words of a body that make its lead: a news article says what it is about in its first
 * sentences, and its body postings flag the terms found there (the searcher weighs them more
 * for keyword queries). About two sentences; on the development queries a lead of 20 or 60
 * words (tried as a field of its own) did less well than 40.
 */
export const LEAD_WORDS = 40;

function surfaceField(text: string): AnalyzedField {
  const terms = new Map<string, number>();
  let length = 0;
  for (const token of analyzeText(text)) {
    if (token.hyphen === 'part') continue;
    length++;
    terms.set(token.norm, (terms.get(token.norm) ?? 0) + 1);
  }
  return { terms, clitics: [], lead: new Set(), length, lengthCode: quantizeLength(length) };
}

/** The stems of a field's words; those of its first `leadWords` words (stop words count) make its lead. */
function analyzeField(text: string, indexStopWords: boolean, sounds: SoundTableBuilder, leadWords = 0): AnalyzedField {
  const terms = new Map<string, number>();
  const clitics: AnalyzedField['clitics'] = [];
  const lead = new Set<string>();
  let length = 0;
  let words = 0;
  const tokens = analyzeText(text);
  sounds.addText(text, tokens);
  for (const token of tokens) {
    // the parts of a hyphenated word come before it and are not words of their own
    const inLead = words < leadWords;
    if (token.hyphen !== 'part') words++;
    // Stop words are indexed in titles only: a query of nothing but stop words still finds
    // something, and no body posting list covers nearly every document.
    const term = token.stem ?? (indexStopWords ? token.norm : null);
    if (term === null) continue;
    length++;
    terms.set(term, (terms.get(term) ?? 0) + 1);
    if (inLead) lead.add(term);
    if (token.cliticStem && token.stem) clitics.push([token.cliticStem, token.stem, inLead]);
  }
  return { terms, clitics, lead, length, lengthCode: quantizeLength(length) };
}

/** A document with its {@link FIELDS} analyzed; its title's and body's words also go to the sound table. */
export function analyzeDocument(document: StoredDocument, sounds: SoundTableBuilder): AnalyzedDocument {
  const fields = [analyzeField(document.title, true, sounds), analyzeField(document.body, false, sounds, LEAD_WORDS), surfaceField(document.title)];
  sounds.endDocument();
  return { document, fields };
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
 * missing one); then per field its length, its terms with their counts and lead flags, its
 * clitic pairs with theirs.
 */
export const analyzedDocumentCodec: RecordCodec<AnalyzedDocument> = {
  encode({ document: d, fields }) {
    const out = new ByteWriter().string(d.id).string(d.title).string(d.body).string(d.lang).string(d.url ?? '').string(d.date ?? '').string(d.source ?? '');
    for (const field of fields) {
      out.varint(field.length).varint(field.terms.size);
      // a term's count doubled, plus one when it is in the lead
      for (const [term, count] of field.terms) out.string(term).varint(count * 2 + (field.lead.has(term) ? 1 : 0));
      out.varint(field.clitics.length);
      for (const [cliticStem, stem, inLead] of field.clitics) out.string(cliticStem).string(stem).varint(inLead ? 1 : 0);
    }
    return out.finish();
  },
  decode(record) {
    const reader = new ByteReader(record);
    const [id, title, body, lang, url, date, source] = Array.from({ length: 7 }, () => reader.string()) as [string, string, string, string, string, string, string];
    const fields = FIELDS.map((): AnalyzedField => {
      const length = reader.varint();
      const terms = new Map<string, number>();
      const lead = new Set<string>();
      for (let n = reader.varint(); n > 0; n--) {
        const term = reader.string();
        const packed = reader.varint();
        terms.set(term, packed >> 1);
        if (packed & 1) lead.add(term);
      }
      const clitics = Array.from({ length: reader.varint() }, (): [string, string, boolean] => [reader.string(), reader.string(), reader.varint() === 1]);
      return { terms, clitics, lead, length, lengthCode: quantizeLength(length) };
    });
    return { document: { id, title, body, lang, ...(url && { url }), ...(date && { date }), ...(source && { source }) }, fields };
  },
  size: ({ document: d, fields }) => 2 * (d.id.length + d.title.length + d.body.length + (d.url?.length ?? 0) + (d.source?.length ?? 0)) + 200 +
    fields.reduce((n, f) => n + 60 * f.terms.size + 80 * f.clitics.length, 0),
};
