/**
 * The text analyzer: the one piece of code that turns text into index terms, used alike by
 * `bahth build` (Node), the in-browser builder and the searcher. Anything that changes what
 * terms a text produces must bump {@link ANALYZER_VERSION}, because an index built by one
 * analyzer cannot be searched with another.
 *
 * @module
 */
export { ANALYZER_VERSION } from './version.js';
export { normalize } from './normalize.js';
export { tokenize, type Token, type Script } from './tokenize.js';
export {
  analyzeText, analyzeQuery, wordTerms, isStopWord, isQuestionWord, MIN_FUZZY_LETTERS, MIN_TWO_EDIT_LETTERS,
  type AnalyzedToken, type QueryWord, type AnalyzedQuery,
} from './analyze.js';
export { stemArabic, stripArticle, MIN_STEM } from './arabic-stem.js';
export { stemEnglish } from './english-stem.js';
export { arabicSoundKey, latinSoundKeys, soundsAlike, soundDistance, joinSoundKeys, soundKeyOf, MIN_SOUND_CLASSES, type SoundKey } from './sound-key.js';
export { otherLayoutReadings } from './keyboard-layout.js';
export { unfinishedSuffix, type SuffixReading } from './unfinished-suffix.js';
