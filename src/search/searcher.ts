import { analyzeQuery, analyzeText, isQuestionWord, unfinishedSuffix, wordTerms, type AnalyzedQuery, type QueryWord } from '../analyzer/index.js';
import { reverseTerm, type DocumentHead } from '../format/index.js';
import { acceptCliticReading } from './clitic-rule.js';
import type { DocStore } from './doc-store.js';
import { bm25, bm25Idf, fuzzyWeight, lengthNormsByCode, prefixWeight } from './scoring.js';
import { isKeywordQuery, leadBonus } from './ranking.js';
import { matchRanges } from './marks.js';
import type { TermDictionary } from './term-dictionary.js';
import type { WordEnds } from './word-ends.js';
import { BIT_WORDS, type OpenTail } from './open-tails.js';
import type { TailPlan } from './tail-bounds.js';
import { splitReader } from './term-dictionary.js';
import { sortedIncludes } from './chunk-directory.js';
import { topK } from './top-k.js';
import { editDistance } from './edit-distance.js';
import type { SearchHit, SearchOptions, SearchResponse } from './types.js';
import type { CrossCandidate } from './cross-script.js';
import type { SoundTable } from './sound-table.js';

/** What the searcher takes from the engine's deferred part (deferred.ts), with the index's sound table. */
export type DeferredSearch = typeof import('./deferred.js') & { sounds: SoundTable };

/**
 * Field boosts by field name: a word in the title counts twice as much as in the body, and
 * the word as typed in the title 1.5 times on top (1 let a headline's stem held once more in
 * a body outweigh the very word typed; on the development queries 1.5 raised Arabic exact
 * words .983 -> .987 and cost English morphology .957 -> .950).
 */
const FIELD_BOOST: Record<string, number> = { title: 2, body: 1, exact: 1.5 };
/** Weight of a word's clitic-less reading (بدمشق read as دمشق). */
const CLITIC_WEIGHT = 0.9;
/**
 * At most this many completions of an unfinished word, the most frequent first, by letters
 * typed: two letters complete to thousands of words, so fewer are scored while typing starts.
 */
const MAX_COMPLETIONS = (letters: number) => (letters <= 2 ? 40 : letters === 3 ? 80 : 120);
/** Prefixes shorter than this are not completed (one Arabic letter would match a tenth of the vocabulary). */
export const MIN_PREFIX = 2;
/** Letters an unfinished word may be cut back by when nothing starts with it (Pagefind-style backoff). */
const MAX_BACKOFF = 3;

/**
 * Weight of the readings of an unfinished word as a stem with a suffix begun: they are
 * completions of what was typed, so they weigh about what a completion weighs.
 */
const SUFFIX_READING_WEIGHT = 0.35;

/** Query words whose candidates are remembered (see cachedCandidatesOf). */
const CANDIDATE_CACHE_SIZE = 64;

/** At most this many typo candidates found by their ending (each may fetch a term chunk) per word. */
const MAX_ENDING_CANDIDATES = 20;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv']);

/** One way a query word matches: an index term, its weight, and the fields it may match in. */
interface Candidate {
  term: string;
  weight: number;
  fields: FieldSet;
}

/** What scoring needs about the whole collection (from the manifest). */
export interface IndexStats {
  documentCount: number;
  /** Field names in field-number order. */
  fields: string[];
  /** Average number of tokens per document in each field. */
  averageFieldLength: number[];
  /** Each language's documents: numbers from the first up to (not including) the second. */
  languageRanges: Map<string, [number, number]>;
  /** Each document's length code in the field whose postings carry none (the body). */
  documentLengths: Uint8Array;
  /** Some postings are split (Manifest.split): only then may a query have tail blocks to read. */
  split: boolean;
}

/**
 * The fields a candidate may match in: `all`; `stemmed`, the fields of stems (title, body);
 * or `surface`, the title's exact-form field. A stem is not a word as written: the stem of
 * "blasts" (blast) must not take the exact-form bonus of a headline saying "blast".
 */
type FieldSet = 'all' | 'stemmed' | 'surface';

/** Fields holding words as written, not stems. */
const SURFACE_FIELDS = new Set(['exact']);

interface DocScore {
  score: number;
  words: number;
  terms: Set<string>;
}

