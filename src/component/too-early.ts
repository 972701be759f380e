import { analyzeQuery } from '../analyzer/index.js';
import { MIN_PREFIX } from '../search/searcher.js';

/**
 * Whether a query that found nothing cannot be judged yet: nothing is typed but stop words and,
 * last and unfinished, an article or clitics with at most one letter (و، ال، الم، "a") or a
 * stop word that may begin a longer word (الان of الانتخابات, "the" of "theatre"). The searcher
 * completes a word only from its {@link MIN_PREFIX}th letter after the article, so saying "no
 * results, check the spelling" then would greet the first keystrokes of almost every Arabic word.
 */
export function tooEarlyToJudge(query: string): boolean {
  const { words, lastIsPartial } = analyzeQuery(query);
  const last = words.at(-1);
  return !!last && lastIsPartial && (last.stop || [...last.prefix].length < MIN_PREFIX) && words.every((w) => w === last || w.stop);
}
