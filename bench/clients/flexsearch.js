// FlexSearch 0.8 Document index: fields title and body with the "forward" tokenizer (its docs'
// choice for search-as-you-type / partial words), stored title and lang, default encoder.
import { Document } from 'flexsearch';

export const options = {
  document: {
    id: 'id',
    index: [
      { field: 'title', tokenize: 'forward' },
      { field: 'body', tokenize: 'strict' },
    ],
    store: ['title', 'lang'],
  },
};
export const searchOptions = { enrich: true, merge: true, suggest: true };

let index;
export async function load(base, io) {
  const data = await io.json(base + 'index.json');
  index = new Document(options);
  for (const [key, value] of data) index.import(key, value);  // parsed chunks, as export() gave them
}
export function search(q, limit) {
  if (!q.trim()) return [];
  const res = index.search(q, { ...searchOptions, limit });
  return res.slice(0, limit).map((r) => ({ id: r.id, title: r.doc?.title, lang: r.doc?.lang }));
}
export function setIndex(i) { index = i; }
