import { analyzeText, ANALYZER_VERSION } from '../../src/analyzer/index.js';
import {
  FORMAT_VERSION, encodeMeta, encodeTermChunk, encodeEndsChunk, encodeSoundChunk, reverseTerm, encodeHeadChunk, encodeTextChunk, quantizeLength,
  fileName, concatBytes, PACKED_KINDS, type Compressor, type FileKind, type IndexFile, type Manifest, type PackFile, type StoredDocument, type TermPostings,
} from '../../src/format/index.js';
import { acceptCliticReading } from '../../src/search/clitic-rule.js';
import { SoundTableBuilder } from './sound-table.js';
import { MINISEARCH_VERSION, BAHTH_VERSION } from '../../src/version.js';

/** A document ready to index: clean text and metadata, with a unique id and a language. */
export type IndexDocument = StoredDocument;

/** Options of {@link writeIndex}. */
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
  /** Target size of a sound-table chunk before compression, in bytes (default 8 000: about 3 KB gzipped). */
  soundChunkBytes?: number;
  /**
   * Target size of a preload pack (consecutive head, term or word-ends chunks in one file), in
   * bytes as stored (default 512 000; 0: no packs, and then the widget preloads nothing).
   */
  packBytes?: number;
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

/**
 * Words of a body that make its lead: a news article says what it is about in its first
 * sentences, and its body postings flag the terms found there (the searcher weighs them more
 * for keyword queries). About two sentences; on the development queries a lead of 20 or 60
 * words (tried as a field of its own) did less well than 40.
 */
export const LEAD_WORDS = 40;

interface FieldTerms {
  /** stem → occurrences in this field */
  stems: Map<string, number>;
  /** [cliticStem, stem, in the lead] of each word that may carry a clitic */
  clitics: Array<[string, string, boolean]>;
  /** The terms found among the field's first `leadWords` words. */
  lead: Set<string>;
  length: number;
}

function surfaceField(text: string): FieldTerms {
  const stems = new Map<string, number>();
  let length = 0;
  for (const token of analyzeText(text)) {
    if (token.hyphen === 'part') continue;
    length++;
    stems.set(token.norm, (stems.get(token.norm) ?? 0) + 1);
  }
  return { stems, clitics: [], lead: new Set(), length };
}

/** The stems of a field's words; those of its first `leadWords` words (stop words count) make its lead. */
function analyzeField(text: string, indexStopWords: boolean, sounds: SoundTableBuilder, leadWords = 0): FieldTerms {
  const stems = new Map<string, number>();
  const clitics: FieldTerms['clitics'] = [];
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
    stems.set(term, (stems.get(term) ?? 0) + 1);
    if (inLead) lead.add(term);
    if (token.cliticStem && token.stem) clitics.push([token.cliticStem, token.stem, inLead]);
  }
  return { stems, clitics, lead, length };
}

/** The shortest beginning of `next` that sorts after `previous` (`previous < next`). */
function shortestSeparator(previous: string, next: string): string {
  let n = 1;
  while (next.slice(0, n) <= previous) n++;
  return next.slice(0, n);
}

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Builds every file of an index from documents. Pure: no file system, no clock, no randomness,
 * so the same documents and options always give byte-identical files.
 */
