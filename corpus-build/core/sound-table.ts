import { arabicSoundKey, isStopWord, joinSoundKeys, latinSoundKeys, MIN_SOUND_CLASSES, stemArabic, stripArticle, type AnalyzedToken } from '../../src/analyzer/index.js';
import { SOUND_PREFIX, soundEntry } from '../../src/format/index.js';
import { ByteReader, ByteWriter } from '../../src/format/bytes.js';
import { aliasPairs } from './aliases.js';
import { ExternalSorter, stringCodec, type RecordCodec } from './external-sort.js';
import { compareStrings } from './inverter.js';
import { groups, type SortedSource } from './merge-runs.js';
import { memoryRunStore, type RunStore } from './runs.js';

/** Share of a Latin word's occurrences (not starting a sentence) written with a capital for it to count as a name. */
const NAME_CAPITALS = 0.7;
/** Fewest documents a pair of Arabic words must be in to be looked up as one name (حزب الله as Hezbollah). */
const MIN_PAIR_DOCUMENTS = 2;
/**
 * In a large collection, also at least one document in this many. Pairs are most of the table,
 * and rare ones are mostly words that met by chance: at the bench corpus (15,283 documents) those
 * in 2 or 3 documents were a third of the table's bytes and changed no dev name's P@10 (each word
 * of a rare name is still looked up alone).
 */
