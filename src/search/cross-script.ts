import { analyzeQuery, normalize, stripArticle, wordTerms, type AnalyzedQuery, type QueryWord } from '../analyzer/index.js';
import { otherLayoutReadings } from '../analyzer/keyboard-layout.js';
import { arabicSoundKey, joinSoundKeys, latinSoundKeys, MIN_SOUND_CLASSES, soundDistance, type SoundKey } from '../analyzer/sound-key.js';
import type { TermPostings } from '../format/index.js';
import { SOUND_PREFIX } from '../format/sound-chunk.js';
import { sortedIndexOf } from './chunk-directory.js';
import type { SoundTable } from './sound-table.js';
import type { TermDictionary } from './term-dictionary.js';

/**
 * Cross-script search at query time: the keyboard-layout reading of a query (`hgrhivm` searched
 * as القاهرة), and the terms of the other script each query word may match by sound or alias
 * (Daraa → درعا, Hezbollah → حزب الله, Cairo → القاهرة, درعا → daraa). Everything comes from
 * the index (its term and sound-table chunks, fetched as needed), never from which chunks
 * happen to be loaded.
 *
 * @module
 */

/** One way a query word matches in the other script: an index term, or terms joined by a space that a document must all hold. */
export interface CrossCandidate {
  term: string;
  weight: number;
}

/** Weight of an alias (Cairo → القاهرة): chosen by people, so trusted. */
const ALIAS_WEIGHT = 1;
/** Weight of a sound match of three consonant classes or more. */
const SOUND_WEIGHT = 0.6;
/** Weight of a sound match of two classes: Doha and الدوحة, but also more words that merely sound alike. */
const SHORT_SOUND_WEIGHT = 0.3;
/** Share of its weight a sound match keeps when another spells the sound as well and comes first. */
const RUNNER_UP = 0.5;
/** Words of the other script a sound lookup may match, the most frequent first. */
const MAX_SOUND_MATCHES = 4;

interface Lookup {
  lookup: string;
  /** The query words a match counts for. */
  words: number[];
  /** For a sound lookup, the query's sound key, which a match must sound like. */
  sound?: SoundKey;
  script: 'arabic' | 'latin';
}

/** Fewest keys typed for a query to be read on the other layout: one or two keys read as anything. */
const MIN_LAYOUT_KEYS = 3;

/**
 * The text to search instead of `query` (analyzed as `typed`) when it reads as nothing in its own
 * script and as words of the index on the other keyboard layout; undefined to search it as typed.
 */
export async function layoutReading(query: string, typed: AnalyzedQuery, terms: TermDictionary): Promise<string | undefined> {
  if (!typed.words.length || query.replace(/\s/g, '').length < MIN_LAYOUT_KEYS) return undefined;
  const known = await knownWords(typed, terms);
  if (known === typed.words.length) return undefined;
  for (const text of otherLayoutReadings(query)) {
    const reading = analyzeQuery(text);
    if (!reading.words.some((w) => !w.stop)) continue;
    // every word of the reading is known, while some of the query's are not
    if ((await knownWords(reading, terms)) === reading.words.length) return text;
  }
  return undefined;
}

/**
 * How many words of a query the index holds (the unfinished last one: begins an index term, or
 * is a single letter, the start of any word).
 */
async function knownWords(query: AnalyzedQuery, terms: TermDictionary): Promise<number> {
  const last = query.words.length - 1;
  const known = await Promise.all(query.words.map(async (word, i) => {
    const typing = query.lastIsPartial && i === last;
    if (typing && [...word.norm].length < 2) return true;
    const exact = [word.stem, word.norm, word.cliticStem ?? ''].filter(Boolean);
    const prefix = typing && !word.stop && [...word.prefix].length >= 2 ? word.prefix : '';
    await terms.load(exact, prefix ? [prefix] : []);
    return exact.some((t) => terms.has(t)) || (!!prefix && terms.hasPrefix(prefix));
  }));
  return known.filter(Boolean).length;
}

/**
 * For each word of `query` (analyzed as `analyzed`) that is not a stop word (none when all are), the terms of the other
 * script it matches: by alias (a word or two), and by sound, alone or with its neighbour (Abu
 * Dhabi = أبوظبي, Deir ez-Zor = دير الزور). A match of several terms (Hezbollah = حزب الله) is
 * defined in `terms` as one term whose postings are the documents holding them all.
 */
