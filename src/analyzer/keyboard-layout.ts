/**
 * Keyboard layouts: text typed with the keyboard on the wrong language, read as the keys meant
 * it. The layouts are the US QWERTY and the PC Arabic 101 layouts (Windows "Arabic (101)", the
 * same on macOS's "Arabic – PC"), base layer and the shifted keys that give Arabic letters. The
 * text is read before it is split into words: the comma, period, semicolon, apostrophe,
 * brackets, slash and backtick keys are Arabic letters (`,.dv` is وزير), and `b` is لا.
 *
 * @module
 */

/** US key → PC Arabic 101 character, base layer then shifted letters. */
const ARABIC_OF_KEY: Record<string, string> = {
  '`': 'ذ', q: 'ض', w: 'ص', e: 'ث', r: 'ق', t: 'ف', y: 'غ', u: 'ع', i: 'ه', o: 'خ', p: 'ح', '[': 'ج', ']': 'د',
  a: 'ش', s: 'س', d: 'ي', f: 'ب', g: 'ل', h: 'ا', j: 'ت', k: 'ن', l: 'م', ';': 'ك', "'": 'ط',
  z: 'ئ', x: 'ء', c: 'ؤ', v: 'ر', b: 'لا', n: 'ى', m: 'ة', ',': 'و', '.': 'ز', '/': 'ظ',
  T: 'لإ', Y: 'إ', G: 'لأ', H: 'أ', B: 'لآ', N: 'آ',
  // shifted keys that give harakat, tatweel and Arabic punctuation
  Q: '\u064E', W: '\u064B', E: '\u064F', R: '\u064C', A: '\u0650', S: '\u064D', X: '\u0652', '~': '\u0651', J: 'ـ',
  K: '،', P: '؛', '?': '؟',
};

/** Arabic character → the US key that types it: the inverse, with the lam-alef ligatures too. */
const KEY_OF_ARABIC: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ARABIC_OF_KEY).map(([key, ar]) => [ar, key])),
  '\uFEFB': 'b', '\uFEFC': 'b', '\uFEF7': 'G', '\uFEF8': 'G', '\uFEF9': 'T', '\uFEFA': 'T', '\uFEF5': 'B', '\uFEF6': 'B',
};
/** Arabic keys longest first (لا before ل), so a two-letter key is read as one. */
const ARABIC_KEYS = new RegExp(Object.keys(KEY_OF_ARABIC).sort((a, b) => b.length - a.length).join('|'), 'g');
const LATIN_KEYS = /[a-zA-Z`[\];',./~?]/g;
const HAS_ARABIC = /[\u0600-\u06FF\uFE70-\uFEFF]/;
const HAS_LATIN = /[a-zA-Z]/;
/** A query with more ambiguous لا keys than this reads each further one as b only. */
const MAX_AMBIGUOUS = 3;

/**
 * How `text` reads when its keys are typed on the other layout: Latin text as Arabic
 * (`hgrhivm` → `القاهرة`), Arabic text as Latin (`لخرثقىةثىف` → `government`). Several readings
 * when the text holds لا, which is both the b key and g then h (`bشىلاشيشس`); the first reading
 * takes b. Empty when the text is in neither script, or in both.
 */
export function otherLayoutReadings(text: string): string[] {
  const arabic = HAS_ARABIC.test(text);
  if (arabic === HAS_LATIN.test(text)) return [];
  if (!arabic) return [text.replace(LATIN_KEYS, (key) => ARABIC_OF_KEY[key] ?? key)];
  let readings = [''];
  let ambiguous = 0;
  let from = 0;
  for (const m of text.matchAll(ARABIC_KEYS)) {
    const before = text.slice(from, m.index);
    const key = KEY_OF_ARABIC[m[0]]!;
    const ways = m[0] === 'لا' && ambiguous++ < MAX_AMBIGUOUS ? [key, 'gh'] : [key];
    readings = readings.flatMap((r) => ways.map((way) => r + before + way));
    from = m.index + m[0].length;
  }
  return readings.map((r) => r + text.slice(from));
}
