import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { options } from '../clients/minisearch.js';

export const name = 'minisearch';
export const label = 'MiniSearch';
export const packages = ['minisearch'];
export const config = [
  "fields ['title','body'], storeFields ['title','lang'], default tokenizer and processTerm (lowercase only)",
  'searchOptions { prefix: true, fuzzy: 0.2 } (README: search-as-you-type); default BM25+ weights, no boost',
  'index serialized with JSON.stringify(miniSearch) into one index.json; client: fetch + MiniSearch.loadJSONAsync',
];
export const client = 'clients/minisearch.js';

export async function build(docs, outDir) {
  const ms = new MiniSearch(options);
  ms.addAll(docs.map((d) => ({ id: d.id, title: d.title, body: d.body, lang: d.lang })));
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(ms));
}
