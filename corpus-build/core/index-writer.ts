import { analyzeText, ANALYZER_VERSION } from '../../src/analyzer/index.js';
import {
  FORMAT_VERSION, encodeMeta, encodeTermChunk, encodeEndsChunk, reverseTerm, quantizeLength, PACKED_KINDS,
  type Compressor, type Manifest, type PackFile, type StoredDocument, type TermPostings,
} from '../../src/format/index.js';
import { ByteReader, ByteWriter } from '../../src/format/bytes.js';
import { MINISEARCH_VERSION, BAHTH_VERSION } from '../../src/version.js';
import { termsWithReadings } from './clitic-readings.js';
import { DocumentChunks } from './document-chunks.js';
import { ExternalSorter, type RecordCodec } from './external-sort.js';
import { IndexFiles, PackBuilder, type IndexSink, type StoredFile } from './index-files.js';
import { compareStrings, Inverter, type FieldPostings, type FieldTerms } from './inverter.js';
import { memoryRunStore, type RunStore } from './runs.js';

/** A document ready to index: clean text and metadata, with a unique id and a language. */
export type IndexDocument = StoredDocument;

/** Options of {@link writeIndex} and {@link IndexBuilder}. */
export interface IndexWriterOptions {
  /** gzip implementation (Node: zlib level 9; browser: CompressionStream). */
  compress: Compressor;
  /** Target size of a term chunk before compression, in bytes (default 20 000: about 15 KB gzipped). */
  termChunkBytes?: number;
  /** Target size of a head chunk (titles, URLs, dates) before compression, in bytes (default 16 000: about 5 KB gzipped). */
  headChunkBytes?: number;
  /** Target size of a text chunk before compression, in bytes (default 24 000: about 9 KB gzipped). */
  textChunkBytes?: number;
  /** Target size of a word-ends chunk before compression, in bytes (default 16 000: about 6 KB gzipped). */
  endsChunkBytes?: number;
  /**
   * Target size of a preload pack (consecutive head, term or word-ends chunks in one file), in
   * bytes as stored (default 512 000; 0: no packs, and then the widget preloads nothing).
   */
  packBytes?: number;
}

/** How far a build has got, for a progress line: documents indexed, terms written. */
export type WriterProgress =
  | { step: 'index'; documents: number; total: number }
  | { step: 'terms'; terms: number }
  | { step: 'ends'; terms: number };

/** Where an {@link IndexBuilder} keeps what does not fit in memory, and where its files go. */
export interface BuildPlace {
  /** Sorted runs: in memory (default; never spills) or in files (the Node build). */
  store?: RunStore;
  /** Receives each file of the index as it is written (default: kept in memory and returned). */
  sink?: IndexSink;
  /** Called as documents are indexed and terms written. */
  onProgress?: (progress: WriterProgress) => void;
}

/** An index ready to be written out: the manifest and every file it names. */
export interface WrittenIndex {
  manifest: Manifest;
  files: Array<{ name: string; data: Uint8Array }>;
}

/**
 * The fields every document is indexed by, in field-number order. `exact` holds the title's
 * words as written (normalized, not stemmed, clitics kept), so a document whose headline has
 * the very words typed outranks one that only shares their stems.
 */
export const FIELDS = ['title', 'body', 'exact'] as const;

/** Progress is reported every this many documents or terms. */
const PROGRESS_EVERY = 10_000;

function surfaceField(text: string): FieldTerms & { length: number } {
  const terms = new Map<string, number>();
  let length = 0;
  for (const token of analyzeText(text)) {
    if (token.hyphen === 'part') continue;
    length++;
    terms.set(token.norm, (terms.get(token.norm) ?? 0) + 1);
  }
  return { terms, clitics: [], length, lengthCode: quantizeLength(length) };
}

