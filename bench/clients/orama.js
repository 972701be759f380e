// Orama 3: one database per language (the maintainers' advice for bilingual data), each with its
// language's tokenizer and stemmer from @orama/stemmers; queries go to both and merge by score.
import { create, load as oramaLoad, search as oramaSearch } from '@orama/orama';
import { stemmer as arStemmer, language as arLanguage } from '@orama/stemmers/arabic';
import { stemmer as enStemmer, language as enLanguage } from '@orama/stemmers/english';

export const schema = { title: 'string', body: 'string' };
export const TOLERANCE = 1;
export function makeDb(lang) {
  const [stemmer, language] = lang === 'ar' ? [arStemmer, arLanguage] : [enStemmer, enLanguage];
  return create({ schema, components: { tokenizer: { stemming: true, stemmer, language } } });
}

const dbs = {};
export async function load(base, io) {
  const [ar, en] = await Promise.all([io.json(base + 'ar.json'), io.json(base + 'en.json')]);
  dbs.ar = makeDb('ar');
  oramaLoad(dbs.ar, ar);
  dbs.en = makeDb('en');
  oramaLoad(dbs.en, en);
}
export async function search(q, limit) {
  if (!q.trim()) return [];
  const params = { term: q, properties: ['title', 'body'], limit, tolerance: TOLERANCE };
  const [a, e] = await Promise.all([oramaSearch(dbs.ar, params), oramaSearch(dbs.en, params)]);
  return [...a.hits, ...e.hits]
    .sort((x, y) => y.score - x.score)
    .slice(0, limit)
    .map((h) => ({ id: h.document.id, title: h.document.title, lang: h.document.lang }));
}
