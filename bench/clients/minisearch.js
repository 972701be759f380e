// MiniSearch 7 with its defaults: fields title+body, prefix and fuzzy 0.2 as its README suggests
// for search-as-you-type. Shared by the build (Node), the browser page and relevance (Node).
import MiniSearch from 'minisearch';

export const options = {
  fields: ['title', 'body'],
  storeFields: ['title', 'lang'],
  searchOptions: { prefix: true, fuzzy: 0.2 },
};

let ms;
export async function load(base, io) {
  ms = await MiniSearch.loadJSONAsync(await io.text(base + 'index.json'), options);
}
export function search(q, limit) {
  return ms.search(q).slice(0, limit).map((r) => ({ id: r.id, title: r.title, lang: r.lang }));
}
