/**
 * Small word lists shipped with the analyzer: words the rules would damage, and words whose
 * leading letter is part of the word, not a clitic. All entries are normalized.
 *
 * @module
 */

/**
 * Arabic words never suffix-stripped, written without the article: names that end like a
 * suffix (القلمون is not قلم + ون, لبنان is not لبن + ان, البحرين is not البحر + ين).
 */
export const PROTECTED_ARABIC: ReadonlySet<string> = new Set((
  'قلمون طبقه لبنان عمان سودان حماه ايران جولان داريا طهران عثمان سليمان سلمان عمران عدنان ' +
  'بحرين فلسطين زيتون عرفات حوران'
).split(' '));

/**
 * Arabic words with a fixed stem: الله in all its clitic forms (not له + article), and سوريا,
 * the other spelling of سورية (→ سوري).
 */
export const ARABIC_ALIASES: ReadonlyMap<string, string> = new Map([
  ['سوريا', 'سوري'], ['وسوريا', 'سوري'], ['بسوريا', 'سوري'], ['لسوريا', 'سوري'],
  ['الله', 'الله'], ['لله', 'الله'], ['والله', 'الله'], ['بالله', 'الله'], ['فالله', 'الله'], ['تالله', 'الله'], ['ولله', 'الله'],
]);

/**
 * Stems of Arabic words whose first letter looks like a clitic but belongs to the word, where
 * the clitic-less reading is itself a common word: ورقة is not و + الرقة, فرقة not ف + رقة,
 * وزير not و + زير. These never get a `cliticStem`.
 */
export const NO_EXPAND: ReadonlySet<string> = new Set((
  'ورق وزير وزار وكال ولاي وفد وليد وكيل فرق فكر لجن كامل فيصل بريد وقود وحد وصول وسيل'
).split(' '));

/** English words never stemmed: names Porter2 would cut into another name (Hamas → hama). */
export const PROTECTED_ENGLISH: ReadonlySet<string> = new Set((
  'homs hamas isis aids sars idlib assad daraa'
).split(' '));