const DOCUMENTS_PER_PAIR = 4_000;
const FINAL_MAQSURA = /ى\p{M}*$/u;
const FINAL_TANWEEN = /(?:\u064Bا|ا\u064B)\p{M}*$/u;
const SENTENCE_START = /(?:^|[.!?:"«»()\n]\s*)$/;

/** An Arabic word: the documents that hold it (so far), and what they say of it. */
interface ArabicRecord {
  norm: string;
  documents: number;
  /** Occurrences written with a final ى, less those with a final ي (normalization makes both ي). */
  maqsura: number;
  /** Occurrences whose final ا carries tanween (داراً: a house, not Daraa), less those without. */
  tanween: number;
  stem: string;
  cliticStem: string | null;
}

/** A Latin word: the documents that hold it, its occurrences not starting a sentence, and those of them capitalized. */
interface LatinRecord {
  norm: string;
  documents: number;
  seen: number;
  capitals: number;
}

/** A pair of Arabic words, and the documents that hold it. */
interface PairRecord {
  /** The two words, normalized, a space between them. */
  norm: string;
  documents: number;
}

/** A form as the table writes it (an Arabic word less its article, or its clitic): documents of one of its words, and whether that word writes it differently. */
interface FormRecord {
  form: string;
  documents: number;
  /** Most of the word's occurrences end in ى, or carry tanween, where the form ends in ي or ا. */
  written: boolean;
}

const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);
const unzigzag = (n: number) => (n & 1 ? -(n + 1) / 2 : n / 2);

const arabicCodec: RecordCodec<ArabicRecord> = {
  encode: ({ norm, documents, maqsura, tanween, stem, cliticStem }) =>
    new ByteWriter().string(norm).varint(documents).varint(zigzag(maqsura)).varint(zigzag(tanween)).string(stem).string(cliticStem ?? '').varint(cliticStem === null ? 0 : 1).finish(),
  decode(record) {
    const r = new ByteReader(record);
    const [norm, documents, maqsura, tanween, stem, clitic] = [r.string(), r.varint(), unzigzag(r.varint()), unzigzag(r.varint()), r.string(), r.string()];
    return { norm, documents, maqsura, tanween, stem, cliticStem: r.varint() ? clitic : null };
  },
  size: ({ norm, stem, cliticStem }) => 2 * (norm.length + stem.length + (cliticStem?.length ?? 0)) + 120,
};
const latinCodec: RecordCodec<LatinRecord> = {
  encode: ({ norm, documents, seen, capitals }) => new ByteWriter().string(norm).varint(documents).varint(seen).varint(capitals).finish(),
  decode(record) {
    const r = new ByteReader(record);
    return { norm: r.string(), documents: r.varint(), seen: r.varint(), capitals: r.varint() };
  },
  size: ({ norm }) => 2 * norm.length + 80,
};
const formCodec: RecordCodec<FormRecord> = {
  encode: ({ form, documents, written }) => new ByteWriter().string(form).varint(documents).varint(written ? 1 : 0).finish(),
  decode(record) {
    const r = new ByteReader(record);
    return { form: r.string(), documents: r.varint(), written: r.varint() === 1 };
  },
  size: ({ form }) => 2 * form.length + 80,
};
const pairCodec: RecordCodec<PairRecord> = {
  encode: ({ norm, documents }) => new ByteWriter().string(norm).varint(documents).finish(),
  decode(record) {
    const r = new ByteReader(record);
    return { norm: r.string(), documents: r.varint() };
  },
  size: ({ norm }) => 2 * norm.length + 80,
};

/**
 * Records of one kind by word, added up in memory as documents come (most words recur, so a
 * collection of a few thousand documents holds each once), and spilled, sorted by word, to
 * the store's runs when they reach its budget; read back merged, a word's records in the order
 * they were spilled (its first document's first).
 */
class WordCounts<R extends { norm: string; documents: number }> {
  private held = new Map<string, R>();
  private heldBytes = 0;
  private readonly sorter: ExternalSorter<R>;

  constructor(private readonly store: RunStore, private readonly codec: RecordCodec<R>, private readonly addTo: (sum: R, record: R) => void) {
    this.sorter = new ExternalSorter(store, codec, (a, b) => compareStrings(a.norm, b.norm));
  }

  async add(record: R): Promise<void> {
    const sum = this.held.get(record.norm);
    if (sum) return this.addTo(sum, record);
    this.held.set(record.norm, record);
    this.heldBytes += this.codec.size(record);
    if (this.heldBytes < this.store.spillBytes) return;
    // the sorter spills at the same budget: what it is given here goes out as one run
    for (const held of this.held.values()) await this.sorter.add(held);
    this.held = new Map();
    this.heldBytes = 0;
  }

  /** Every word's records, sorted by word, in groups of one word. Call once, after the last {@link add}. */
  async *words(): AsyncGenerator<R[]> {
    for (const held of this.held.values()) await this.sorter.add(held);
    this.held = new Map();
    yield* groups(this.sorter.sorted(), (record) => record.norm);
  }
}

/** The sum of a numeric field over records. */
const sumOf = <R, K extends keyof R>(records: readonly R[], field: K) => records.reduce((n, record) => n + (record[field] as number), 0);

/** A word without its article, unless that changes its stem (الله is not له). */
const formOfWord = (word: string) => (stemArabic(stripArticle(word)) === stemArabic(word) ? stripArticle(word) : word);

/** The form written as most of the text writes it: with ى for a final ي, without the alef of tanween. */
const writtenForm = (form: string, written: boolean) => (!written ? form : form.endsWith('ي') ? `${form.slice(0, -1)}ى` : form.slice(0, -1));

/**
 * Collects what the index needs for cross-script search, document by document, and writes it
 * as sorted sound-table entries (see src/format/sound-chunk.ts): every Arabic word by its sound
 * key, pairs of Arabic words whose second has the article (حزب الله, دير الزور), the index's
 * Latin-script names (words mostly written with a capital), and the aliases of
 * corpus-build/data/aliases.json whose words the index holds.
 *
 * It holds one document's words at a time: each document's records (one per Arabic word, word
 * pair and Latin word in it) go to sorters that spill to the build's store, and the table is
 * made by merging them, so its memory stays flat however large the vocabulary grows (a
 * million-document archive has tens of millions of distinct words and pairs).
 */
export class SoundTableBuilder {
  private readonly arabic: WordCounts<ArabicRecord>;
  private readonly pairs: WordCounts<PairRecord>;
  private readonly latin: WordCounts<LatinRecord>;
  private docArabic = new Map<string, ArabicRecord>();
  private docPairs = new Set<string>();
  private docLatin = new Map<string, LatinRecord>();
  private pending: Array<() => Promise<void>> = [];
  private documents = 0;

  /** `store`: where the records spill; each of its three kinds of records may hold an eighth of its budget. */
  constructor(private readonly store: RunStore = memoryRunStore()) {
    const share: RunStore = { spillBytes: store.spillBytes / 8, create: () => store.create() };
    this.arabic = new WordCounts(share, arabicCodec, (sum, { documents, maqsura, tanween }) => {
      [sum.documents, sum.maqsura, sum.tanween] = [sum.documents + documents, sum.maqsura + maqsura, sum.tanween + tanween];
    });
    this.pairs = new WordCounts(share, pairCodec, (sum, { documents }) => void (sum.documents += documents));
    this.latin = new WordCounts(share, latinCodec, (sum, { documents, seen, capitals }) => {
      [sum.documents, sum.seen, sum.capitals] = [sum.documents + documents, sum.seen + seen, sum.capitals + capitals];
    });
  }

  /** Adds one text (a title or a body) of the current document, with its analyzed tokens. */
  addText(text: string, tokens: readonly AnalyzedToken[]): void {
    // indexed loops and no string made per token unless needed: this runs over every word of the collection
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.stem || token.hyphen === 'joined') continue;
      if (token.script === 'arabic') this.addArabic(text, token, tokens[i + 1]);
      else if (token.script === 'latin') this.addLatin(text, token);
    }
  }

  private addArabic(text: string, token: AnalyzedToken, next: AnalyzedToken | undefined): void {
    const norm = token.norm;
    let word = this.docArabic.get(norm);
    if (!word) this.docArabic.set(norm, (word = { norm, documents: 1, maqsura: 0, tanween: 0, stem: token.stem!, cliticStem: token.cliticStem }));
    const last = norm[norm.length - 1];
    if (last === 'ي') word.maqsura += FINAL_MAQSURA.test(text.slice(token.start, token.end)) ? 1 : -1;
    else if (last === 'ا') word.tanween += FINAL_TANWEEN.test(text.slice(token.start, token.end)) ? 1 : -1;
    if (next?.script === 'arabic' && next.norm.startsWith('ال') && stripArticle(next.norm) !== next.norm && !isStopWord(token) &&
        (next.start === token.end + 1 ? text[token.end] === ' ' : !text.slice(token.end, next.start).trim())) this.docPairs.add(`${norm} ${next.norm}`);
  }

  private addLatin(text: string, token: AnalyzedToken): void {
    let entry = this.docLatin.get(token.norm);
    if (!entry) this.docLatin.set(token.norm, (entry = { norm: token.norm, documents: 1, seen: 0, capitals: 0 }));
    // a capital that starts a sentence says nothing
    if (SENTENCE_START.test(text.slice(Math.max(0, token.start - 3), token.start))) return;
    entry.seen++;
    const first = text[token.start]!;
    if (first !== first.toLowerCase()) entry.capitals++;
  }

  /** Ends the current document; its records wait for {@link flush}. */
  endDocument(): void {
    this.documents++;
    const [arabic, pairs, latin] = [[...this.docArabic.values()], [...this.docPairs], [...this.docLatin.values()]];
    this.pending.push(async () => {
      for (const record of arabic) await this.arabic.add(record);
      for (const pair of pairs) await this.pairs.add({ norm: pair, documents: 1 });
      for (const record of latin) await this.latin.add(record);
    });
    this.docArabic = new Map();
    this.docPairs = new Set();
    this.docLatin = new Map();
  }

  /** Hands the ended documents' records to the sorters (which may spill them to the store). */
  async flush(): Promise<void> {
    for (const add of this.pending.splice(0)) await add();
  }

  /**
   * The sorted entries, without duplicates, in batches. `readsClitic` says whether the index
   * reads the clitic off a word of stem `stem` (its clitic-less reading `cliticStem` accepted),
   * so the table does too (بدمشق is looked up as دمشق). Call once, after the last document.
   */
  async *entries(readsClitic: (stem: string, cliticStem: string) => boolean): SortedSource<string> {
    await this.flush();
    const out = new ExternalSorter(this.store, stringCodec, compareStrings);
    const aliases = aliasPairs();
    const aliasArabicWords = new Set(aliases.flatMap(([, arabic]) => arabic.split(' ')));
    const aliasLatinWords = new Set(aliases.flatMap(([latin]) => latin.split(' ')));

    // pairs first: the few frequent enough are kept, and their words' forms looked for below
    const minPairDocuments = Math.max(MIN_PAIR_DOCUMENTS, Math.round(this.documents / DOCUMENTS_PER_PAIR));
    const pairs: Array<[first: string, second: string, documents: number]> = [];
    for await (const group of this.pairs.words()) {
      const documents = sumOf(group, 'documents');
      if (documents >= minPairDocuments) pairs.push([...(group[0]!.norm.split(' ') as [string, string]), documents]);
    }
    const pairWords = new Set(pairs.flatMap(([first, second]) => [first, second]));

    const latinWords = new Set<string>();
    for await (const group of this.latin.words()) {
      const norm = group[0]!.norm;
      if (aliasLatinWords.has(norm)) latinWords.add(norm);
      const [seen, capitals] = [sumOf(group, 'seen'), sumOf(group, 'capitals')];
      if (!seen || capitals < seen * NAME_CAPITALS) continue;
      for (const { key } of latinSoundKeys(norm)) if (key.length >= MIN_SOUND_CLASSES) await out.add(soundEntry(SOUND_PREFIX.latinName + key, sumOf(group, 'documents'), norm));
    }

    // each Arabic word's form (without its clitic where the index reads it off); documents add up by form
    const forms = new ExternalSorter<FormRecord>(this.store, formCodec, (a, b) => compareStrings(a.form, b.form));
    const formOf = new Map<string, string>();
    for await (const group of this.arabic.words()) {
      const { norm, stem, cliticStem } = group[0]!;
      const form = formOfWord(cliticStem && readsClitic(stem, cliticStem) ? norm.slice(1) : norm);
      if (pairWords.has(norm)) formOf.set(norm, form);
      const [maqsura, tanween] = [sumOf(group, 'maqsura'), sumOf(group, 'tanween')];
      await forms.add({ form, documents: sumOf(group, 'documents'), written: (maqsura > 0 && form.endsWith('ي')) || (tanween > 0 && form.endsWith('ا')) });
    }
    // a pair's second word may be one the table does not hold alone (a word joined by a hyphen)
    const pairsByForm = pairs.map(([first, second, documents]) => [formOf.get(first) ?? formOfWord(first), formOf.get(second) ?? formOfWord(second), documents] as const);
    // forms as the table writes them: with ى where most of the text does (Mustafa = مصطفى, not
    // مصطفي), without the alef of tanween (داراً is a house, دار, and does not sound like Daraa)
    const pairForms = new Set(pairsByForm.flatMap(([first, second]) => [first, second]));
    const writtenOf = new Map<string, string>();
    const arabicWords = new Set<string>();
    for await (const group of groups(forms.sorted(), (record) => record.form)) {
      const form = group[0]!.form;
      const value = writtenForm(form, group.some((record) => record.written));
      if (pairForms.has(form)) writtenOf.set(form, value);
      if (aliasArabicWords.has(form)) arabicWords.add(form);
      const { key } = arabicSoundKey(value);
      if (key.length >= MIN_SOUND_CLASSES) await out.add(soundEntry(key, sumOf(group, 'documents'), value));
    }

    for (const [first, second, documents] of pairsByForm) {
      const [a, b] = [first, second].map((form) => writtenOf.get(form) ?? form) as [string, string];
      await out.add(soundEntry(joinSoundKeys(arabicSoundKey(a), arabicSoundKey(b)).key, documents, `${a} ${b}`));
    }
    for (const [latin, arabic] of aliases) {
      if (arabic.split(' ').every((w) => arabicWords.has(w))) await out.add(soundEntry(SOUND_PREFIX.alias + latin, 1, arabic));
      if (latin.split(' ').every((w) => latinWords.has(w))) await out.add(soundEntry(SOUND_PREFIX.alias + arabic, 1, latin));
    }

    let previous: string | undefined;
    for await (const batch of out.sorted()) {
      const unique = batch.filter((entry) => entry !== previous && ((previous = entry), true));
      if (unique.length) yield unique;
    }
  }
}
