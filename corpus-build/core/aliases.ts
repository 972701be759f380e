import { normalize, stripArticle, tokenize } from '../../src/analyzer/index.js';
import data from '../data/aliases.json' with { type: 'json' };

/**
 * The alias list (corpus-build/data/aliases.json: names whose English and Arabic forms are not
 * transliterations of each other, with where each comes from) as normalized phrases: the English
 * one as its words' normalized forms, the Arabic one as its words without their article
 * (`['cairo', 'قاهره']`, `['saudi arabia', 'مملكه عربيه سعوديه']`). Made once.
 */
export function aliasPairs(): ReadonlyArray<readonly [latin: string, arabic: string]> {
  return (pairs ??= data.aliases.flatMap(([english, arabic]) => {
    const latin = phrase(english!, (norm) => norm);
    const forms = phrase(arabic!, stripArticle);
    return latin && forms ? [[latin, forms] as const] : [];
  }));
}

let pairs: Array<readonly [string, string]> | undefined;

function phrase(text: string, form: (norm: string) => string): string {
  return tokenize(normalize(text)).filter((t) => t.hyphen !== 'part').map((t) => form(t.norm)).join(' ');
}