export async function writeIndex(documents: IndexDocument[], options: IndexWriterOptions): Promise<WrittenIndex> {
  const termChunkBytes = options.termChunkBytes ?? 20_000;
  const headChunkBytes = options.headChunkBytes ?? 16_000;
  const textChunkBytes = options.textChunkBytes ?? 24_000;
  const endsChunkBytes = options.endsChunkBytes ?? 16_000;
  const soundChunkBytes = options.soundChunkBytes ?? 8_000;
  const packBytes = options.packBytes ?? 512_000;
  const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const fieldCount = FIELDS.length;

  // Pass 1: analyze, and count in how many documents each stem occurs.
  const sounds = new SoundTableBuilder();
  const analyzed = docs.map((d) => {
    const fields = [analyzeField(d.title, true, sounds), analyzeField(d.body, false, sounds, LEAD_WORDS), surfaceField(d.title)];
    sounds.endDocument();
    return fields;
  });
  const documentFrequency = new Map<string, number>();
  for (const [title, body] of analyzed) {
    const seen = new Set<string>();
    for (const f of [title!, body!]) for (const stem of f.stems.keys()) seen.add(stem);
    for (const stem of seen) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const df = (term: string) => documentFrequency.get(term) ?? 0;

  // Pass 2: postings, adding the clitic-less reading of a word where the corpus says it is real.
  const postings = new Map<string, Array<{ docs: number[]; freqs: number[]; lead: number[] } | undefined>>();
  const fieldLengthCodes = new Uint8Array(docs.length * fieldCount);
  const totalLength = new Array<number>(fieldCount).fill(0);
  analyzed.forEach((fields, doc) => {
    fields.forEach((field, f) => {
      const terms = new Map(field.stems);
      const lead = new Set(field.lead);
      for (const [cliticStem, stem, inLead] of field.clitics) {
        if (!acceptCliticReading(df(cliticStem), df(stem))) continue;
        terms.set(cliticStem, (terms.get(cliticStem) ?? 0) + 1);
        if (inLead) lead.add(cliticStem);
      }
      for (const [term, freq] of terms) {
        let entry = postings.get(term);
        if (!entry) postings.set(term, (entry = []));
        const list = (entry[f] ??= { docs: [], freqs: [], lead: [] });
        list.docs.push(doc);
        list.freqs.push(freq);
        list.lead.push(lead.has(term) ? 1 : 0);
      }
      fieldLengthCodes[doc * fieldCount + f] = quantizeLength(field.length);
      totalLength[f] += field.length;
    });
  });

  const files: WrittenIndex['files'] = [];
  const addStored = async (kind: FileKind, data: Uint8Array): Promise<IndexFile> => {
    const file: IndexFile = [(await sha256Hex(data)).slice(0, 16), data.length];
    files.push({ name: fileName(kind, file), data });
    return file;
  };
  const addFile = async (kind: FileKind, raw: Uint8Array): Promise<IndexFile> => addStored(kind, await options.compress(raw));

  // Term chunks: sorted terms cut into runs of about termChunkBytes each.
  const sortedTerms = [...postings.keys()].sort();
  const termFiles: IndexFile[] = [];
  const termChunkStarts: string[] = [];
  let run: Array<[string, TermPostings]> = [];
  let runBytes = 0;
  const flushTerms = async () => {
    if (!run.length) return;
    termChunkStarts.push(run[0]![0]);
    termFiles.push(await addFile('terms', encodeTermChunk(run, fieldCount)));
    run = [];
    runBytes = 0;
  };
  for (const term of sortedTerms) {
    const entry = postings.get(term)!;
    run.push([term, entry]);
    runBytes += term.length * 2 + 2 + entry.reduce((n, e) => n + (e ? e.docs.length * 1.3 : 0), 0);
    if (runBytes >= termChunkBytes) await flushTerms();
  }
  await flushTerms();

  // Word-ends chunks: the same terms spelled backwards and sorted, about endsChunkBytes each.
  const endsFiles: IndexFile[] = [];
  const endsChunkStarts: string[] = [];
  const reversed = sortedTerms.map(reverseTerm).sort();
  for (let start = 0; start < reversed.length; ) {
    let end = start;
    let bytes = 0;
    while (end < reversed.length && (end === start || bytes < endsChunkBytes)) bytes += reversed[end++]!.length * 2;
    endsChunkStarts.push(reversed[start]!);
    endsFiles.push(await addFile('ends', encodeEndsChunk(reversed.slice(start, end))));
    start = end;
  }

  // Sound-table chunks: the cross-script lookups (sound keys, names, aliases), about soundChunkBytes each.
  const soundFiles: IndexFile[] = [];
  const soundChunkStarts: string[] = [];
  const soundEntries = sounds.entries(df);
  for (let start = 0; start < soundEntries.length; ) {
    let end = start;
    let bytes = 0;
    while (end < soundEntries.length && (end === start || bytes < soundChunkBytes)) bytes += soundEntries[end++]!.length * 2;
    // the shortest start that still comes after the previous chunk's last entry: the meta file, which
    // every visitor fetches, holds one per chunk
    soundChunkStarts.push(start ? shortestSeparator(soundEntries[start - 1]!, soundEntries[start]!) : soundEntries[0]!);
    soundFiles.push(await addFile('sounds', encodeSoundChunk(soundEntries.slice(start, end))));
    start = end;
  }

  // The document store, in two kinds of chunks of consecutive documents: heads (what a result
  // list shows) many to a chunk, and texts (what snippets are cut from) a few to a chunk.
  const cutDocuments = async (kind: FileKind, targetBytes: number, size: (d: IndexDocument) => number,
    encode: (slice: IndexDocument[]) => Uint8Array) => {
    const files: IndexFile[] = [];
    const starts: number[] = [];
    for (let start = 0; start < docs.length; ) {
      let end = start;
      let bytes = 0;
      while (end < docs.length && (end === start || bytes < targetBytes)) bytes += size(docs[end++]!);
      starts.push(start);
      files.push(await addFile(kind, encode(docs.slice(start, end))));
      start = end;
    }
    return { files, starts };
  };
  // sizes in UTF-8 bytes, roughly: Arabic letters take two
  const heads = await cutDocuments('heads', headChunkBytes,
    (d) => (d.id.length + d.title.length + (d.url?.length ?? 0) + (d.source?.length ?? 0)) * 1.6 + 20, encodeHeadChunk);
  const texts = await cutDocuments('texts', textChunkBytes, (d) => d.body.length * 1.6 + 4, (slice) => encodeTextChunk(slice.map((d) => d.body)));

  const languages = [...new Set(docs.map((d) => d.lang))].sort();
  const languageCounts: Record<string, number> = {};
  for (const d of docs) languageCounts[d.lang] = (languageCounts[d.lang] ?? 0) + 1;
  const meta = await addFile('meta', encodeMeta({
    documentCount: docs.length,
    fields: [...FIELDS],
    averageFieldLength: totalLength.map((t) => (docs.length ? t / docs.length : 0)),
    fieldLengthCodes,
    languages,
    docLanguage: Uint8Array.from(docs, (d) => languages.indexOf(d.lang)),
    termChunkStarts,
    endsChunkStarts,
    soundChunkStarts,
    headChunkStarts: heads.starts,
    textChunkStarts: texts.starts,
  }));

  // Preload packs: runs of consecutive chunks of each kind, their stored files concatenated.
  const chunkFiles = { heads: heads.files, terms: termFiles, ends: endsFiles, sounds: soundFiles };
  const dataOf = new Map(files.map(({ name, data }) => [name, data]));
  const packs: PackFile[] = [];
  for (const kind of packBytes > 0 ? PACKED_KINDS : []) {
    const list = chunkFiles[kind];
    for (let first = 0; first < list.length;) {
      let end = first;
      let bytes = 0;
      while (end < list.length && (end === first || bytes + list[end]![1] <= packBytes)) bytes += list[end++]![1];
      const data = concatBytes(list.slice(first, end).map((file) => dataOf.get(fileName(kind, file))!));
      const [hash] = await addStored('packs', data);
      packs.push([kind, first, end - first, hash, data.length]);
      first = end;
    }
  }

  const manifest: Manifest = {
    format: FORMAT_VERSION,
    analyzer: ANALYZER_VERSION,
    generator: `bahth ${BAHTH_VERSION}`,
    minisearch: MINISEARCH_VERSION,
    documents: docs.length,
    languages: languageCounts,
    options: { fields: [...FIELDS], termChunkBytes, endsChunkBytes, soundChunkBytes, headChunkBytes, textChunkBytes, packBytes },
    files: { meta, terms: termFiles, ends: endsFiles, sounds: soundFiles, heads: heads.files, texts: texts.files, packs },
  };
  return { manifest, files };
}