export async function crossScriptCandidates(query: string, analyzed: AnalyzedQuery, table: SoundTable, terms: TermDictionary): Promise<CrossCandidate[][]> {
  const { words: all, lastIsPartial } = analyzed;
  const words = all.filter((w) => !w.stop);
  const out = words.map((): CrossCandidate[] => []);
  let lookups = planLookups(query, words);
  if (!lookups.length) return (words.length ? words : all).map(() => []);
  // A Latin word is read by sound only if it is a name of the index's English side, or no word
  // of it at all: olive, an English word, does not stand for ألف (its names are under _ and its sound key).
  const latin = words.map((w, i) => (w.script === 'latin' && lookups.some((l) => l.sound && l.words.length === 1 && l.words[0] === i) ? i : -1)).filter((i) => i >= 0);
  const nameLookups = latin.map((i) => SOUND_PREFIX.latinName + latinSoundKeys(words[i]!.norm)[0]!.key);
  // all in one round trip: the sound table, and the terms that say whether a word is one of the index
  const last = words[words.length - 1];
  const typing = lastIsPartial && last === all[all.length - 1] ? last : undefined;
  // A word still being typed is a word of its own script half typed, not a name: one letter;
  // an Arabic word that is no word of the index yet (أولويا is أولويات); and a word of two or
  // three letters (after an article) that begins index terms (gov, حج of الحج), even one that is
  // a word itself: its sound matches (hajj) would be guesses, and fetching their terms a second
  // round trip on the keystroke. Dar'a, Doha, Tunis (which begins tunisia) or any longer word may
  // be a name.
  // Only a word of two or three letters needs the terms it begins here, and they are the terms
  // its completions need (the searcher loads them in the same round); those of one letter (م of
  // الم) or of an article alone (وال) would be a good part of the vocabulary, hundreds of chunks
  // at 100,000 documents.
  const letters = typing ? [...typing.prefix].length : 0;
  const short = typing && letters > 1 && letters < 4 ? typing.prefix : undefined;
  const [found] = await Promise.all([
    table.lookUp([...lookups.map((l) => l.lookup), ...nameLookups]),
    terms.load([...latin.map((i) => words[i]!.stem), ...(typing ? [typing.stem] : [])], short ? [short] : []),
  ]);
  const common = new Set(latin.filter((i, k) => terms.has(words[i]!.stem) && !found.get(nameLookups[k]!)?.includes(words[i]!.norm)));
  const begins = !!short && terms.hasPrefix(short);
  const unfinished = typing && (letters < 2 || begins || (typing.script === 'arabic' && !terms.has(typing.stem))) ? words.length - 1 : -1;
  // (two words read as one are kept unless both are common words: Abu Dhabi)
  lookups = lookups.filter((l) => !l.words.includes(unfinished) && (!l.sound || !l.words.every((w) => common.has(w))));
  const matches: Array<{ words: number[]; term: string; weight: number; alias: boolean }> = [];
  for (const l of lookups) {
    const other = l.script === 'latin' ? 'arabic' : 'latin';
    const termsOf = (value: string) => value.split(' ').map((w) => wordTerms(normalize(w), other)[0]!);
    let values = found.get(l.lookup) ?? [];
    const sound = l.sound;
    if (sound) {
      // the words that spell the query's sound best (no long vowel unwritten), the closest
      // first, uninflected ones (names) before others as close, then the most frequent;
      // remembered, as each keystroke asks again for the words typed before
      const signature = `${l.lookup}|${sound.gaps.join('|')}|${sound.letters}`;
      const chosen = bestMatches.get(signature) ?? (() => {
        const distances = values.map((value) => distanceTo(sound, l.script, value));
        const best = Math.floor(Math.min(...distances));
        const ranked = values.flatMap((value, i) => (distances[i]! < Infinity && Math.floor(distances[i]!) === best
          ? [{ value, distance: distances[i]!, bare: isBare(value, termsOf(value)) }] : []));
        return ranked.sort((a, b) => a.distance - b.distance || Number(b.bare) - Number(a.bare)).slice(0, MAX_SOUND_MATCHES).map((e) => e.value);
      })();
      if (bestMatches.size >= REMEMBERED) bestMatches.delete(bestMatches.keys().next().value!);
      bestMatches.set(signature, chosen);
      values = chosen;
    }
    const entries = values.map((value) => ({ terms: termsOf(value) }));
    entries.forEach(({ terms: t }, i) => {
      const weight = !l.sound ? ALIAS_WEIGHT : (l.sound.key.length > MIN_SOUND_CLASSES ? SOUND_WEIGHT : SHORT_SOUND_WEIGHT) * (i ? RUNNER_UP : 1);
      matches.push({ words: l.words, term: t.join(' '), weight, alias: !l.sound });
    });
  }
  const parts = new Set(matches.flatMap((m) => m.term.split(' ')));
  await terms.load(parts);
  const known = matches.filter((m) => m.term.split(' ').every((t) => terms.has(t)));
  // words an alias reads (Cairo: القاهرة) are not read by sound too (كارو)
  const aliased = new Set(known.flatMap((m) => (m.alias ? m.words : [])));
  // a match of several words is scored as one term, made of its words' postings whole
  await terms.whole(known.filter((m) => m.term.includes(' ')).flatMap((m) => m.term.split(' ')));
  for (const { words: at, term, weight, alias } of known) {
    if (!alias && at.every((w) => aliased.has(w))) continue;
    const each = term.split(' ');
    if (each.length > 1 && !terms.postings(term)) terms.define(term, conjoin(each.map((t) => terms.postings(t)!)));
    for (const w of at) if (!out[w]!.some((c) => c.term === term)) out[w]!.push({ term, weight });
  }
  return out;
}

