import { stripArticle } from './arabic-stem.js';

/**
 * Sound keys: what a Latin spelling of a name (Daraa, Qalamoun, 7ama) and its Arabic spelling
 * (درعا, القلمون, حماة) have in common, so that either finds the other. A word is read as its
 * consonants, each folded into a class shared by both scripts (ق ك and q k c → K), with the
 * vowel letters between them kept apart as *gaps*. Two words may match when their classes are
 * the same ({@link SoundKey.key}, what the index is looked up by), and then do when every long
 * vowel Arabic writes (ا و ي) has a Latin letter that spells it in the same gap, and the word
 * ends alike ({@link soundsAlike}): Daraa = درعا but not دار, Doha = الدوحة but not ضحية.
 * After Freeman et al. (2006), edit distance over letter-equivalence classes, and ASOUNDEX.
 *
 * @module
 */

/**
 * Fewest consonant classes a sound key needs to be looked up: a key of one class (`L`, `B`) is
 * shared by hundreds of words, none of which can be told from the others.
 */
export const MIN_SOUND_CLASSES = 2;

/** A word as consonant classes and the vowel letters around and between them. */
export interface SoundKey {
  /** One letter per consonant class (B T J H X D Z R S C K F L M N): what the index is searched by. */
  key: string;
  /**
   * `key.length + 1` gaps: before the first consonant, between each two, after the last. Arabic
   * gaps hold `a u i` for ا و ي, `'` for ع and ء, `e` for a final ه or ة, `h` for a final ح;
   * `y` for ى. Latin gaps the vowels and w, y, `'` (Arabizi 2 and 3) and a final h.
   */
  gaps: string[];
  /** The key with its K classes told apart: `q` for ق and a Latin q, `k` for ك and k, c (Kerry = كيري before قري). */
  letters: string;
}

/** Arabic letters and their consonant classes, letter for letter. */
const ARABIC_LETTERS = 'بپتطثجغگحهخدضذزظرسصشچفڤقكلمن';
const ARABIC_CLASSES = 'BBTTTJJJHHXDDZZZRSSCCFFKKLMN';
// ى (alef maqsura) is kept apart from ي where the sound table keeps it (Mustafa = مصطفى, Sistani = السيستاني)
const ARABIC_VOWELS: Record<string, string> = { ا: 'a', ى: 'y', و: 'u', ي: 'i', ء: "'", ع: "'" };

// Latin spellings of each class; Arabizi digits are letters (7 ح, 5 خ, 6 ط, 8 ق, 9 ص, 2 and 3 glottal).
const LATIN_DIGRAPHS = ['kh', 'gh', 'sh', 'ch', 'th', 'ph', 'dj', 'zh', 'ck'];
const DIGRAPH_CLASSES = 'XJCCTFJJK';
const LATIN_LETTERS = 'bptdzskqgjhfvlmnr75689';
const LATIN_CLASSES = 'BBTDZSKKJJHFFLMNRHXTKS';
const LATIN_GAP = /[aeiouyw23]/;

/**
 * Builds a key class by class: doubled consonants collapse (Raqqa, عمّان), m and n before b are
 * one class (Jumblatt = جنبلاط). `finish` moves a final consonant h (ح, or a Latin h after a
 * vowel) into the last gap: Fatah = فتح, Jeddah = جدة.
 */
function keyBuilder() {
  let key = '';
  let letters = '';
  const gaps = [''];
  const vowel = (v: string) => void (gaps[gaps.length - 1] += v);
  const consonant = (c: string, letter = c) => {
    const last = key[key.length - 1];
    if (gaps[gaps.length - 1] || last !== c) {
      const mb = c === 'B' && last === 'M' && !gaps[gaps.length - 1];
      key = (mb ? key.slice(0, -1) + 'N' : key) + c;
      letters = (mb ? letters.slice(0, -1) + 'N' : letters) + letter;
      gaps.push('');
    }
  };
  const finish = (finalH: boolean): SoundKey => {
    if (finalH && key.endsWith('H') && !gaps[gaps.length - 1]) {
      key = key.slice(0, -1);
      letters = letters.slice(0, -1);
      gaps.pop();
      vowel('h');
    }
    return { key, gaps, letters };
  };
  return { vowel, consonant, finish };
}

/**
 * The sound key of a normalized Arabic word, read without its article (القلمون as قلمون):
 * `درعا` → `DR` with gaps `['', '', "'a"]`.
 */