/**
 * Runs queries over a partly loaded index: plans which term chunks a query needs, loads them,
 * scores with BM25+ over exact, clitic, prefix and fuzzy candidates, and fetches the stored
 * documents of the hits shown. Ranking depends only on the terms involved and the manifest, so
 * it is the same whether the index was loaded whole or chunk by chunk.
 */
export class Searcher {
  private readonly candidateCache = new Map<string, Promise<Candidate[]>>();
  private scratch?: { total: Float64Array; matched: Uint16Array; sameScript: Uint16Array; wordScore: Float64Array; touched: Int32Array; wordTouched: Int32Array; wordBits: Uint8Array };
  private norms?: Float64Array[];

  constructor(
    private readonly meta: IndexStats,
    private readonly terms: TermDictionary,
    private readonly ends: WordEnds,
    private readonly store: DocStore,
    /** The engine's deferred part with the index's sound table; null when it could not be loaded. */
    private readonly deferred: Promise<DeferredSearch | null>,
  ) {}

  async query(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const limit = options.limit ?? 10;
    // cross-script: a query typed on the other keyboard layout is searched as it was meant; the
    // query's other-script matches are looked up meanwhile
    const typed = analyzeQuery(query);
    const later = await this.deferred;
    const crossOf = (text: string, analyzed: AnalyzedQuery) =>
      later ? later.crossScriptCandidates(text, analyzed, later.sounds, this.terms) : Promise.resolve([]);
    const typedCross = crossOf(query, typed);
    typedCross.catch(() => {}); // awaited below, unless the query is read on the other layout
    const readAs = later ? await later.layoutReading(query, typed, this.terms) : undefined;
    const reading = readAs ? analyzeQuery(readAs) : typed;
    const { words, lastIsPartial } = reading;
    const chosen = words.filter((w) => !w.stop);
    // A sentence (a pasted question) is searched without its question words (how, what, كم).
    const keywords = isKeywordQuery(chosen.length);
    const content = keywords ? chosen : chosen.filter((w) => !isQuestionWord(w));
    // A query of nothing but stop words ("the", "في") looks them up in titles, where they are indexed.
    const active = content.length ? content : words;
    const stopOnly = !content.length;
    const partial = (w: QueryWord) => lastIsPartial && w === words[words.length - 1];

    const [candidates, crossOfChosen] = await Promise.all([
      Promise.all(active.map((w) => this.cachedCandidatesOf(w, partial(w), stopOnly))),
      readAs ? crossOf(readAs, reading) : typedCross,
    ]);
    options.signal?.throwIfAborted();
    const crossScript = crossScriptOf(active, chosen, crossOfChosen, stopOnly);

    const langFilter = options.lang ? this.meta.languageRanges.get(options.lang) : undefined;
    const read = readAs ? { readAs } : {};
    if (options.lang && !langFilter) return { query, ...read, hits: [], total: 0 };
    // Dense arrays, not maps: a two-letter prefix touches most documents, on every keystroke.
    // Made once and zeroed where touched after use (this block does not await), so typing
    // allocates no document-sized arrays; the documents touched are listed in the first
    // `touchedCount` places of `touched` (each once).
    const n = this.meta.documentCount;
    const { total, matched, sameScript, wordScore, touched, wordTouched, wordBits } = (this.scratch ??= {
      total: new Float64Array(n),
      matched: new Uint16Array(n),
      sameScript: new Uint16Array(n),
      wordScore: new Float64Array(n),
      touched: new Int32Array(n),
      wordTouched: new Int32Array(n),
      wordBits: new Uint8Array(n),
    });
    // an index with split postings: the reader deciding which tail blocks to read, loaded before scoring (which does not await)
    const termsOf = () => new Set(candidates.flat().concat(crossScript.flat()).map((c) => c.term));
    const split = this.meta.split && this.terms.anySplit(termsOf()) ? await splitReader() : undefined;
    let top: Array<[number, DocScore]> | undefined;
    let found = 0;
    let totalAtLeast = false;
    // Scored again, whole, after each read of tail blocks (term-chunk.ts: PostingsTail): a
    // first round with the postings of highest impact often proves the best documents already.
    for (let round = 0; !top; round++) {
      let touchedCount = 0;
      let done = false;
      let plan: TailPlan = null;
      try {
        const open: OpenTail[] = [];
        // Indexed loops, not for-of, in this block and the functions it calls: they run over
        // thousands of documents per keystroke, and code not yet optimized makes an iterator
        // result per step, garbage whose collection pauses typing.
        for (let w = 0; w < candidates.length; w++) {
          const list = candidates[w]!;
          let wordCount = 0;
          const opened = open.length;
          for (let i = 0; i < list.length; i++) wordCount = this.scoreTerm(list[i]!, stopOnly, keywords, langFilter, wordScore, wordTouched, wordCount, open, w, true);
          // cross-script: documents matched so far match this word in its own script, which ranks first
          for (let i = 0; i < wordCount; i++) sameScript[wordTouched[i]!]++;
          const ownScript = wordCount;
          // (without the lead's bonus: a sound-alike in a lead is no sign the text is about the
          // name, and with it names P@10 fell .842 -> .817 on the development names)
          const cross = crossScript[w]!;
          for (let i = 0; i < cross.length; i++) wordCount = this.scoreTerm(cross[i]!, stopOnly, false, langFilter, wordScore, wordTouched, wordCount, open, w, false);
          // which documents this word matched, for the bound on what its open tails may add
          if (split && open.length > opened && w < BIT_WORDS) {
            for (let i = 0; i < wordCount; i++) wordBits[wordTouched[i]!] |= (1 << w) | (i < ownScript ? 1 << (w + BIT_WORDS) : 0);
          }
          touchedCount = addWordScores(wordTouched, wordCount, wordScore, total, matched, touched, touchedCount);
        }

        // Documents that match more of a keyword query's words come first; of those, the ones
        // that match more of them in their own script (cross-script); BM25+ orders within. A
        // sentence is ranked by BM25+ alone, but for one tier: documents with a match in its own
        // script before those found only in the other script. Only the best `limit` are kept in
        // order: a two-letter prefix touches most documents.
        // -1, 0 or 1 for the scores, not their difference: a small integer is never boxed
        const tiers = keywords ? 1 : 0;
        const sameScriptCap = keywords ? 0xffff : 1;
        const before = (a: number, b: number) => tiers * (matched[a]! - matched[b]!) ||
          Math.min(sameScript[a]!, sameScriptCap) - Math.min(sameScript[b]!, sameScriptCap) || Math.sign(total[a]! - total[b]!) || b - a;
        const best = topK(touched, limit, before, touchedCount);
        plan = !open.length ? null : split ? split.planTails(open, best, limit, { touched, touchedCount, total, matched, sameScript, wordBits, tiers, sameScriptCap }) : 'all';
        // (a third round reads them all: the bound decides in one round or two, or not at all)
        if (plan && round >= 2) plan = 'all';
        if (!plan) {
          const terms = this.termsIn(candidates.map((list, w) => [...list, ...crossScript[w]!]), best, stopOnly);
          top = best.map((doc, i) => [doc, { score: total[doc]!, words: matched[doc]!, terms: terms[i]! }]);
          // the documents only in blocks not read are not counted
          totalAtLeast = open.some((o) => o.blocks.length);
          found = touchedCount;
        }
        done = true;
      } finally {
        if (done) for (let i = 0; i < touchedCount; i++) total[touched[i]!] = matched[touched[i]!] = sameScript[touched[i]!] = wordBits[touched[i]!] = 0;
        else for (const array of [total, matched, sameScript, wordScore, wordBits]) array.fill(0); // a corrupt chunk threw midway
      }
      if (!top) {
        // (not awaited inside the block above: the arrays are zeroed before another query may run)
        await (plan === 'all' ? this.terms.whole(termsOf()) : split!.readBlocks(this.terms, plan!));
        options.signal?.throwIfAborted();
      }
    }
    const docs = top.map(([doc]) => doc);
    const snippetsOf = (hits: SearchHit[]) => this.store.texts(docs).then((texts) => hits.map((hit, i) => withSnippet(hit, texts[i]!, top[i]![1].terms, later?.makeSnippet)));
    if (options.waitForSnippets !== false) {
      // texts fetched alongside the heads, in the same round trip
      const texts = this.store.texts(docs);
      texts.catch(() => {}); // awaited below, unless the heads fail first
      const heads = await this.store.heads(docs);
      await texts;
      options.signal?.throwIfAborted();
      return { query, ...read, hits: await snippetsOf(top.map(([, s], i) => toHit(heads[i]!, s))), total: found, ...(totalAtLeast && { totalAtLeast }) };
    }
    const heads = await this.store.heads(docs);
    options.signal?.throwIfAborted();
    const hits = top.map(([, s], i) => toHit(heads[i]!, s));
    let withText: Promise<SearchHit[]> | undefined;
    const withSnippets = () => (withText ??= snippetsOf(hits));
    return { query, ...read, hits, total: found, ...(totalAtLeast && { totalAtLeast }), withSnippets };
  }