/** Sound lookups whose best matches are remembered (see crossScriptCandidates). */
const REMEMBERED = 256;
const bestMatches = new Map<string, string[]>();

/** Whether words are their own terms (a final ة aside): names are, inflected words (جدا is, but also جدة → جد) mostly are not. */
function isBare(value: string, terms: string[]): boolean {
  return normalize(value).split(' ').every((w, i) => terms[i] === w || terms[i] === w.replace(/ه$/, ''));
}

/** How far `value` (words of the other script) is from the query's sound key `sound` (see soundDistance). */
function distanceTo(sound: SoundKey, script: 'arabic' | 'latin', value: string): number {
  if (script === 'latin') return soundDistance(sound, value.split(' ').map(arabicSoundKey).reduce(joinSoundKeys));
  return Math.min(...latinSoundKeys(value).map((latin) => soundDistance(latin, sound)));
}

/** The sound keys of a query word: a Latin word's (also without a leading al or el: Alqaeda), an Arabic word's without its article (and its clitic). */
function soundKeysOf(query: string, word: QueryWord): SoundKey[] {
  if (word.script === 'arabic') return formsOf(word).map((form) => arabicSoundKey(FINAL_MAQSURA.test(query.slice(word.start, word.end)) ? form.slice(0, -1) + 'ى' : form));
  if (word.script !== 'latin') return [];
  const keys = latinSoundKeys(word.norm);
  return /^[ae]l.../.test(word.norm) ? [...keys, ...latinSoundKeys(word.norm.slice(2))] : keys;
}

/** An Arabic word as the sound table writes it: without its article, and also without its clitic (بدمشق: دمشق). */
function formsOf(word: QueryWord): string[] {
  const form = stripArticle(word.norm);
  return word.cliticStem ? [form, stripArticle(word.norm.slice(1))] : [form];
}

const FINAL_MAQSURA = /ى\p{M}*$/u;

function planLookups(query: string, words: readonly QueryWord[]): Lookup[] {
  const lookups: Lookup[] = [];
  const keys = words.map((w) => (w.stop ? [] : soundKeysOf(query, w)));
  const phraseOf = (w: QueryWord) => (w.script === 'arabic' ? formsOf(w)[0]! : w.norm);
  words.forEach((word, i) => {
    if (!keys[i]!.length) return;
    const script = word.script as 'arabic' | 'latin';
    const soundLookup = (key: string) => (script === 'arabic' ? SOUND_PREFIX.latinName + key : key);
    // aliases: this word (also without its clitic), and with the next one
    for (const form of script === 'arabic' ? formsOf(word) : [word.norm]) lookups.push({ lookup: SOUND_PREFIX.alias + form, words: [i], script });
    for (const sound of keys[i]!) if (sound.key.length >= MIN_SOUND_CLASSES) lookups.push({ lookup: soundLookup(sound.key), words: [i], sound, script });
    // with the next word, as one name
    const next = words[i + 1];
    if (next?.script === script && keys[i + 1]!.length) {
      const sound = joinSoundKeys(keys[i]![0]!, keys[i + 1]![0]!);
      const words = [i, i + 1];
      lookups.push({ lookup: soundLookup(sound.key), words, sound, script }, { lookup: SOUND_PREFIX.alias + phraseOf(word) + ' ' + phraseOf(next), words, script });
    }
  });
  return lookups;
}

/**
 * Postings of the documents holding every one of `lists`' terms in a field, in that field, each
 * as often as the rarest of them there, with the field's length where postings carry it: a pair
 * of words counted as one term.
 */
function conjoin(lists: TermPostings[]): TermPostings {
  return lists[0]!.map((first, f) => {
    const docs: number[] = [];
    const freqs: number[] = [];
    const lengths: number[] = [];
    first?.docs.forEach((doc, i) => {
      const at = lists.map((l) => (l[f] ? sortedIndexOf(l[f].docs, doc) : -1));
      if (at.every((j) => j >= 0)) {
        docs.push(doc);
        freqs.push(Math.min(...at.map((j, k) => lists[k]![f]!.freqs[j]!), first.freqs[i]!));
        if (first.lengths) lengths.push(first.lengths[i]!);
      }
    });
    return docs.length ? { docs, freqs, ...(first!.lengths && { lengths }) } : undefined;
  });
}
