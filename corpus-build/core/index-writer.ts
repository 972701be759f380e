import { ANALYZER_VERSION } from '../../src/analyzer/index.js';
import {
  FORMAT_VERSION, encodeTermChunk, encodePostings, encodeEndsChunk, lengthCodesOf, reverseTerm, PAGE_ENTRIES, ROOT_ENTRIES,
  type Compressor, type Manifest, type StoredDocument, type TermPostings,
} from '../../src/format/index.js';
import { analyzeDocument, analyzedDocumentCodec, documentOrder, FIELDS, ORDER_FIELD, type AnalyzedDocument } from './analyzed-document.js';
import { MINISEARCH_VERSION, BAHTH_VERSION } from '../../src/version.js';
import { termsWithReadings } from './clitic-readings.js';
import { DirectoryBuilder } from './directory-builder.js';
import { DocumentChunks } from './document-chunks.js';
import { ExternalSorter, stringCodec } from './external-sort.js';
import { IndexFiles, type IndexSink } from './index-files.js';
import { KeyedChunks } from './keyed-chunks.js';
import { compareStrings, Inverter } from './inverter.js';
import { memoryRunStore, type RunStore } from './runs.js';
import type { SortedSource } from './merge-runs.js';
import { SoundTableBuilder } from './sound-table.js';
import { DEFAULT_SPLIT, splitTermPostings, type FieldShape, type SplitPostings } from './split-postings.js';
import { lengthNormsByCode } from '../../src/search/scoring.js';

/** A document ready to index: clean text and metadata, with a unique id and a language. */
export type IndexDocument = StoredDocument;

/** Options of {@link writeIndex} and {@link IndexBuilder}. */
export interface IndexWriterOptions {
  /** gzip implementation (Node: zlib level 9; browser: CompressionStream). */
  compress: Compressor;
  /** Target size of a term chunk before compression, in bytes (default 20 000: about 12 KB gzipped). */
  termChunkBytes?: number;
  /** Target size of a head chunk (titles, URLs, dates) before compression, in bytes (default 16 000: about 5 KB gzipped). */
  headChunkBytes?: number;
  /** Target size of a text chunk before compression, in bytes (default 24 000: about 9 KB gzipped). */
  textChunkBytes?: number;
  /** Target size of a word-ends chunk before compression, in bytes (default 16 000: about 6 KB gzipped). */
  endsChunkBytes?: number;
  /** Target size of a sound-table chunk before compression, in bytes (default 8 000: about 3 KB gzipped). */
  soundChunkBytes?: number;
  /**
   * Target size of a preload pack (consecutive head, term, word-ends or sound-table chunks in one
   * file), in bytes as stored (default 128 000; 0: no packs, and then the widget preloads nothing).
   * Queries read a run of term chunks through its pack too, when the run is half of it or more:
   * smaller packs serve more runs, at a few more requests for the preload.
   */
  packBytes?: number;
  /** Entries of a directory page (default PAGE_ENTRIES, 128; tests make small directories page). */
  pageEntries?: number;
  /** Entries of a directory's top, in the manifest (default ROOT_ENTRIES, 256). */
  rootEntries?: number;
  /**
   * Which postings are split into those kept in the term chunk and tail blocks (default
   * DEFAULT_SPLIT: a word's postings in a field holding it in more than 150,000 documents; tests
   * split small ones).
   */
  splitPostings?: SplitPostings;
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

export { FIELDS, LEAD_WORDS } from './analyzed-document.js';

/** Progress is reported every this many documents or terms. */
const PROGRESS_EVERY = 10_000;

/**
 * Builds an index from documents added one at a time, in bounded memory when given a
 * spilling store: documents are analyzed as they come and sorted ({@link documentOrder},
 * spilled in runs past the store's budget), then numbered in that order; their postings are
 * inverted in blocks spilled as sorted runs and merged ({@link Inverter}); the merged, sorted
 * terms are cut into term chunks as they come, their reversed spellings sorted again into
 * word-ends chunks, the documents cut into head and text chunks, and the sound table (gathered
 * in memory as documents are analyzed) cut into sound-table chunks last. Pure apart from its store
 * and sink: no clock, no randomness, so the same documents and options give byte-identical
 * files whichever store holds the runs.
 */
export class IndexBuilder {
  private readonly documents: ExternalSorter<AnalyzedDocument>;
  /** The cross-script lookups, gathered as documents come (their records spill to the store like the documents). */
  private readonly sounds: SoundTableBuilder;
  private count = 0;

