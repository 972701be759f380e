import { arabicSoundKey, isStopWord, joinSoundKeys, latinSoundKeys, MIN_SOUND_CLASSES, stemArabic, stripArticle, type AnalyzedToken } from '../../src/analyzer/index.js';
import { SOUND_PREFIX, soundEntry } from '../../src/format/index.js';
import { aliasPairs } from './aliases.js';

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

interface ArabicWord {
  documents: number;
  /** Occurrences written with a final ى, less those with a final ي (normalization makes both ي). */
  maqsura: number;
  /** Occurrences whose final ا carries tanween (داراً: a house, not Daraa), less those without. */
  tanween: number;
  stem: string;
  cliticStem: string | null;
}

/**
 * Collects what the index needs for cross-script search, document by document, and writes it
 * as sorted sound-table entries (see src/format/sound-chunk.ts): every Arabic word by its sound
 * key, pairs of Arabic words whose second has the article (حزب الله, دير الزور), the index's
 * Latin-script names (words mostly written with a capital), and the aliases of
 * corpus-build/data/aliases.json whose words the index holds.
 */
export class SoundTableBuilder {
  private readonly arabic = new Map<string, ArabicWord>();
  private readonly pairs = new Map<string, number>();
  private readonly latin = new Map<string, { documents: number; seen: number; capitals: number }>();
  private docArabic = new Set<string>();
  private docPairs = new Set<string>();
  private docLatin = new Set<string>();
  private documents = 0;

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
    let word = this.arabic.get(norm);
    if (!word) this.arabic.set(norm, (word = { documents: 0, maqsura: 0, tanween: 0, stem: token.stem!, cliticStem: token.cliticStem }));
    const last = norm[norm.length - 1];
    if (last === 'ي') word.maqsura += FINAL_MAQSURA.test(text.slice(token.start, token.end)) ? 1 : -1;
    else if (last === 'ا') word.tanween += FINAL_TANWEEN.test(text.slice(token.start, token.end)) ? 1 : -1;
    this.docArabic.add(norm);
    if (next?.script === 'arabic' && next.norm.startsWith('ال') && stripArticle(next.norm) !== next.norm && !isStopWord(token) &&
        (next.start === token.end + 1 ? text[token.end] === ' ' : !text.slice(token.end, next.start).trim())) this.docPairs.add(`${norm} ${next.norm}`);
  }

  private addLatin(text: string, token: AnalyzedToken): void {
    let entry = this.latin.get(token.norm);
    if (!entry) this.latin.set(token.norm, (entry = { documents: 0, seen: 0, capitals: 0 }));
    this.docLatin.add(token.norm);
    // a capital that starts a sentence says nothing
    if (SENTENCE_START.test(text.slice(Math.max(0, token.start - 3), token.start))) return;
    entry.seen++;
    const first = text[token.start]!;
    if (first !== first.toLowerCase()) entry.capitals++;
  }

  /** Ends the current document. */
  endDocument(): void {
    this.documents++;
    for (const norm of this.docArabic) this.arabic.get(norm)!.documents++;
    for (const pair of this.docPairs) this.pairs.set(pair, (this.pairs.get(pair) ?? 0) + 1);
    for (const norm of this.docLatin) this.latin.get(norm)!.documents++;
    this.docArabic = new Set();
    this.docPairs = new Set();
    this.docLatin = new Set();
  }

  /**
   * The sorted entries. `readsClitic` says whether the index reads the clitic off a word of
   * stem `stem` (its clitic-less reading `cliticStem` accepted), so the table does too (بدمشق is
   * looked up as دمشق).
   */
  entries(readsClitic: (stem: string, cliticStem: string) => boolean): string[] {
    const out = new Set<string>();
    const formOf = new Map<string, string>();
    const form = (norm: string): string => {
      let found = formOf.get(norm);
      if (found === undefined) {
        const word = this.arabic.get(norm);
        const clitic = word?.cliticStem && readsClitic(word.stem, word.cliticStem);
        const source = clitic ? norm.slice(1) : norm;
        // the word without its article, unless that changes its stem (الله is not له)
        found = stemArabic(stripArticle(source)) === stemArabic(source) ? stripArticle(source) : source;
        formOf.set(norm, found);
      }
      return found;
    };
    // forms as the table writes them: with ى where most of the text does (Mustafa = مصطفى, not
    // مصطفي), without the alef of tanween (داراً is a house, دار, and does not sound like Daraa)
    const arabicDocuments = new Map<string, number>();
    const written = new Map<string, string>();
    for (const [norm, word] of this.arabic) {
      const f = form(norm);
      arabicDocuments.set(f, (arabicDocuments.get(f) ?? 0) + word.documents);
      if (word.maqsura > 0 && f.endsWith('ي')) written.set(f, f.slice(0, -1) + 'ى');
      if (word.tanween > 0 && f.endsWith('ا')) written.set(f, f.slice(0, -1));
    }
    for (const [f, documents] of arabicDocuments) {
      const value = written.get(f) ?? f;
      const { key } = arabicSoundKey(value);
      if (key.length >= MIN_SOUND_CLASSES) out.add(soundEntry(key, documents, value));
    }
    const minPairDocuments = Math.max(MIN_PAIR_DOCUMENTS, Math.round(this.documents / DOCUMENTS_PER_PAIR));
    for (const [pair, documents] of this.pairs) {
      if (documents < minPairDocuments) continue;
      const [first, second] = pair.split(' ') as [string, string];
      const [a, b] = [form(first), form(second)].map((f) => written.get(f) ?? f) as [string, string];
      out.add(soundEntry(joinSoundKeys(arabicSoundKey(a), arabicSoundKey(b)).key, documents, `${a} ${b}`));
    }
    const names = new Map<string, number>();
    for (const [norm, { documents, seen, capitals }] of this.latin) {
      if (!seen || capitals < seen * NAME_CAPITALS) continue;
      names.set(norm, documents);
      for (const { key } of latinSoundKeys(norm)) if (key.length >= MIN_SOUND_CLASSES) out.add(soundEntry(SOUND_PREFIX.latinName + key, documents, norm));
    }
    const arabicForms = new Set(arabicDocuments.keys());
    for (const [latin, arabic] of aliasPairs()) {
      const arabicWords = arabic.split(' ');
      if (arabicWords.every((w) => arabicForms.has(w))) out.add(soundEntry(SOUND_PREFIX.alias + latin, 1, arabic));
      if (latin.split(' ').every((w) => this.latin.has(w))) out.add(soundEntry(SOUND_PREFIX.alias + arabic, 1, latin));
    }
    return [...out].sort();
  }
}
