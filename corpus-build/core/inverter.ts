import { ByteReader, ByteWriter } from '../../src/format/bytes.js';
import { decodedRun, inMemory, mergeSorted, type SortedSource } from './merge-runs.js';
import type { Run, RunStore } from './runs.js';

/** One field of one document, analyzed: what {@link Inverter.add} takes. */
export interface FieldTerms {
  /** term → occurrences in this field */
  terms: Map<string, number>;
  /**
   * [cliticStem, stem] of each word that may carry a clitic (و ف ب ك ل), one per occurrence:
   * the clitic-less reading is indexed only where the corpus supports it, which is known once
   * every document is in (see clitic-readings.ts).
   */
  clitics: Array<[cliticStem: string, stem: string, inLead: boolean]>;
  /** The terms among the field's first words (its lead: see LEAD_WORDS in analyzed-document.ts). */
  lead: Set<string>;
  /** The field's length code (quantizeLength of its token count). */
  lengthCode: number;
}

/** Postings of one term in one field, document numbers ascending. */
export interface FieldPostings {
  docs: number[];
  freqs: number[];
  /** 1 where the term is in the lead of this field of the document, else 0. */
  lead: number[];
  /** The length code of this field of each document. */
  lengths: number[];
}

/** Numbers per conditional posting in {@link ConditionalPostings.entries}. */
export const CONDITIONAL_ENTRY = 5;

/**
 * A term's clitic-less readings waiting for the corpus's verdict, in document order: each is an
 * occurrence count of the term read off `stems[i]` (the word with its clitic) in field
 * `entries[5i]` of document `entries[5i + 1]`: count `entries[5i + 2]`, length code
 * `entries[5i + 3]`, and 1 in `entries[5i + 4]` when one of those occurrences is in the lead.
 */
export interface ConditionalPostings {
  stems: string[];
  entries: number[];
}

/** A term and its postings as the inverter has them: per field, and its conditional ones. */
export interface InvertedTerm {
  term: string;
  fields: Array<FieldPostings | undefined>;
  conditional?: ConditionalPostings;
}

// Estimated memory of what a block holds, to know when to spill: numbers in JS arrays take 8
// bytes and the arrays grow by half again; a term costs its map entry and objects.
const BYTES_PER_POSTING = 40;
const BYTES_PER_TERM = 200;
const BYTES_PER_CONDITIONAL = 60;

/**
 * Inverts documents into postings in bounded memory (single-pass in-memory indexing, as Lucene
 * does): documents come in numbered in order; their postings gather in a block until the store's
 * spill budget, when the block is written as a run sorted by term; {@link terms} merges the runs
 * back into one sorted stream. Alongside, each block writes the document frequency of its terms
 * and the (stem, clitic-less stem) pairs it saw, for the clitic readings' verdicts.
 */
export class Inverter {
  private block = new Map<string, InvertedTerm>();
  private blockPairs = new Set<string>();
  private blockBytes = 0;
  private readonly termRuns: Run[] = [];
  private readonly frequencyRuns: Run[] = [];
  private readonly pairRuns: Run[] = [];
  /** The last block, sorted, kept in memory instead of written out (see {@link finish}). */
  private last?: { terms: InvertedTerm[]; frequencies: Array<[string, number]>; pairs: Array<[string, string]> };

  /**
   * `frequencyFields`: the two fields whose terms count toward a term's document frequency
   * (title and body, not the exact-form field), as the clitic rule counts it.
   */
  constructor(private readonly store: RunStore, private readonly fieldCount: number, private readonly frequencyFields: readonly [number, number]) {}