  constructor(private readonly options: IndexWriterOptions, private readonly place: BuildPlace = {}) {
    this.documents = new ExternalSorter(place.store ?? memoryRunStore(), analyzedDocumentCodec, documentOrder);
    this.sounds = new SoundTableBuilder(place.store);
  }

  /** Adds a document (ids must be unique). */
  async add(document: IndexDocument): Promise<void> {
    this.count++;
    await this.documents.add(analyzeDocument(document, this.sounds));
    await this.sounds.flush();
  }

  /** How many times the build spilled to its store (documents and postings), once finished. */
  spills = 0;
  /** Files written, once finished (not counting the manifest). */
  filesWritten = 0;

  /** Writes every file; returns the manifest and, without a sink, the files. */
  async finish(): Promise<WrittenIndex> {
    const { options, place } = this;
    const store = place.store ?? memoryRunStore();
    const termChunkBytes = options.termChunkBytes ?? 12_000;
    const headChunkBytes = options.headChunkBytes ?? 8_000;
    const textChunkBytes = options.textChunkBytes ?? 24_000;
    const endsChunkBytes = options.endsChunkBytes ?? 16_000;
    const soundChunkBytes = options.soundChunkBytes ?? 8_000;
    const packBytes = options.packBytes ?? 128_000;
    const kept: WrittenIndex['files'] = [];
    const files = new IndexFiles(options.compress, place.sink ?? ((name, data) => void kept.push({ name, data })));
    const shape = { packBytes, pageEntries: options.pageEntries ?? PAGE_ENTRIES, rootEntries: options.rootEntries ?? ROOT_ENTRIES };
    const directories = {
      terms: new DirectoryBuilder<string>(files, shape),
      ends: new DirectoryBuilder<string>(files, shape),
      heads: new DirectoryBuilder<number>(files, shape),
      sounds: new DirectoryBuilder<string>(files, shape),
    };
    // the order field's lengths follow from document numbers: its postings carry none
    const withLengths = FIELDS.map((_, f) => f !== ORDER_FIELD);

    const inverter = new Inverter(store, FIELDS.length, [FIELDS.indexOf('title'), FIELDS.indexOf('body')]);
    const collection = await this.indexDocuments(inverter, new DocumentChunks(files, directories.heads, { headChunkBytes, textChunkBytes }), files);
    const reversed = new ExternalSorter(store, stringCodec, compareStrings);
    // the clitic readings the corpus accepted, as `stem NUL clitic-less stem`: the sound table reads a word's clitic off where the index does
    const readings = new Set<string>();
    const shapes: FieldShape[] = FIELDS.map((_, f) => ({
      norms: lengthNormsByCode(collection.documents ? collection.totalLength[f]! / collection.documents : 0),
      ...(f === ORDER_FIELD && { lengthCodes: lengthCodesOf(collection.lengthRuns, collection.documents) }),
    }));
    const split = { files, shapes, withLengths, options: options.splitPostings ?? DEFAULT_SPLIT, any: false };
    await this.writeTerms(termsWithReadings(inverter, store, (stem, cliticStem) => readings.add(`${stem}\u0000${cliticStem}`)),
      new KeyedChunks(files, 'terms', directories.terms, termChunkBytes, (terms: Array<[string, Uint8Array, number?]>) => encodeTermChunk(terms, withLengths)), reversed, split);
    await this.writeEnds(reversed.sorted(), new KeyedChunks(files, 'ends', directories.ends, endsChunkBytes, encodeEndsChunk));
    await this.writeSounds(this.sounds.entries((stem, cliticStem) => readings.has(`${stem}\u0000${cliticStem}`)),
      // a sound-table chunk has a word-ends chunk's layout (src/format/sound-chunk.ts)
      new KeyedChunks(files, 'sounds', directories.sounds, soundChunkBytes, encodeEndsChunk));

    const tops = {
      terms: await directories.terms.finish(), ends: await directories.ends.finish(), heads: await directories.heads.finish(), sounds: await directories.sounds.finish(),
    };
    await files.settle(0);
    const { documents, totalLength, languages, lengthRuns } = collection;
    const manifest: Manifest = {
      format: FORMAT_VERSION,
      analyzer: ANALYZER_VERSION,
      generator: `bahth ${BAHTH_VERSION}`,
      minisearch: MINISEARCH_VERSION,
      documents,
      size: files.bytes,
      languages,
      fields: FIELDS.map((name, f) => [name, documents ? totalLength[f]! / documents : 0]),
      lengths: { field: ORDER_FIELD, runs: lengthRuns },
      options: { termChunkBytes, endsChunkBytes, soundChunkBytes, headChunkBytes, textChunkBytes, packBytes, pageEntries: shape.pageEntries, rootEntries: shape.rootEntries },
      directories: tops,
      ...(split.any && { split: true as const }),
    };
    this.spills = this.documents.spills + inverter.spills;
    this.filesWritten = files.written;
    return { manifest, files: kept };
  }