  /**
   * {@link candidatesOf}, remembered for the last words searched: they depend only on the word
   * and the index, and typing on after a word (a misspelled one above all) would redo them.
   */
  private cachedCandidatesOf(word: QueryWord, partial: boolean, stopOnly: boolean): Promise<Candidate[]> {
    const key = JSON.stringify([word.norm, word.stem, word.cliticStem, word.prefix, word.maxEdits, partial, stopOnly]);
    let found = this.candidateCache.get(key);
    if (!found) {
      found = this.candidatesOf(word, partial, stopOnly);
      found.catch(() => this.candidateCache.delete(key));
      // the oldest goes first: the words being typed are the newest
      if (this.candidateCache.size >= CANDIDATE_CACHE_SIZE) this.candidateCache.delete(this.candidateCache.keys().next().value!);
      this.candidateCache.set(key, found);
    }
    return found;
  }

  /** Every index term a query word may match, with its weight; loads the chunks needed. */
  private async candidatesOf(word: QueryWord, partial: boolean, stopOnly: boolean): Promise<Candidate[]> {
    const exact = stopOnly ? word.norm : word.stem!;
    const wanted = [exact];
    if (word.cliticStem) wanted.push(word.cliticStem);
    if (!stopOnly && word.norm !== exact) wanted.push(word.norm);
    // an unfinished word's completions in the same round trip
    await this.terms.load(wanted, partial && !stopOnly && [...word.prefix].length >= MIN_PREFIX ? [word.prefix] : []);
    const out: Candidate[] = [];
    const seen = new Set<string>();
    const add = (term: string, weight: number, fields: FieldSet = 'all') => {
      if (!seen.has(term)) {
        seen.add(term);
        out.push({ term, weight, fields });
      }
    };
    const asTyped = stopOnly || word.norm === exact;
    if (this.terms.has(exact)) add(exact, 1, asTyped ? 'all' : 'stemmed');
    // the word as typed, for the title's exact-form field
    if (!asTyped && this.terms.has(word.norm)) add(word.norm, 1, 'surface');
    if (word.cliticStem && this.terms.has(word.cliticStem) &&
        acceptCliticReading(this.terms.documentFrequency(word.cliticStem), this.terms.documentFrequency(exact))) {
      add(word.cliticStem, CLITIC_WEIGHT, 'stemmed');
    }
    // The word is known when it, its clitic-less reading or (typing) a word it begins is in the index.
    let known = out.length > 0;
    if (partial && !stopOnly) known = (await this.addCompletions(word, word.prefix, add)) === 0 || known;
    // A typo can look like an affix, and the stemmer then makes another word of it: السلمة (for
    // السلامة) is read سلم and ة, تريين (for تركيين) تري and ين, both index terms, so the word is
    // known and the typo path below never runs. For a word the stemmer changed, the headlines'
    // words as written (the exact-form field) a typo away from it count too.
    if (known && word.maxEdits > 0 && !stopOnly && word.norm !== exact) {
      await this.addSameStart([word.norm], word.maxEdits, (term, distance) => add(term, fuzzyWeight(term.length, distance), 'surface'));
    }
    if (!known && word.maxEdits > 0 && !stopOnly) {
      // Typo tolerance only when the word itself is unknown, so an exact match always outranks a fuzzy one.
      // Candidates are the words that share the first half of the typed word (from the term
      // chunks) or its second half (from the word-ends chunks), whatever else happens to be
      // loaded: results must not depend on earlier queries.
      const bases = new Set([exact, word.norm, ...(word.cliticStem ? [word.cliticStem] : [])]);
      const halves = [...bases].map(firstHalf);
      const inScope = (term: string) => halves.some((half) => term.startsWith(half));
      // A typo can also keep the stemmer from recognizing a clitic or a suffix (negotiatons,
      // يطلقوخ, واملفاوضات): make every one-edit variant of the typed word (a letter left out,
      // added, replaced, or two swapped) and stem it; its stem counts if it is in the index.
      const variantStems = new Set<string>();
      for (const variant of oneEditVariants(word.norm, word.script === 'arabic' ? ARABIC_LETTERS : LATIN_LETTERS)) {
        for (const term of wordTerms(variant, word.script)) if (term) variantStems.add(term);
      }
      const [, byEnding] = await Promise.all([
        // (a swap in the second half is a one-edit variant below)
        this.addSameStart(bases, word.maxEdits, (term, distance) => add(term, fuzzyWeight(term.length, distance))),
        this.typosByEnding(bases, word.maxEdits, [...variantStems].filter((term) => !inScope(term))),
      ]);
      for (const term of variantStems) if (inScope(term) && this.terms.has(term)) add(term, fuzzyWeight(term.length, 1));
      for (const [term, distance] of byEnding) add(term, fuzzyWeight(term.length, distance));
    }
    // An unfinished word that is no word yet may be running into a suffix (المستشفيا, negotiati).
    // Its stems are not prefixes of what it is becoming (المستشفيات → مستشف), and a term the letters
    // typed begin (a headline's مستشفيات) keeps addCompletions from cutting them back: it is also
    // completed as typed before the suffix began, and its stems with the suffix finished count.
    const reading = partial && !stopOnly && !this.terms.has(exact) ? unfinishedSuffix(word.prefix, word.script) : null;
    if (reading) {
      const stems = reading.completed.flatMap((completed) => wordTerms(completed, word.script)).filter((stem) => stem !== null);
      await this.terms.load(stems);
      for (const stem of stems) if (this.terms.has(stem)) add(stem, SUFFIX_READING_WEIGHT, 'stemmed');
      await this.addCompletions(word, reading.base, (term, weight) => add(term, weight * SUFFIX_READING_WEIGHT));
    }
    return out;
  }

