import { encodeHeadChunk, encodeTextChunk, type DocumentHead, type StoredDocument, type TextChunkEntry } from '../../src/format/index.js';
import type { DirectoryBuilder } from './directory-builder.js';
import type { IndexFiles, StoredFile } from './index-files.js';

/**
 * Most documents to a head chunk: a result costs its whole head chunk, so where heads are short
 * (no source, short URLs) a chunk of the target size would hold over a hundred of them, and each
 * result would cost twice what it does where heads are long.
 */
const HEAD_CHUNK_DOCUMENTS = 32;

/** Documents held until their chunk is full: a chunk ends with the document that brings it to its target size or count. */
class Run<T> {
  items: T[] = [];
  first = 0;
  bytes = 0;

  /** Adds document `doc`'s part; whether the chunk is now full. */
  add(doc: number, item: T, size: number, target: number, most = Infinity): boolean {
    if (!this.items.length) this.first = doc;
    this.items.push(item);
    this.bytes += size;
    return this.bytes >= target || this.items.length >= most;
  }

  /** The documents held, and the run emptied. */
  take(): { first: number; items: T[] } {
    const taken = { first: this.first, items: this.items };
    this.items = [];
    this.bytes = 0;
    return taken;
  }
}

/** A text chunk written or on its way: its documents and file. */
interface TextChunk {
  first: number;
  last: number;
  file: Promise<StoredFile>;
}

/**
 * The document store, in two kinds of chunks of consecutive documents: heads (what a result
 * list shows) many to a chunk, and texts (what snippets are cut from) a few to a chunk. Each
 * head chunk names the text chunks of its documents, so texts need no directory: a head chunk is
 * written once the text chunk of its last document is cut. Sizes are estimated before
 * compression, in UTF-8 bytes, roughly (Arabic letters take two).
 */
export class DocumentChunks {
  private readonly heads = new Run<DocumentHead>();
  private readonly texts = new Run<string>();
  /** Text chunks cut whose documents' head chunk is not written yet, in order. */
  private textChunks: TextChunk[] = [];
  /** Head chunks cut, waiting for the text chunk of their last document. */
  private waiting: Array<{ first: number; last: number; heads: DocumentHead[] }> = [];

  constructor(
    private readonly files: IndexFiles,
    private readonly headDirectory: DirectoryBuilder,
    private readonly options: { headChunkBytes: number; textChunkBytes: number },
  ) {}

  /** Adds document `doc` (numbers ascend from 0). */
  add(doc: number, d: StoredDocument): void {
    const { body, ...head } = d;
    const headBytes = (d.id.length + d.title.length + (d.url?.length ?? 0) + (d.source?.length ?? 0)) * 1.6 + 20;
    if (this.heads.add(doc, head, headBytes, this.options.headChunkBytes, HEAD_CHUNK_DOCUMENTS)) this.cutHeads(doc);
    if (this.texts.add(doc, body, body.length * 1.6 + 4, this.options.textChunkBytes)) this.cutTexts(doc);
  }

  private cutTexts(last: number): void {
    const { first, items } = this.texts.take();
    if (items.length) this.textChunks.push({ first, last, file: this.files.add('texts', encodeTextChunk(items)) });
    this.writeHeads(last);
  }

  private cutHeads(last: number): void {
    const { first, items } = this.heads.take();
    if (!items.length) return;
    this.waiting.push({ first, last, heads: items });
  }

  /** Writes the head chunks whose documents' texts are all in chunks cut, up to document `textsUpTo`. */
  private writeHeads(textsUpTo: number): void {
    while (this.waiting.length && this.waiting[0]!.last <= textsUpTo) {
      const { first, last, heads } = this.waiting.shift()!;
      const ofThese = this.textChunks.filter((chunk) => chunk.last >= first && chunk.first <= last);
      const file = Promise.all(ofThese.map((chunk) => chunk.file)).then((stored) => {
        const texts = stored.map(({ file: [hash, bytes] }, i): TextChunkEntry => [ofThese[i]!.first, hash, bytes]);
        return this.files.add('heads', encodeHeadChunk({ texts, heads }));
      });
      this.headDirectory.add(first, file);
      // the next head chunk starts after `last`: text chunks ending before it are done with
      this.textChunks = this.textChunks.filter((chunk) => chunk.last > last);
    }
  }

  /** Packs the head chunks written so far (see DirectoryBuilder.take). */
  take(): Promise<void> {
    return this.headDirectory.take();
  }

  /** Cuts the last chunks, and writes the head chunks still waiting. */
  finish(lastDocument: number): void {
    this.cutHeads(lastDocument);
    this.cutTexts(lastDocument);
  }
}
