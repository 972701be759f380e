import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertMultiple, save } from '@orama/orama';
import { makeDb, TOLERANCE } from '../clients/orama.js';

export const name = 'orama';
export const label = 'Orama';
export const packages = ['@orama/orama', '@orama/stemmers'];
export const config = [
  "two databases, one per language (maintainers' advice for bilingual data, oramasearch/orama#351), schema {title, body: 'string'}",
  "tokenizer { stemming: true, stemmer, language } from @orama/stemmers/arabic and /english (docs' stemming page); default stop words (none)",
  `search { term, properties: ['title','body'], tolerance: ${TOLERANCE} } on both databases, hits merged by score; default prefix matching`,
  'each database saved with save(db) to JSON (ar.json, en.json; the document store keeps whole documents); client: create() with the same tokenizer + load(db, data)',
];
export const client = 'clients/orama.js';

export async function build(docs, outDir) {
  for (const lang of ['ar', 'en']) {
    const db = makeDb(lang);
    await insertMultiple(
      db,
      docs.filter((d) => d.lang === lang).map((d) => ({ id: d.id, title: d.title, body: d.body, lang: d.lang })),
      1000,
    );
    writeFileSync(join(outDir, `${lang}.json`), JSON.stringify(save(db)));
  }
}
