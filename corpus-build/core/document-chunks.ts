import { encodeHeadChunk, encodeTextChunk, type FileKind, type StoredDocument } from '../../src/format/index.js';
import type { IndexFiles, PackBuilder, StoredFile } from './index-files.js';

/** Chunks of one kind cut from documents in order: their files and first documents. */
export interface DocumentChunkList {
  files: Array<Promise<StoredFile>>;
  starts: number[];
}

/**
 * Cuts consecutive documents into chunks of about `targetBytes` (by `size`, an estimate before
 * compression) as they come: a chunk ends with the document that brings it to the target.
 */
class ChunkCutter {
  private held: StoredDocument[] = [];
  private heldBytes = 0;
  private first = 0;
  readonly list: DocumentChunkList = { files: [], starts: [] };

  constructor(
    private readonly files: IndexFiles,
    private readonly kind: FileKind,
    private readonly targetBytes: number,
    private readonly size: (d: StoredDocument) => number,
    private readonly encode: (docs: StoredDocument[]) => Uint8Array,
    private readonly packs?: PackBuilder,
  ) {}

  add(doc: number, d: StoredDocument): void {
    if (!this.held.length) this.first = doc;
    this.held.push(d);
    this.heldBytes += this.size(d);
    if (this.heldBytes >= this.targetBytes) this.cut();
  }

  cut(): void {
    if (!this.held.length) return;
    const file = this.files.add(this.kind, this.encode(this.held));
    this.list.starts.push(this.first);
    this.list.files.push(file);
    this.packs?.push(file);
    this.held = [];
    this.heldBytes = 0;
  }
}

/**
 * The document store, in two kinds of chunks of consecutive documents: heads (what a result
 * list shows) many to a chunk, and texts (what snippets are cut from) a few to a chunk.
 */
export class DocumentChunks {
  private readonly heads: ChunkCutter;
  private readonly texts: ChunkCutter;

  constructor(files: IndexFiles, options: { headChunkBytes: number; textChunkBytes: number; headPacks?: PackBuilder }) {
    // sizes in UTF-8 bytes, roughly: Arabic letters take two
    this.heads = new ChunkCutter(files, 'heads', options.headChunkBytes,
      (d) => (d.id.length + d.title.length + (d.url?.length ?? 0) + (d.source?.length ?? 0)) * 1.6 + 20, encodeHeadChunk, options.headPacks);
    this.texts = new ChunkCutter(files, 'texts', options.textChunkBytes, (d) => d.body.length * 1.6 + 4, (docs) => encodeTextChunk(docs.map((d) => d.body)));
  }

  /** Adds document `doc` (numbers ascend from 0). */
  add(doc: number, d: StoredDocument): void {
    this.heads.add(doc, d);
    this.texts.add(doc, d);
  }

  /** Cuts the last chunks; the lists of head and text chunks. */
  finish(): { heads: DocumentChunkList; texts: DocumentChunkList } {
    this.heads.cut();
    this.texts.cut();
    return { heads: this.heads.list, texts: this.texts.list };
  }
}