export function arabicSoundKey(norm: string): SoundKey {
  const word = stripArticle(norm);
  const b = keyBuilder();
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const last = i === word.length - 1;
    if (ch === 'ت' && word[i + 1] === 'ش') {
      b.consonant('C'); // تش spells ch: سوتشي = Sochi
      i++;
    } else if (ch === 'ه' && last && i > 0) b.vowel('e');
    else if (ARABIC_LETTERS.includes(ch)) b.consonant(ARABIC_CLASSES[ARABIC_LETTERS.indexOf(ch)]!, ch === 'ق' ? 'q' : ch === 'ك' ? 'k' : undefined);
    else if (ARABIC_VOWELS[ch]) b.vowel(ARABIC_VOWELS[ch]!);
  }
  return b.finish(word.endsWith('ح'));
}

/**
 * The sound keys of a normalized Latin word (lower case, without apostrophes): one, or two when
 * it holds `dh`, which spells ذ and ظ (Abu Dhabi) as well as ض (Riyadh).
 * `daraa` → `DR` with gaps `['', 'a', 'aa']`.
 */
export function latinSoundKeys(norm: string): SoundKey[] {
  const readings = norm.includes('dh') ? ['Z', 'D'] : ['Z'];
  return readings.map((dh) => latinKey(norm, dh));
}

function latinKey(word: string, dh: string): SoundKey {
  const b = keyBuilder();
  let finalH = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1] ?? '';
    const digraph = LATIN_DIGRAPHS.indexOf(ch + next);
    if (ch + next === 'dh' || digraph >= 0) {
      b.consonant(digraph < 0 ? dh : DIGRAPH_CLASSES[digraph]!, ch + next === 'ck' ? 'k' : undefined);
      i++;
    } else if (LATIN_GAP.test(ch)) b.vowel(ch === '2' || ch === '3' ? "'" : ch);
    else if (ch === 'c') b.consonant(/[eiy]/.test(next) ? 'S' : 'K', 'k');
    else if (ch === 'x') {
      b.consonant('K', 'k');
      b.consonant('S');
    } else if (ch === 'g' && word[i - 1] === 'n' && LATIN_LETTERS.includes(next) && next !== 'h' && next) continue; // Washington = واشنطن
    else if (ch === 'h' && i === word.length - 1 && i > 0 && LATIN_GAP.test(word[i - 1]!)) finalH = true;
    else if (LATIN_LETTERS.includes(ch)) b.consonant(LATIN_CLASSES[LATIN_LETTERS.indexOf(ch)]!, ch === 'q' || ch === '8' ? 'q' : ch === 'k' ? 'k' : undefined);
  }
  const key = b.finish(false);
  if (finalH) key.gaps[key.gaps.length - 1] += 'h';
  return key;
}

/** Latin letters that may spell each Arabic long vowel, ى (`y`), and a final ة or ه (`e`). */
const SPELLINGS: Record<string, string> = { a: 'a', u: 'ouw', i: 'iey', y: 'ae', e: 'aeh' };
/** At the very end ا may be an e (Geneve). */
const LAST_SPELLINGS: Record<string, string> = { ...SPELLINGS, a: 'ae' };
/** Two or more vowel letters left over in a gap: a long vowel the Arabic word does not write (Sweida ≠ سوداء). */
const LONG_VOWEL = /[aeiou].*[aeiou]/;

/** A Latin vowel letter left over, unspelled by the Arabic word: a short vowel, most often. */
const LEFTOVER = 1 / 16;

/**
 * How the Latin gap `latin` spells the Arabic gap `arabic` (at the start, in the middle, or at
 * the end of the word): -1 when it cannot; else 1 when letters for a long vowel are left over
 * (unless ع or ء, which Latin often writes as vowels, are there: Taiz = تعز), plus
 * {@link LEFTOVER} for each vowel letter left over.
 */
