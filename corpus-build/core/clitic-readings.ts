import { ByteReader, ByteWriter } from '../../src/format/bytes.js';
import { acceptCliticReading } from '../../src/search/clitic-rule.js';
import { ExternalSorter } from './external-sort.js';
import { comparePairs, compareStrings, CONDITIONAL_ENTRY, type FieldPostings, type Inverter, type InvertedTerm } from './inverter.js';
import type { SortedSource } from './merge-runs.js';
import type { RunStore } from './runs.js';

/** A clitic-less stem, a stem it was read off, and that stem's document frequency. */
type PairFrequency = [cliticStem: string, stem: string, stemFrequency: number];

const pairCodec = {
  encode: ([cliticStem, stem, df]: PairFrequency) => new ByteWriter().string(cliticStem).string(stem).varint(df).finish(),
  decode(record: Uint8Array): PairFrequency {
    const reader = new ByteReader(record);
    return [reader.string(), reader.string(), reader.varint()];
  },
  size: ([cliticStem, stem]: PairFrequency) => 2 * (cliticStem.length + stem.length) + 80,
};

/** Reads a sorted source one item at a time, looking one ahead. */
class Peeker<T> {
  private batch: T[] = [];
  private at = 0;
  private readonly batches: AsyncIterator<T[]>;
  constructor(source: SortedSource<T>) {
    this.batches = source[Symbol.asyncIterator]();
  }
  /** The next item, left in place; undefined at the end. */
  async peek(): Promise<T | undefined> {
    while (this.at >= this.batch.length) {
      const { done, value } = await this.batches.next();
      if (done) return undefined;
      this.batch = value;
      this.at = 0;
    }
    return this.batch[this.at];
  }
  skip(): void {
    this.at++;
  }
  /** Stops reading before the end (a run's file is then closed). */
  async close(): Promise<void> {
    await this.batches.return?.();
  }
}

/**
 * Every (clitic-less stem, stem, stem's document frequency), sorted by clitic-less stem: the
 * pairs the inverter saw, sorted by stem, joined with the term frequencies, sorted by stem too,
 * then sorted again by the clitic-less stem so that the term stream can take them in step.
 */
async function pairFrequencies(inverter: Inverter, store: RunStore): Promise<SortedSource<PairFrequency>> {
  const sorter = new ExternalSorter<PairFrequency>(store, pairCodec, (a, b) => comparePairs([a[0], a[1]], [b[0], b[1]]));
  const frequencies = new Peeker(inverter.frequencies());
  for await (const pairs of inverter.pairs()) {
    for (const [stem, cliticStem] of pairs) {
      let next = await frequencies.peek();
      while (next && next[0] < stem) {
        frequencies.skip();
        next = await frequencies.peek();
      }
      await sorter.add([cliticStem, stem, next?.[0] === stem ? next[1] : 0]);
    }
  }
  await frequencies.close();
  return sorter.sorted();
}

/**
 * Every term with its final postings, in term order, in batches: the inverter's postings plus
 * the clitic-less readings the corpus supports. A word that may carry a clitic (بدمشق) is also
 * indexed without it (دمشق) where that reading is at least as frequent as the word, in two
 * documents or more ({@link acceptCliticReading}): a verdict on corpus-wide document
 * frequencies, so it is given here, once every document is in; `onAccepted` hears of each
 * reading accepted. A term that had only readings the corpus refused is left out.
 */
export async function* termsWithReadings(inverter: Inverter, store: RunStore, onAccepted: (stem: string, cliticStem: string) => void = () => {}):
  AsyncGenerator<Array<[string, Array<FieldPostings | undefined>]>> {
  const pairs = new Peeker(await pairFrequencies(inverter, store));
  for await (const batch of inverter.terms()) {
    const out: Array<[string, Array<FieldPostings | undefined>]> = [];
    for (const entry of batch) {
      const stemFrequencies = new Map<string, number>();
      let next = await pairs.peek();
      while (next && compareStrings(next[0], entry.term) <= 0) {
        if (next[0] === entry.term) stemFrequencies.set(next[1], next[2]);
        pairs.skip();
        next = await pairs.peek();
      }
      const fields = entry.conditional ? withReadings(entry, inverter.documentFrequency(entry.fields), stemFrequencies, onAccepted) : entry.fields;
      if (fields.some((list) => list?.docs.length)) out.push([entry.term, fields]);
    }
    if (out.length) yield out;
  }
}

/** The term's postings (`df`: its document frequency) with the conditional ones whose stem the corpus lets it be read off. */
function withReadings(entry: InvertedTerm, df: number, stemFrequencies: Map<string, number>,
  onAccepted: (stem: string, cliticStem: string) => void): Array<FieldPostings | undefined> {
  const conditional = entry.conditional;
  if (!conditional) return entry.fields;
  const accepted = new Set([...stemFrequencies].filter(([, stemDf]) => acceptCliticReading(df, stemDf)).map(([stem]) => stem));
  for (const stem of accepted) onAccepted(stem, entry.term);
  if (!accepted.size) return entry.fields;
  // per field, the accepted readings' counts by document (entries come in document order)
  const additions: Array<Map<number, Addition>> = [];
  conditional.stems.forEach((stem, i) => {
    if (!accepted.has(stem)) return;
    const at = CONDITIONAL_ENTRY * i;
    const [field, doc, count, length, lead] = conditional.entries.slice(at, at + CONDITIONAL_ENTRY) as [number, number, number, number, number];
    const byDoc = (additions[field] ??= new Map());
    const seen = byDoc.get(doc);
    byDoc.set(doc, [(seen?.[0] ?? 0) + count, length, (seen?.[2] ?? 0) | lead]);
  });
  const fields = [...entry.fields];
  additions.forEach((byDoc, f) => {
    if (byDoc) fields[f] = mergePostings(fields[f], byDoc);
  });
  return fields;
}

/** Occurrences of a reading added to a document's field: how many, the field's length code, whether one is in its lead. */
type Addition = [count: number, length: number, lead: number];

/** A field's postings with occurrences added to some documents (new postings where it had none); in the lead where either is. */
function mergePostings(list: FieldPostings | undefined, additions: Map<number, Addition>): FieldPostings {
  const docs = list?.docs ?? [];
  const out: FieldPostings = { docs: [], freqs: [], lead: [], lengths: [] };
  const added = [...additions.keys()].sort((a, b) => a - b);
  let i = 0;
  let j = 0;
  while (i < docs.length || j < added.length) {
    const doc = i < docs.length && (j >= added.length || docs[i]! <= added[j]!) ? docs[i]! : added[j]!;
    let freq = 0;
    let length = 0;
    let lead = 0;
    if (i < docs.length && docs[i] === doc) {
      freq += list!.freqs[i]!;
      length = list!.lengths[i]!;
      lead = list!.lead[i]!;
      i++;
    }
    if (j < added.length && added[j] === doc) {
      const [count, addedLength, addedLead] = additions.get(doc)!;
      freq += count;
      length = addedLength;
      lead |= addedLead;
      j++;
    }
    out.docs.push(doc);
    out.freqs.push(freq);
    out.lead.push(lead);
    out.lengths.push(length);
  }
  return out;
}