  /** In how many documents the term is in a frequency field (the postings of each ascend). */
  documentFrequency(fields: ReadonlyArray<FieldPostings | undefined>): number {
    const [a, b] = this.frequencyFields.map((f) => fields[f]?.docs ?? []) as [number[], number[]];
    let count = 0;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = i < a.length ? a[i]! : Infinity;
      const y = j < b.length ? b[j]! : Infinity;
      if (x <= y) i++;
      if (y <= x) j++;
      count++;
    }
    return count;
  }

  /** Adds document `doc` (numbers must ascend): one {@link FieldTerms} per field. */
  async add(doc: number, fields: FieldTerms[]): Promise<void> {
    fields.forEach((field, f) => {
      for (const [term, freq] of field.terms) {
        const list = ((this.entry(term).fields[f]) ??= { docs: [], freqs: [], lead: [], lengths: [] });
        list.docs.push(doc);
        list.freqs.push(freq);
        list.lead.push(field.lead.has(term) ? 1 : 0);
        list.lengths.push(field.lengthCode);
        this.blockBytes += BYTES_PER_POSTING;
      }
      // one conditional posting per (clitic-less stem, stem) with its count in this field, and whether one is in the lead
      const counts = new Map<string, [count: number, lead: number]>();
      for (const [cliticStem, stem, inLead] of field.clitics) {
        const key = `${cliticStem}\u0000${stem}`;
        const seen = counts.get(key);
        counts.set(key, [(seen?.[0] ?? 0) + 1, (seen?.[1] ?? 0) | (inLead ? 1 : 0)]);
      }
      for (const [key, [count, lead]] of counts) {
        const [cliticStem, stem] = key.split('\u0000') as [string, string];
        const conditional = (this.entry(cliticStem).conditional ??= { stems: [], entries: [] });
        conditional.stems.push(stem);
        conditional.entries.push(f, doc, count, field.lengthCode, lead);
        this.blockPairs.add(`${stem}\u0000${cliticStem}`);
        this.blockBytes += BYTES_PER_CONDITIONAL;
      }
    });
    if (this.blockBytes >= this.store.spillBytes) await this.spill();
  }

  private entry(term: string): InvertedTerm {
    let entry = this.block.get(term);
    if (!entry) {
      this.block.set(term, (entry = { term, fields: [] }));
      this.blockBytes += BYTES_PER_TERM + term.length * 2;
    }
    return entry;
  }

  /** The block sorted: its terms with postings, their document frequencies, its clitic pairs. Empties the block. */
  private takeBlock() {
    const terms = [...this.block.keys()].sort().map((term) => this.block.get(term)!);
    const frequencies = terms.map((entry): [string, number] => [entry.term, this.documentFrequency(entry.fields)]).filter(([, df]) => df > 0);
    const pairs = [...this.blockPairs].sort().map((pair) => pair.split('\u0000') as [string, string]);
    this.block = new Map();
    this.blockPairs = new Set();
    this.blockBytes = 0;
    return { terms, frequencies, pairs };
  }

  /** Writes the block out as three runs. */
  private async spill(): Promise<void> {
    const block = this.takeBlock();
    const write = async (records: Iterable<Uint8Array>) => {
      const run = this.store.create();
      for (const record of records) await run.write(record);
      return run.close();
    };
    // encoded one at a time as written: the block's records would take as much memory again
    this.termRuns.push(await write(lazyMap(block.terms, (entry) => encodeInvertedTerm(entry, this.fieldCount))));
    this.frequencyRuns.push(await write(lazyMap(block.frequencies, ([term, df]) => new ByteWriter().string(term).varint(df).finish())));
    this.pairRuns.push(await write(lazyMap(block.pairs, ([stem, cliticStem]) => new ByteWriter().string(stem).string(cliticStem).finish())));
  }

  /** Blocks written out so far. */
  get spills(): number {
    return this.termRuns.length;
  }

  /** Ends the input. The last block stays in memory: it is merged with the others as it is. */
  finish(): void {
    this.last = this.takeBlock();
  }

  /** The runs decoded, then the last block. */
  private sources<T>(runs: Run[], decode: (record: Uint8Array) => T, held: T[]): Array<SortedSource<T>> {
    return [...runs.map((run) => decodedRun(run, decode)), inMemory(held)];
  }

  /**
   * Every term with its postings gathered from all blocks (block by block, so documents
   * ascend), in term order, in batches. Read once, after {@link finish}.
   */
  async *terms(): AsyncGenerator<InvertedTerm[]> {
    let pending: InvertedTerm | undefined;
    const sources = this.sources(this.termRuns, (r) => decodeInvertedTerm(r, this.fieldCount), this.last!.terms);
    for await (const batch of mergeSorted(sources, byTerm)) {
      const out: InvertedTerm[] = [];
      for (const item of batch) {
        if (pending && pending.term === item.term) appendTerm(pending, item);
        else {
          if (pending) out.push(pending);
          pending = item;
        }
      }
      if (out.length) yield out;
    }
    if (pending) yield [pending];
  }

  /** Each term's document frequency (title or body), in term order, in batches. */
  async *frequencies(): AsyncGenerator<Array<[string, number]>> {
    let pending: [string, number] | undefined;
    const decode = (record: Uint8Array): [string, number] => {
      const reader = new ByteReader(record);
      return [reader.string(), reader.varint()];
    };
    for await (const batch of mergeSorted(this.sources(this.frequencyRuns, decode, this.last!.frequencies), (a, b) => compareStrings(a[0], b[0]))) {
      const out: Array<[string, number]> = [];
      for (const item of batch) {
        if (pending && pending[0] === item[0]) pending[1] += item[1];
        else {
          if (pending) out.push(pending);
          pending = item;
        }
      }
      if (out.length) yield out;
    }
    if (pending) yield [pending];
  }

  /** Every (stem, clitic-less stem) pair seen, once, sorted by stem then clitic-less stem, in batches. */
  async *pairs(): AsyncGenerator<Array<[stem: string, cliticStem: string]>> {
    let last: [string, string] | undefined;
    const decode = (record: Uint8Array): [string, string] => {
      const reader = new ByteReader(record);
      return [reader.string(), reader.string()];
    };
    for await (const batch of mergeSorted(this.sources(this.pairRuns, decode, this.last!.pairs), comparePairs)) {
      const out = batch.filter((pair) => {
        const repeated = last !== undefined && last[0] === pair[0] && last[1] === pair[1];
        last = pair;
        return !repeated;
      });
      if (out.length) yield out;
    }
  }
}

