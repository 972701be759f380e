import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lunr, plugin } from '../clients/lunr.js';

export const name = 'lunr';
export const label = 'Lunr';
export const packages = ['lunr', 'lunr-languages'];
export const config = [
  "lunr-languages: stemmer.support + lunr.ar + lunr.multi; this.use(lunr.multiLanguage('en','ar')) (README's way for mixed-language pages)",
  "ref 'id', fields title and body (no boosts); titles/langs in a separate docs.json (Lunr stores no fields)",
  'query per word: term through the search pipeline (boost 10) + trailing wildcard (search-as-you-type) + editDistance 1 for words of 5+ letters; default OR presence',
  'index serialized with JSON.stringify(idx); client: lunr.Index.load',
];
export const client = 'clients/lunr.js';

export async function build(docs, outDir) {
  const idx = lunr(function () {
    this.use(plugin);
    this.ref('id');
    this.field('title');
    this.field('body');
    for (const d of docs) this.add({ id: d.id, title: d.title, body: d.body });
  });
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(idx));
  const store = {};
  for (const d of docs) store[d.id] = [d.title, d.lang];
  writeFileSync(join(outDir, 'docs.json'), JSON.stringify(store));
}
