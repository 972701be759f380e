/**
 * Stop words: matched against a token's normalized form, so the lists below are already
 * normalized (أ → ا, ى → ي, ة → ه) and de-duplicated.
 *
 * @module
 */

/**
 * Arabic: the list Lucene's ArabicAnalyzer ships (Jacques Savoy, BSD licence), normalized with
 * this analyzer's rules, plus the article written alone (الـ in الـBBC).
 */
export const ARABIC_STOP_WORDS: ReadonlySet<string> = new Set((
  'من ومن منها منه في وفي فيها فيه و ف ثم او ب بها به ا اي لا ولا الا لكن ما وما كما فما عن مع ' +
  'اذا ان انها انه بان فان وان التي الذي الذين الي علي عليها عليه اما ايضا كل وكل لم ولم لن ولن ' +
  'هي هو وهي وهو فهي فهو انت لك لها له هذه هذا تلك ذلك هناك كانت كان يكون تكون وكانت وكان غير ' +
  'بعض قد نحو بين بينما منذ ضمن حيث الان خلال بعد قبل حتي عند عندما لدي جميع ال'
).split(' '));

/**
 * English: Lucene's EnglishAnalyzer list, plus the transliterated articles al, el and ez
 * written as words of their own (al-Assad, Deir ez-Zor).
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set((
  'a an and are as at be but by for if in into is it no not of on or such that the their then ' +
  'there these they this to was will with al el ez'
).split(' '));

/**
 * Words that make a sentence a question, in both languages: interrogatives, and do, does and
 * did, which English questions are built with. Documents rarely hold them, so they would weigh
 * as much as the question's subject; a query long enough to be a sentence leaves them out.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set((
  'ماذا لماذا متي اين كيف هل كم ايه ' +
  'what which who whom whose when where why how do does did'
).split(' '));