  /**
   * Calls `add` with each index term that shares the first half of one of `bases` and is
   * within `maxEdits` of it as MiniSearch's fuzzy search counts (a swap is two edits), and the
   * typos it stands for (a swap is one). Loads the term chunks of those halves.
   */
  private async addSameStart(bases: Iterable<string>, maxEdits: number, add: (term: string, distance: number) => void): Promise<void> {
    const halves = [...new Set([...bases].map(firstHalf))];
    await this.terms.load([], halves);
    const sameStart = halves.flatMap((half) => this.terms.withPrefix(half).map(([term]) => term));
    for (const base of bases) {
      for (const term of sameStart) {
        // lengths first (in UTF-16 units, two to a code point at most): a half of two letters
        // and an article starts hundreds of terms
        if (Math.abs(term.length - base.length) <= 2 * maxEdits && editDistance(base, term, maxEdits, false) <= maxEdits) add(term, editDistance(base, term, maxEdits));
      }
    }
  }

  /**
   * Index terms within `maxEdits` of a base word that end like it (the typo is in its first
   * half), and the stems of its one-edit variants that are index terms. Loads the term chunks
   * holding the closest {@link MAX_ENDING_CANDIDATES}, so their postings can be scored.
   */
  private async typosByEnding(bases: Set<string>, maxEdits: number, variantStems: string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    await Promise.all([...bases].map(async (base) => {
      const letters = [...base];
      // the letters after the first half and the one next to it: a typo (even two letters
      // swapped) touches either the first half or these
      const ending = letters.slice(Math.ceil(letters.length / 2) + 1).join('') || letters[letters.length - 1]!;
      const reversedBase = reverseTerm(base);
      for (const reversed of await this.ends.reversedEndingWith(ending)) {
        const distance = editDistance(reversedBase, reversed, maxEdits);
        if (distance === 0 || distance > maxEdits) continue;
        const term = reverseTerm(reversed);
        if (distance < (found.get(term) ?? Infinity)) found.set(term, distance);
      }
    }));
    const known = await this.ends.filterKnown(variantStems);
    for (const term of known) if (!found.has(term)) found.set(term, 1);
    const closest = [...found].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_ENDING_CANDIDATES);
    await this.terms.load(closest.map(([term]) => term));
    return new Map(closest);
  }

  /**
   * Adds the most frequent index terms that start with `typed`, cutting letters off its end
   * (up to {@link MAX_BACKOFF}) while nothing does. Returns how many letters were cut, or -1 when
   * nothing was found.
   */
  private async addCompletions(word: QueryWord, typed: string, add: (term: string, weight: number) => void): Promise<number> {
    for (let cut = 0; cut <= MAX_BACKOFF; cut++) {
      const prefix = typed.slice(0, typed.length - cut);
      if ([...prefix].length < Math.max(MIN_PREFIX, cut ? 3 : 0)) return -1;
      await this.terms.load([], [prefix]);
      // the most frequent first (postings size as frequency); ties alphabetically
      const completions = this.terms.mostFrequentWithPrefix(prefix, MAX_COMPLETIONS([...prefix].length));
      for (const term of completions) add(term, term === word.prefix ? 1 : prefixWeight(term.length, Math.max(1, term.length - typed.length)));
      if (completions.length) return cut;
    }
    return -1;
  }

  /**
   * For each of `docs`, the candidate terms it holds in some field (or in its title), in
   * candidate order: the words its title and snippet mark. A word as written (matched in the
   * exact-form field) is given by its stem, which is what marking compares. Each term's
   * postings are looked up once for all the documents (they are sorted by document).
   */
  private termsIn(candidates: Candidate[][], docs: number[], titleOnly: boolean): Array<Set<string>> {
    const fields = this.meta.fields;
    const out = docs.map(() => new Set<string>());
    for (const list of candidates) {
      for (const { term, fields: set } of list) {
        const postings = this.terms.postings(term) ?? [];
        for (let field = 0; field < postings.length; field++) {
          const entry = postings[field];
          if (!entry || (titleOnly && fields[field] !== 'title') || !inFieldSet(set, fields[field]!)) continue;
          const marked = SURFACE_FIELDS.has(fields[field]!) ? stemOfSurface(term) : term;
          // (a cross-script match of several words marks each of them)
          for (let i = 0; i < docs.length; i++) if (sortedIncludes(entry.docs, docs[i]!)) for (const part of marked.split(' ')) out[i]!.add(part);
        }
      }
    }
    return out;
  }

  /**
   * Adds the weighted BM25+ score of a candidate's term to `wordScore` for each document
   * holding it in the candidate's fields (in the range of one language's documents
   * `langFilter`, when given), with the lead's bonus where the document's lead holds it
   * (`withLead`: keyword queries), lists the documents it scores first in `touched` from place
   * `count` on, and returns the list's new length. The hot loop of every keystroke: a two-letter
   * prefix scores most documents.
   */
  private scoreTerm({ term, weight, fields: set }: Candidate, titleOnly: boolean, withLead: boolean, langFilter: [number, number] | undefined,
    wordScore: Float64Array, touched: Int32Array, count: number, open: OpenTail[], word: number, sameScript: boolean): number {
    const postings = this.terms.postings(term);
    if (!postings) return count;
    const { fields, documentCount, documentLengths } = this.meta;
    const [from, to] = langFilter ?? [0, documentCount];
    const norms = this.lengthNorms();
    for (let field = 0; field < postings.length; field++) {
      const entry = postings[field];
      if (!entry || (titleOnly && fields[field] !== 'title') || !inFieldSet(set, fields[field]!)) continue;
      const boost = (FIELD_BOOST[fields[field]!] ?? 1) * weight;
      const { docs, freqs, lengths } = entry;
      const n = docs.length;
      // a split field's idf is its whole postings' (the documents of its tail blocks counted)
      const idf = bm25Idf(entry.tail ? entry.tail.documents : n, documentCount);
      if (entry.tail?.blocks.length) open.push({ term, field, word, sameScript, known: docs, blocks: entry.tail.blocks, scale: boost * idf });
      const norm = norms[field]!;
      const lead = entry.lead;
      const bonus = withLead && lead ? leadBonus(boost, idf) : 0;
      for (let i = 0; i < n; i++) {
        const doc = docs[i]!;
        if (doc < from || doc >= to) continue;
        let score = boost * bm25(freqs[i]!, idf, norm[lengths ? lengths[i]! : documentLengths[doc]!]!);
        if (bonus !== 0 && lead![i] === 1) score += bonus;
        // BM25+ is never 0, so 0 means "not seen for this word yet"
        if (wordScore[doc] === 0) touched[count++] = doc;
        wordScore[doc] += score;
      }
    }
    return count;
  }

  /** Per field, the BM25+ length part of each length code a posting may carry, made at the first query. */
  private lengthNorms(): Float64Array[] {
    return (this.norms ??= this.meta.averageFieldLength.map(lengthNormsByCode));
  }
}