function analyzeField(text: string, indexStopWords: boolean): FieldTerms & { length: number } {
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

/** Documents as sort records: id, title, body, language, URL, date, source ('' for a missing one). */
const documentCodec: RecordCodec<IndexDocument> = {
  encode: (d) => new ByteWriter().string(d.id).string(d.title).string(d.body).string(d.lang).string(d.url ?? '').string(d.date ?? '').string(d.source ?? '').finish(),
  decode(record) {
    const reader = new ByteReader(record);
    const [id, title, body, lang, url, date, source] = Array.from({ length: 7 }, () => reader.string()) as [string, string, string, string, string, string, string];
    return { id, title, body, lang, ...(url && { url }), ...(date && { date }), ...(source && { source }) };
  },
  size: (d) => 2 * (d.id.length + d.title.length + d.body.length + (d.url?.length ?? 0) + (d.source?.length ?? 0)) + 200,
};

const reversedCodec: RecordCodec<string> = {
  encode: (term) => new ByteWriter().string(term).finish(),
  decode: (record) => new ByteReader(record).string(),
  size: (term) => 2 * term.length + 60,
};

/**
 * Builds an index from documents added one at a time, in bounded memory when given a
 * spilling store: documents are sorted by id (spilled in runs past the store's budget), then
 * numbered in that order, analyzed, and their postings inverted in blocks spilled as sorted runs
 * and merged ({@link Inverter}); the merged, sorted terms are cut into term chunks as they come,
 * their reversed spellings sorted again into word-ends chunks, and the documents cut into head
 * and text chunks. Pure apart from its store and sink: no clock, no randomness, so the same
 * documents and options give byte-identical files whichever store holds the runs.
 */
export class IndexBuilder {
  private readonly documents: ExternalSorter<IndexDocument>;
  private count = 0;

  constructor(private readonly options: IndexWriterOptions, private readonly place: BuildPlace = {}) {
    this.documents = new ExternalSorter(place.store ?? memoryRunStore(), documentCodec, (a, b) => compareStrings(a.id, b.id));
  }

  /** Adds a document (ids must be unique). */
  async add(document: IndexDocument): Promise<void> {
    this.count++;
    await this.documents.add(document);
  }

  /** How many times the build spilled to its store (documents and postings), once finished. */
  spills = 0;
  /** Files written, once finished (not counting the manifest). */
  filesWritten = 0;

  /** Writes every file; returns the manifest and, without a sink, the files. */
  async finish(): Promise<WrittenIndex> {
    const { options, place } = this;
    const store = place.store ?? memoryRunStore();
    const termChunkBytes = options.termChunkBytes ?? 20_000;
    const headChunkBytes = options.headChunkBytes ?? 16_000;
    const textChunkBytes = options.textChunkBytes ?? 24_000;
    const endsChunkBytes = options.endsChunkBytes ?? 16_000;
    const packBytes = options.packBytes ?? 512_000;
    const kept: WrittenIndex['files'] = [];
    const files = new IndexFiles(options.compress, place.sink ?? ((name, data) => void kept.push({ name, data })));
    const packs = Object.fromEntries(PACKED_KINDS.map((kind) => [kind, new PackBuilder(files, packBytes)])) as Record<(typeof PACKED_KINDS)[number], PackBuilder>;
    const fieldCount = FIELDS.length;

    // Documents in id order: analyzed, their postings inverted, their stored text cut into chunks.
    const inverter = new Inverter(store, fieldCount);
    const chunks = new DocumentChunks(files, { headChunkBytes, textChunkBytes, headPacks: packs.heads });
    const fieldLengthCodes = new Uint8Array(this.count * fieldCount);
    const totalLength = new Array<number>(fieldCount).fill(0);
    const languageOf = new Uint8Array(this.count);
    const languageNumbers = new Map<string, number>();
    const languageCounts: Record<string, number> = {};
    let doc = 0;
    for await (const batch of this.documents.sorted()) {
      for (const d of batch) {
        const fields = [analyzeField(d.title, true), analyzeField(d.body, false), surfaceField(d.title)];
        fields.forEach((field, f) => {
          fieldLengthCodes[doc * fieldCount + f] = field.lengthCode;
          totalLength[f] += field.length;
        });
        if (!languageNumbers.has(d.lang)) languageNumbers.set(d.lang, languageNumbers.size);
        languageOf[doc] = languageNumbers.get(d.lang)!;
        languageCounts[d.lang] = (languageCounts[d.lang] ?? 0) + 1;
        await inverter.add(doc, fields);
        chunks.add(doc, d);
        await files.settle();
        await packs.heads.take();
        if (++doc % PROGRESS_EVERY === 0) place.onProgress?.({ step: 'index', documents: doc, total: this.count });
      }
    }
    inverter.finish();
    const documentCount = doc;
    const stored = chunks.finish();

    // Term chunks: sorted terms cut into runs of about termChunkBytes each; each term's
    // reversed spelling into a sorter for the word-ends chunks.
    const termFiles: Array<Promise<StoredFile>> = [];
    const termChunkStarts: string[] = [];
    const reversed = new ExternalSorter(store, reversedCodec, compareStrings);
    let run: Array<[string, TermPostings]> = [];
    let runBytes = 0;
    const flushTerms = async () => {
      if (!run.length) return;
      termChunkStarts.push(run[0]![0]);
      const file = files.add('terms', encodeTermChunk(run, fieldCount));
      termFiles.push(file);
      packs.terms.push(file);
      run = [];
      runBytes = 0;
      await files.settle();
      await packs.terms.take();
    };
    let terms = 0;
    for await (const batch of termsWithReadings(inverter, store)) {
      for (const [term, fields] of batch) {
        const entry = toTermPostings(fields);
        run.push([term, entry]);
        runBytes += term.length * 2 + 2 + entry.reduce((n, e) => n + (e ? e.docs.length * 1.3 : 0), 0);
        if (runBytes >= termChunkBytes) await flushTerms();
        await reversed.add(reverseTerm(term));
        if (++terms % (PROGRESS_EVERY * 10) === 0) place.onProgress?.({ step: 'terms', terms });
      }
    }
    await flushTerms();

    // Word-ends chunks: the same terms spelled backwards and sorted, about endsChunkBytes each.
    const endsFiles: Array<Promise<StoredFile>> = [];
    const endsChunkStarts: string[] = [];
    let ends: string[] = [];
    let endsBytes = 0;
    const flushEnds = async () => {
      if (!ends.length) return;
      endsChunkStarts.push(ends[0]!);
      const file = files.add('ends', encodeEndsChunk(ends));
      endsFiles.push(file);
      packs.ends.push(file);
      ends = [];
      endsBytes = 0;
      await files.settle();
      await packs.ends.take();
    };
    let endsCount = 0;
    for await (const batch of reversed.sorted()) {
      for (const term of batch) {
        ends.push(term);
        endsBytes += term.length * 2;
        if (endsBytes >= endsChunkBytes) await flushEnds();
        if (++endsCount % (PROGRESS_EVERY * 10) === 0) place.onProgress?.({ step: 'ends', terms: endsCount });
      }
    }
    await flushEnds();

    const languages = [...languageNumbers.keys()].sort();
    const renumber = Uint8Array.from(languageNumbers.keys(), (lang) => languages.indexOf(lang));
    const listed = async (list: Array<Promise<StoredFile>>) => (await Promise.all(list)).map(({ file }) => file);
    const meta = (await files.add('meta', encodeMeta({
      documentCount,
      fields: [...FIELDS],
      averageFieldLength: totalLength.map((t) => (documentCount ? t / documentCount : 0)),
      fieldLengthCodes,
      languages,
      docLanguage: languageOf.map((n) => renumber[n]!),
      termChunkStarts,
      endsChunkStarts,
      headChunkStarts: stored.heads.starts,
      textChunkStarts: stored.texts.starts,
    }))).file;

    const packFiles: PackFile[] = [];
    for (const kind of PACKED_KINDS) {
      for (const { first, count, file } of await packs[kind].finish()) packFiles.push([kind, first, count, file[0], file[1]]);
    }
    const manifest: Manifest = {
      format: FORMAT_VERSION,
      analyzer: ANALYZER_VERSION,
      generator: `bahth ${BAHTH_VERSION}`,
      minisearch: MINISEARCH_VERSION,
      documents: documentCount,
      languages: languageCounts,
      options: { fields: [...FIELDS], termChunkBytes, endsChunkBytes, headChunkBytes, textChunkBytes, packBytes },
      files: {
        meta,
        terms: await listed(termFiles),
        ends: await listed(endsFiles),
        heads: await listed(stored.heads.files),
        texts: await listed(stored.texts.files),
        packs: packFiles,
      },
    };
    await files.settle(0);
    this.spills = this.documents.spills + inverter.spills;
    this.filesWritten = files.written;
    return { manifest, files: kept };
  }
}

/** The postings as the term chunk format takes them. */
function toTermPostings(fields: Array<FieldPostings | undefined>): TermPostings {
  const out: TermPostings = [];
  fields.forEach((list, f) => {
    if (list?.docs.length) out[f] = { docs: list.docs, freqs: list.freqs };
  });
  return out;
}

/**
 * Builds every file of an index from documents, in memory. Pure: no file system, no clock, no
 * randomness, so the same documents and options always give byte-identical files.
 */
export async function writeIndex(documents: Iterable<IndexDocument>, options: IndexWriterOptions): Promise<WrittenIndex> {
  const builder = new IndexBuilder(options);
  for (const document of documents) await builder.add(document);
  return builder.finish();
}