function* lazyMap<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** Code-unit order, as Array.prototype.sort orders strings. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byTerm = (a: InvertedTerm, b: InvertedTerm) => compareStrings(a.term, b.term);

/** Order of pairs of strings: by the first, then the second. */
export const comparePairs = (a: readonly [string, string], b: readonly [string, string]) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]);

/** Adds `later`'s postings (of documents after all of `into`'s) to `into`. */
function appendTerm(into: InvertedTerm, later: InvertedTerm): void {
  later.fields.forEach((list, f) => {
    if (!list) return;
    const target = into.fields[f];
    if (!target) into.fields[f] = list;
    else {
      for (let i = 0; i < list.docs.length; i++) {
        target.docs.push(list.docs[i]!);
        target.freqs.push(list.freqs[i]!);
        target.lead.push(list.lead[i]!);
        target.lengths.push(list.lengths[i]!);
      }
    }
  });
  if (later.conditional) {
    if (!into.conditional) into.conditional = later.conditional;
    else {
      for (const stem of later.conditional.stems) into.conditional.stems.push(stem);
      for (const n of later.conditional.entries) into.conditional.entries.push(n);
    }
  }
}

/**
 * A term of a block as a run record: the term; per field the number of postings, then each as
 * document gap, frequency × 2 + lead, length code; then its conditional postings (stem, field,
 * document, count, length code, lead).
 */
function encodeInvertedTerm(entry: InvertedTerm, fieldCount: number): Uint8Array {
  const out = new ByteWriter().string(entry.term);
  for (let f = 0; f < fieldCount; f++) {
    const list = entry.fields[f];
    const n = list?.docs.length ?? 0;
    out.varint(n);
    let last = 0;
    for (let i = 0; i < n; i++) {
      out.varint(list!.docs[i]! - last).varint(list!.freqs[i]! * 2 + list!.lead[i]!).varint(list!.lengths[i]!);
      last = list!.docs[i]!;
    }
  }
  const conditional = entry.conditional;
  out.varint(conditional?.stems.length ?? 0);
  conditional?.stems.forEach((stem, i) => {
    out.string(stem);
    for (let k = 0; k < CONDITIONAL_ENTRY; k++) out.varint(conditional.entries[CONDITIONAL_ENTRY * i + k]!);
  });
  return out.finish();
}

function decodeInvertedTerm(record: Uint8Array, fieldCount: number): InvertedTerm {
  const reader = new ByteReader(record);
  const entry: InvertedTerm = { term: reader.string(), fields: [] };
  for (let f = 0; f < fieldCount; f++) {
    const n = reader.varint();
    if (!n) continue;
    const list: FieldPostings = { docs: new Array(n), freqs: new Array(n), lead: new Array(n), lengths: new Array(n) };
    let doc = 0;
    for (let i = 0; i < n; i++) {
      list.docs[i] = doc += reader.varint();
      const packed = reader.varint();
      list.freqs[i] = packed >> 1;
      list.lead[i] = packed & 1;
      list.lengths[i] = reader.varint();
    }
    entry.fields[f] = list;
  }
  const conditionals = reader.varint();
  if (conditionals) {
    const conditional: ConditionalPostings = { stems: [], entries: [] };
    for (let i = 0; i < conditionals; i++) {
      conditional.stems.push(reader.string());
      for (let k = 0; k < CONDITIONAL_ENTRY; k++) conditional.entries.push(reader.varint());
    }
    entry.conditional = conditional;
  }
  return entry;
}

