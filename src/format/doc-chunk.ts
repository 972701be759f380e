import { ByteReader, ByteWriter } from './bytes.js';

/** What the document store keeps of a document: what a result shows, and the text for snippets. */
export interface StoredDocument {
  id: string;
  title: string;
  /** Full text, paragraphs separated by a blank line. */
  body: string;
  lang: string;
  url?: string;
  date?: string;
  source?: string;
}

/**
 * Document-store chunk layout: `varint count`, then per document the strings id, title, lang,
 * url, date, source, body ('' for a missing optional field). Chunks hold consecutive document
 * numbers; which chunk starts where is in the meta file.
 */
export function encodeDocChunk(docs: StoredDocument[]): Uint8Array {
  const out = new ByteWriter().varint(docs.length);
  for (const d of docs) {
    out.string(d.id).string(d.title).string(d.lang).string(d.url ?? '').string(d.date ?? '').string(d.source ?? '').string(d.body);
  }
  return out.finish();
}

/** Decodes a document-store chunk. */
export function decodeDocChunk(data: Uint8Array): StoredDocument[] {
  const reader = new ByteReader(data);
  const count = reader.varint();
  const docs: StoredDocument[] = [];
  for (let i = 0; i < count; i++) {
    const id = reader.string();
    const title = reader.string();
    const lang = reader.string();
    const url = reader.string();
    const date = reader.string();
    const source = reader.string();
    const body = reader.string();
    docs.push({ id, title, lang, body, ...(url && { url }), ...(date && { date }), ...(source && { source }) });
  }
  return docs;
}