  /**
   * The documents in order, numbered: their postings to the inverter, their heads and texts cut
   * into chunks. Returns what the manifest says about the whole collection.
   */
  private async indexDocuments(inverter: Inverter, chunks: DocumentChunks, files: IndexFiles) {
    const totalLength = new Array<number>(FIELDS.length).fill(0);
    const languages: Array<[string, number]> = [];
    // runs of documents of one language and one length code of the order field
    const lengthRuns: Array<[number, number]> = [];
    let doc = 0;
    let last: AnalyzedDocument | undefined;
    for await (const batch of this.documents.sorted()) {
      for (const analyzed of batch) {
        const { document: d, fields } = analyzed;
        fields.forEach((field, f) => (totalLength[f] += field.length));
        if (languages[languages.length - 1]?.[0] === d.lang) languages[languages.length - 1]![1]++;
        else languages.push([d.lang, 1]);
        const code = fields[ORDER_FIELD]!.lengthCode;
        if (last?.document.lang === d.lang && last.fields[ORDER_FIELD]!.lengthCode === code) lengthRuns[lengthRuns.length - 1]![1]++;
        else lengthRuns.push([code, 1]);
        last = analyzed;
        await inverter.add(doc, fields);
        chunks.add(doc, d);
        await files.settle();
        await chunks.take();
        if (++doc % PROGRESS_EVERY === 0) this.place.onProgress?.({ step: 'index', documents: doc, total: this.count });
      }
    }
    inverter.finish();
    chunks.finish(doc - 1);
    return { documents: doc, totalLength, languages, lengthRuns };
  }

  /** The sorted terms into term chunks, each term's reversed spelling into `reversed` (for the word-ends chunks). */
  private async writeTerms(terms: AsyncIterable<Array<[string, TermPostings]>>, chunks: KeyedChunks<[string, Uint8Array, number?]>,
    reversed: ExternalSorter<string>, split: { files: IndexFiles; shapes: FieldShape[]; withLengths: boolean[]; options: SplitPostings; any: boolean }): Promise<void> {
    let count = 0;
    for await (const batch of terms) {
      for (const [term, fields] of batch) {
        const kept = await splitTermPostings(fields, split.shapes, split.withLengths, split.options, split.files);
        const postings = encodePostings(kept, split.withLengths);
        // a split term's chunk records its postings' whole size: the searcher reads frequencies from sizes
        const entry: [string, Uint8Array, number?] = kept === fields ? [term, postings] : [term, postings, encodePostings(fields, split.withLengths).length];
        if (kept !== fields) split.any = true;
        await chunks.add(term, entry, postings.length + 2 * term.length);
        await reversed.add(reverseTerm(term));
        if (++count % (PROGRESS_EVERY * 10) === 0) this.place.onProgress?.({ step: 'terms', terms: count });
      }
    }
    await chunks.cut();
  }

  /** The reversed terms, sorted, into word-ends chunks. */
  private async writeEnds(reversed: AsyncIterable<string[]>, chunks: KeyedChunks<string>): Promise<void> {
    let count = 0;
    for await (const batch of reversed) {
      for (const term of batch) {
        await chunks.add(term, term, 2 * term.length);
        if (++count % (PROGRESS_EVERY * 10) === 0) this.place.onProgress?.({ step: 'ends', terms: count });
      }
    }
    await chunks.cut();
  }

  /**
   * The sound table's sorted entries into sound-table chunks, each listed by the shortest
   * beginning of its first entry that sorts after the previous chunk's last: a lookup is an
   * entry's beginning, and a directory's keys are best short.
   */
  private async writeSounds(entries: SortedSource<string>, chunks: KeyedChunks<string>): Promise<void> {
    let previous: string | undefined;
    for await (const batch of entries) {
      for (const entry of batch) {
        await chunks.add(previous === undefined ? entry : shortestSeparator(previous, entry), entry, 2 * entry.length);
        previous = entry;
      }
    }
    await chunks.cut();
  }
}

/** The shortest beginning of `next` that sorts after `previous` (`previous < next`). */
function shortestSeparator(previous: string, next: string): string {
  let n = 1;
  while (next.slice(0, n) <= previous) n++;
  return next.slice(0, n);
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