/**
 * Adds one query word's scores (`wordScore` of the first `wordCount` documents of
 * `wordTouched`) to the documents' totals and counts of words matched, and zeroes them; lists
 * the documents seen for the first time in `touched` from place `touchedCount` on, and returns
 * its new length. Its own small function, so the engine optimizes it soon: unoptimized code
 * boxes every number read from a Float64Array, thousands per keystroke.
 */
function addWordScores(
  wordTouched: Int32Array, wordCount: number, wordScore: Float64Array,
  total: Float64Array, matched: Uint16Array, touched: Int32Array, touchedCount: number,
): number {
  for (let i = 0; i < wordCount; i++) {
    const doc = wordTouched[i]!;
    if (matched[doc] === 0) touched[touchedCount++] = doc;
    total[doc] += wordScore[doc]!;
    matched[doc]++;
    wordScore[doc] = 0;
  }
  return touchedCount;
}

/** The stem of a word as written (a term of the exact-form field); a stop word is its own. */
function stemOfSurface(term: string): string {
  const [token] = analyzeText(term);
  return token?.stem ?? term;
}

/** Whether a candidate matching in `set` counts in the field named `field`. */
function inFieldSet(set: FieldSet, field: string): boolean {
  return set === 'all' || (set === 'surface') === SURFACE_FIELDS.has(field);
}

