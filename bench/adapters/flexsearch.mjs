import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from 'flexsearch';
import { options, searchOptions } from '../clients/flexsearch.js';

export const name = 'flexsearch';
export const label = 'FlexSearch';
export const packages = ['flexsearch'];
export const config = [
  "Document index, id 'id': title with tokenize 'forward' (docs: partial words / search-as-you-type), body with the default 'strict'; default encoder (0.8 has no Arabic charset); store ['title','lang']",
  "why not 'forward' on body too: it made the 1,000-document export 23 MB (about 350 MB for all documents, past what a browser page can load); 'strict' on body gives 9 MB",
  `search options ${JSON.stringify(searchOptions)} (suggest: keep results when not every word matches)`,
  'index.export() chunks (title/body map, reg, doc store) gathered into one index.json; client: index.import(key, data) per chunk',
];
export const client = 'clients/flexsearch.js';

export async function build(docs, outDir) {
  const index = new Document(options);
  for (const d of docs) index.add({ id: d.id, title: d.title, body: d.body, lang: d.lang });
  const out = [];
  await index.export((key, value) => { out.push([key, JSON.parse(value)]); });
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(out));
}
