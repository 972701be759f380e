import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const name = 'pagefind';
export const label = 'Pagefind';
export const packages = ['pagefind'];
export const config = [
  'Node API: createIndex() per language (one bundle per language, as Pagefind splits by language), addCustomRecord({url, content: title + body, language, meta: {title}}), writeFiles({outputPath})',
  'custom records carry no heading weights: the title is the first line of the content',
  "browser: import pagefind.js of the Arabic bundle, options({bundlePath}), mergeIndex(English bundle, {language: 'en'}) (docs: multisite / merging a specific language), search(q) then .data() on the top results; default Web Worker on",
  'relevance runs in that same browser client (Pagefind has no supported Node search); ids are read from each result url via .data()',
];
export const client = null; // Pagefind ships its own client (pagefind.js + worker + wasm), loaded from the bundle

export const urlFor = (id) => `/doc/${encodeURIComponent(id)}`;
export const idFromUrl = (url) => decodeURIComponent(url.replace(/^.*\/doc\//, '').replace(/\/$/, ''));

export async function build(docs, outDir) {
  for (const lang of ['ar', 'en']) {
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length) throw new Error(errors.join('; '));
    for (const d of docs) {
      if (d.lang !== lang) continue;
      const r = await index.addCustomRecord({ url: urlFor(d.id), content: `${d.title}\n${d.body}`, language: lang, meta: { title: d.title } });
      if (r.errors.length) throw new Error(r.errors.join('; '));
    }
    const w = await index.writeFiles({ outputPath: join(outDir, lang) });
    if (w.errors.length) throw new Error(w.errors.join('; '));
    await index.deleteIndex();
  }
  await pagefind.close();
}