const LATIN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
// Normalized Arabic letters (hamza seats, alef forms, ى and ة are already folded).
const ARABIC_LETTERS = [...'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي'];

/** The first half of a word (rounded up): a one-letter typo in its second half leaves it intact. */
function firstHalf(word: string): string {
  const letters = [...word];
  return letters.slice(0, Math.ceil(letters.length / 2)).join('');
}

/** Every word one typo away from `word`: a letter deleted, inserted, replaced, or two neighbours swapped. */
function oneEditVariants(word: string, alphabet: string[]): Set<string> {
  const letters = [...word];
  const out = new Set<string>();
  const at = (i: number, insert: string, skip: number) => [...letters.slice(0, i), insert, ...letters.slice(i + skip)].join('');
  for (let i = 0; i <= letters.length; i++) {
    if (i < letters.length) out.add(at(i, '', 1));
    if (i + 1 < letters.length && letters[i] !== letters[i + 1]) out.add(at(i, letters[i + 1]! + letters[i]!, 2));
    for (const c of alphabet) {
      out.add(at(i, c, 0));
      if (i < letters.length && c !== letters[i]) out.add(at(i, c, 1));
    }
  }
  out.delete(word);
  return out;
}

/**
 * The cross-script candidates of each word searched (`active`), from those of every word that is
 * not a stop word (`chosen`, whose lists `crossScriptCandidates` gives): a sentence leaves its
 * question words out, and a query of stop words only has none. Like a stem, a term of the other
 * script counts in the stemmed fields.
 */