function gapDistance(arabic: string, latin: string, at: 'start' | 'middle' | 'end'): number {
  // a word starts with a vowel in both scripts or in neither (Iraq = عراق, Amman = عمان)
  if (at === 'start') return !arabic === !latin ? 0 : -1;
  if (at === 'end') {
    if (arabic.includes('h')) return latin.includes('h') ? 0 : -1;
    // a final h after a vowel is a ة or ه (Jeddah = جدة, not جدا)
    if (latin.includes('h') && !arabic.includes('e')) return -1;
    // a word that ends in a consonant in Arabic ends in one in Latin, or in a silent e (George = جورج)
    if (!arabic) return latin === '' || latin === 'e' ? 0 : -1;
    // a final ع or ء may go unwritten (Sanaa, Sana); a vowel may not (Daraa ≠ دار)
    if (!latin) return /[aiuey]/.test(arabic) ? -1 : 0;
  }
  const left = [...latin];
  let i = 0;
  let weak = 0;
  for (let k = 0; k < arabic.length; k++) {
    const ways = (at === 'end' && k === arabic.length - 1 ? LAST_SPELLINGS : SPELLINGS)[arabic[k]!];
    // ع and ء need no letter of their own, nor does a ة after a long vowel (حماة = Hama)
    if (!ways || (arabic[k] === 'e' && /[aiuy]/.test(arabic.slice(0, k)))) continue;
    while (i < left.length && !ways.includes(left[i]!)) i++;
    if (i >= left.length) return -1;
    // a lone e is a short vowel more often than a ي (Jeddah = جدة before جيدة; still Merkel = ميركل)
    if (arabic[k] === 'i' && left[i] === 'e' && !/[eiy]/.test(left[i + 1] ?? '')) weak++;
    left[i++] = '';
  }
  const rest = left.join('');
  return (LONG_VOWEL.test(rest) && !arabic.includes("'") ? 1 : 0) + (rest.replace(/[^aeiouwy]/g, '').length + 2 * weak) * LEFTOVER;
}

/**
 * How far a Latin word and an Arabic word (as sound keys) are from spelling one name: Infinity
 * when they cannot (other consonant classes, or a gap that does not fit), else the number of
 * long vowels the Latin spelling has and the Arabic one does not write, and a fraction for each
 * vowel letter the Arabic word leaves unexplained (Astana is استانا before استثناء). Not symmetric in its
 * arguments' scripts: Latin writes the short vowels Arabic leaves out, so Latin gaps may hold more.
 */
export function soundDistance(latin: SoundKey, arabic: SoundKey): number {
  if (latin.key !== arabic.key) return Infinity;
  const last = arabic.gaps.length - 1;
  // q spells ق and k ك; the other way round is allowed (Kalamoun, Iraq), at a cost
  let distance = [...latin.letters].filter((l, i) => l !== arabic.letters[i]).length * 2 * LEFTOVER;
  for (let i = 0; i <= last; i++) {
    const d = gapDistance(arabic.gaps[i]!, latin.gaps[i]!, i === 0 ? 'start' : i === last ? 'end' : 'middle');
    if (d < 0) return Infinity;
    // Arabic does not follow a long vowel with two consonants: Sadr is صدر before صادر (sādir)
    const cluster = i > 0 && i + 1 < last && /[aiu]/.test(arabic.gaps[i]!) && !arabic.gaps[i + 1] && !latin.gaps[i + 1];
    distance += d + (cluster ? 2 * LEFTOVER : 0);
  }
  return distance;
}

/** Whether a Latin word and an Arabic word (as sound keys) may be spellings of one name (see {@link soundDistance}). */
export function soundsAlike(latin: SoundKey, arabic: SoundKey): boolean {
  return soundDistance(latin, arabic) < Infinity;
}

/**
 * Two words read as one (حزب الله as Hezbollah, Abu Dhabi as أبوظبي): the classes run on and
 * the gap between the words is the first's last gap and the second's first.
 */
export function joinSoundKeys(first: SoundKey, second: SoundKey): SoundKey {
  const gaps = [...first.gaps];
  gaps[gaps.length - 1] += second.gaps[0]!;
  return { key: first.key + second.key, gaps: [...gaps, ...second.gaps.slice(1)], letters: first.letters + second.letters };
}

/**
 * The sound key a query word is looked up by in the other script, as the demo's analyzer panel
 * shows it (`Daraa` and `درعا`: `DR`; a Latin word with dh has two, `ZB/DB`); empty for stop
 * words and numbers. (Not on `analyzeQuery`'s words: this module is in the engine's deferred part.)
 */
export function soundKeyOf(word: { norm: string; script: string; stop: boolean }): string {
  if (word.stop) return '';
  if (word.script === 'arabic') return arabicSoundKey(word.norm).key;
  return word.script === 'latin' ? latinSoundKeys(word.norm).map((k) => k.key).join('/') : '';
}
