/**
 * Keyboard layouts: text typed with the keyboard on the wrong language, read as the keys meant
 * it. The layouts are the US QWERTY and the PC Arabic 101 layouts (Windows "Arabic (101)", the
 * same on macOS's "Arabic – PC"), base layer and the shifted keys that give Arabic letters. The
 * text is read before it is split into words: the comma, period, semicolon, apostrophe,
 * brackets, slash and backtick keys are Arabic letters (`,.dv` is وزير), and `b` is لا.
 *
 * @module
 */

/**
 * The US keys and what each types on PC Arabic 101, character for character: the base layer,
 * then the shifted keys that give Arabic letters (the lam-alef keys as their ligatures, read as
 * two letters), harakat, tatweel and Arabic punctuation.
 */
const US_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./TYGHBNQWERASX~JKP?";
const ARABIC_KEYS = 'ذضصثقفغعهخحجدشسيبلاتنمكطئءؤرﻻىةوزظﻹإﻷأﻵآ\u064E\u064B\u064F\u064C\u0650\u064D\u0652\u0651ـ،؛؟';
/** The lam-alef keys: their ligatures and the alef each adds to ل. */
const LAM_ALEFS = 'ﻻﻷﻹﻵ';
const ALEFS = 'اأإآ';
const LAM_ALEF_LETTERS = /ل[اأإآ]/g;
const LATIN_KEYS = /[a-zA-Z`[\];',./~?]/g;
const ARABIC_KEY = new RegExp(`[${ARABIC_KEYS}]`, 'g');
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
  if (!arabic) return [text.replace(LATIN_KEYS, (key) => ARABIC_KEYS[US_KEYS.indexOf(key)]!).replace(/[ﻻﻷﻹﻵ]/g, (l) => 'ل' + ALEFS[LAM_ALEFS.indexOf(l)])];
  // as ligatures, each lam-alef is one key
  const keys = text.replace(LAM_ALEF_LETTERS, (pair) => LAM_ALEFS[ALEFS.indexOf(pair[1]!)]!);
  let readings = [''];
  let ambiguous = 0;
  let from = 0;
  for (const m of keys.matchAll(ARABIC_KEY)) {
    const key = US_KEYS[ARABIC_KEYS.indexOf(m[0])]!;
    const ways = key === 'b' && ambiguous++ < MAX_AMBIGUOUS ? [key, 'gh'] : [key];
    const before = keys.slice(from, m.index);
    readings = readings.flatMap((r) => ways.map((way) => r + before + way));
    from = m.index + 1;
  }
  return readings.map((r) => r + keys.slice(from));
}