function crossScriptOf(active: QueryWord[], chosen: QueryWord[], lists: CrossCandidate[][], stopOnly: boolean): Candidate[][] {
  return active.map((word) => stopOnly ? [] : (lists[chosen.indexOf(word)] ?? []).map(({ term, weight }) => ({ term, weight, fields: 'stemmed' as const })));
}

/** A hit with an empty snippet, from the document's head. */
function toHit(doc: DocumentHead, score: DocScore): SearchHit {
  const base = doc.lang.split('-')[0]!.toLowerCase();
  return {
    id: doc.id,
    title: doc.title,
    lang: doc.lang,
    dir: RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr',
    ...(doc.url !== undefined && { url: doc.url }),
    ...(doc.date !== undefined && { date: doc.date }),
    ...(doc.source !== undefined && { source: doc.source }),
    score: score.score,
    snippet: '',
    snippetMarks: [],
    titleMarks: matchRanges(doc.title, score.terms),
  };
}

/**
 * The hit with its snippet cut from the document's text around the matched terms (not from a
 * restated title); as it is, with no snippet, when the deferred part that cuts snippets is missing.
 */
function withSnippet(hit: SearchHit, text: string, terms: Set<string>, makeSnippet?: DeferredSearch['makeSnippet']): SearchHit {
  if (!makeSnippet) return hit;
  const snippet = makeSnippet(text, terms, hit.title);
  return { ...hit, snippet: snippet.text, snippetMarks: snippet.marks };
}
