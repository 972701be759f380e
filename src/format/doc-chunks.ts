import { ByteReader, ByteWriter, hashBytes, hexOf } from './bytes.js';

/** What a result shows besides its snippet: everything stored about a document but its text. */
export interface DocumentHead {
  id: string;
  title: string;
  lang: string;
  url?: string;
  date?: string;
  source?: string;
}

/** A document as the build stores it: its head and its full text. */
export interface StoredDocument extends DocumentHead {
  /** Full text, paragraphs separated by a blank line. */
  body: string;
}

/** A text chunk as a head chunk names it: its first document, and its file (see {@link HeadChunk}). */
export type TextChunkEntry = [firstDocument: number, hash: string, bytes: number];

/**
 * A head chunk: the heads of consecutive documents, and the text chunks that hold their texts.
 * Texts have no directory of their own: a result's text is always fetched after its head, which
 * names the text chunk (a million-document index has hundreds of thousands of text chunks).
 */
export interface HeadChunk {
  /** The text chunks holding these documents' texts, by first document, ascending. */
  texts: TextChunkEntry[];
  heads: DocumentHead[];
}

/**
 * Head chunk layout:
 *
 *   varint textChunkCount; per text chunk: varint firstDocument, 8 bytes of hash, varint bytes
 *   varint count; per document the strings id, title, lang, url, date, source ('' for a missing
 *   optional field)
 *
 * Heads are kept apart from the text so a result list can be painted from a few small chunks,
 * many documents each, before any text arrives.
 */
export function encodeHeadChunk({ texts, heads }: HeadChunk): Uint8Array {
  const out = new ByteWriter().varint(texts.length);
  for (const [first, hash, bytes] of texts) out.varint(first).raw(hashBytes(hash)).varint(bytes);
  out.varint(heads.length);
  for (const d of heads) out.string(d.id).string(d.title).string(d.lang).string(d.url ?? '').string(d.date ?? '').string(d.source ?? '');
  return out.finish();
}

/** Decodes a head chunk, every document's head. */
export function decodeHeadChunk(data: Uint8Array): HeadChunk {
  const view = new HeadChunkView(data);
  return { texts: view.texts, heads: Array.from({ length: view.length }, (_, i) => view.head(i)!) };
}

/** Strings per document in a head chunk: id, title, lang, url, date, source. */
const HEAD_FIELDS = 6;

/**
 * A head chunk read as results need it: its layout is checked and each document's place noted
 * when it is made, without decoding a string; a document's head is decoded when first asked
 * for. Preloading brings thousands of head chunks (3,100 at 100,000 documents) and a visitor
 * sees few of their documents: decoded at once, each chunk was about 200 objects for the
 * garbage collector to trace (a head and its strings per document) and 192 calls of
 * TextDecoder, where a result needs one head of it.
 */
export class HeadChunkView {
  /** The text chunks holding these documents' texts, by first document, ascending. */
  readonly texts: TextChunkEntry[];
  /** Where each document's strings start in the data. */
  private readonly starts: Uint32Array;
  private readonly heads = new Map<number, DocumentHead>();

  constructor(private readonly data: Uint8Array) {
    const reader = new ByteReader(data);
    this.texts = Array.from({ length: reader.varint() }, () => [reader.varint(), hexOf(reader.raw(8)), reader.varint()]);
    const starts = (this.starts = new Uint32Array(reader.varint()));
    for (let i = 0; i < starts.length; i++) {
      starts[i] = reader.position;
      for (let f = 0; f < HEAD_FIELDS; f++) reader.skip(reader.varint());
    }
  }

  /** Number of documents in the chunk. */
  get length(): number {
    return this.starts.length;
  }

  /** The head of the chunk's document at `index` (undefined outside the chunk). */
  head(index: number): DocumentHead | undefined {
    if (!(index >= 0 && index < this.starts.length)) return undefined;
    let head = this.heads.get(index);
    if (!head) {
      const reader = new ByteReader(this.data);
      reader.position = this.starts[index]!;
      const [id, title, lang, url, date, source] = Array.from({ length: HEAD_FIELDS }, () => reader.string()) as [string, string, string, string, string, string];
      head = { id, title, lang, ...(url && { url }), ...(date && { date }), ...(source && { source }) };
      this.heads.set(index, head);
    }
    return head;
  }
}

/** Text chunk layout: `varint count`, then each document's full text as a string. */
export function encodeTextChunk(texts: string[]): Uint8Array {
  const out = new ByteWriter().varint(texts.length);
  for (const text of texts) out.string(text);
  return out.finish();
}

/** Decodes a text chunk. */
export function decodeTextChunk(data: Uint8Array): string[] {
  const reader = new ByteReader(data);
  return Array.from({ length: reader.varint() }, () => reader.string());
}
