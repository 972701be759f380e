/**
 * English stemming: Porter2 (the Snowball English stemmer), written from the published
 * algorithm (snowballstem.org/algorithms/english/stemmer.html) to keep the bundle free of
 * dependencies. The analyzer uses only its inflectional steps ({@link stemEnglish}: plurals,
 * -ed, -ing, -y, a final e); the derivational steps 2–4 ({@link porter2}) lowered relevance on the
 * development queries (deadly = dead, initiative → initi defeats typo matching).
 * Input is a lowercase word without apostrophes (the tokenizer removes a final 's).
 *
 * @module
 */

const EXCEPTIONS: Record<string, string> = {
  skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl',
  ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe',
  atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes',
};
const AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);
// Words whose R1 starts after this prefix: keeps general ≠ generous, universe ≠ university.
const R1_PREFIXES = ['gener', 'commun', 'arsen', 'past', 'univers', 'later', 'emerg', 'organ'];
const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const LI_ENDING = 'cdeghkmnrt';

const STEP2: Array<[string, string]> = [
  ['ization', 'ize'], ['ational', 'ate'], ['fulness', 'ful'], ['ousness', 'ous'], ['iveness', 'ive'],
  ['tional', 'tion'], ['biliti', 'ble'], ['lessli', 'less'], ['entli', 'ent'], ['ation', 'ate'],
  ['alism', 'al'], ['aliti', 'al'], ['ousli', 'ous'], ['iviti', 'ive'], ['fulli', 'ful'], ['enci', 'ence'],
  ['anci', 'ance'], ['abli', 'able'], ['izer', 'ize'], ['ator', 'ate'], ['alli', 'al'], ['bli', 'ble'],
  ['ogi', 'og'], ['li', ''],
];
const STEP3: Array<[string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['alize', 'al'], ['icate', 'ic'], ['iciti', 'ic'], ['ative', ''],
  ['ical', 'ic'], ['ness', ''], ['ful', ''],
];
const STEP4 = ['ement', 'ance', 'ence', 'able', 'ible', 'ment', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous',
  'ive', 'ize', 'ion', 'al', 'er', 'ic'];

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/** Start of the region after the first non-vowel that follows a vowel, from `from`. */
function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

/** A short syllable ends the word at `end`: (non-vowel) vowel non-vowel-but-not-wxY, or vowel non-vowel at the start. */
function endsShortSyllable(w: string, end = w.length): boolean {
  if (end === 2) return isVowel(w[0]) && !isVowel(w[1]);
  if (end < 3) return false;
  const c = w[end - 1]!;
  return !isVowel(c) && c !== 'w' && c !== 'x' && c !== 'Y' && isVowel(w[end - 2]) && !isVowel(w[end - 3]);
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowel(w[i])) return true;
  return false;
}

/**
 * Stems an English word with Porter2's inflectional steps (0, 1a–1c and 5): elections →
 * election, elected → elect, hoping → hope, deadly → deadli (not dead), news → news.
 */
export function stemEnglish(word: string): string {
  return stem(word, false);
}

/** Full Porter2, derivational steps included: elections → elect, generously → generous. */
export function porter2(word: string): string {
  return stem(word, true);
}

function stem(word: string, full: boolean): string {
  if (word.length <= 2) return word;
  const exception = EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  // y as a consonant is marked Y: at the start and after a vowel.
  let w = word[0] === 'y' ? 'Y' + word.slice(1) : word;
  if (w.includes('y')) w = w.replace(/([aeiouy])y/g, '$1Y');
  let r1 = -1;
  for (const p of R1_PREFIXES) if (w.startsWith(p)) { r1 = p.length; break; }
  if (r1 < 0) r1 = regionAfter(w, 0);
  const r2 = regionAfter(w, r1);

  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
  else if (w.endsWith('us') || w.endsWith('ss')) { /* unchanged */ }
  else if (w.endsWith('s') && hasVowel(w, w.length - 2)) w = w.slice(0, -1);
  if (AFTER_1A.has(w)) return w;

  // Step 1b: -eed, -ed, -ing.
  const eed = w.endsWith('eedly') ? 5 : w.endsWith('eed') ? 3 : 0;
  if (eed) {
    if (w.length - eed >= r1) w = w.slice(0, -eed) + 'ee';
  } else {
    const ed = w.endsWith('ingly') ? 5 : w.endsWith('edly') ? 4 : w.endsWith('ing') ? 3 : w.endsWith('ed') ? 2 : 0;
    if (ed && hasVowel(w, w.length - ed)) {
      w = w.slice(0, -ed);
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (DOUBLES.has(w.slice(-2))) w = w.slice(0, -1);
      else if (r1 >= w.length && endsShortSyllable(w)) w += 'e';
    }
  }

  // Step 1c: y → i after a non-vowel that is not the first letter.
  const last = w[w.length - 1];
  if ((last === 'y' || last === 'Y') && w.length > 2 && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';

  if (full) w = derivational(w, r1, r2);

  // Step 5: a final e or l.
  if (w.endsWith('e')) {
    const at = w.length - 1;
    if (at >= r2 || (at >= r1 && !endsShortSyllable(w, at))) w = w.slice(0, -1);
  } else if (w.endsWith('ll') && w.length - 1 >= r2) {
    w = w.slice(0, -1);
  }
  return w.includes('Y') ? w.replace(/Y/g, 'y') : w;
}

/** Porter2 steps 2 to 4: derivational suffixes (-ational, -ness, -ment …). */
function derivational(word: string, r1: number, r2: number): string {
  let w = word;
  // Step 2 and 3: the longest matching suffix decides; replaced only inside R1.
  w = replaceInR1(w, r1, STEP2, (stem, suffix) => suffix !== 'ogi' && suffix !== 'li' ? true
    : suffix === 'ogi' ? stem.endsWith('l') : LI_ENDING.includes(stem[stem.length - 1] ?? ' '));
  w = replaceInR1(w, r1, STEP3, (_stem, suffix) => suffix !== 'ative' || w.length - 5 >= r2);

  // Step 4: deleted inside R2.
  for (const s of STEP4) {
    if (!w.endsWith(s)) continue;
    if (w.length - s.length >= r2) {
      const stem = w.slice(0, -s.length);
      if (s !== 'ion' || stem.endsWith('s') || stem.endsWith('t')) w = stem;
    }
    break;
  }

  return w;
}

function replaceInR1(w: string, r1: number, rules: Array<[string, string]>, ok: (stem: string, suffix: string) => boolean): string {
  let best: [string, string] | undefined;
  for (const rule of rules) if (w.endsWith(rule[0]) && (!best || rule[0].length > best[0].length)) best = rule;
  if (!best) return w;
  const stem = w.slice(0, -best[0].length);
  return stem.length >= r1 && ok(stem, best[0]) ? stem + best[1] : w;
}
