// Lunr 2 + lunr-languages: lunr.multiLanguage('en', 'ar') as the lunr-languages README shows for
// mixed-language content. Titles (lunr keeps no stored fields) come from a separate docs.json.
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrAr from 'lunr-languages/lunr.ar.js';
import multi from 'lunr-languages/lunr.multi.js';

stemmerSupport(lunr);
lunrAr(lunr);
multi(lunr);
export { lunr };
export const plugin = lunr.multiLanguage('en', 'ar');

let idx, docs;
export async function load(base, io) {
  const [index, store] = await Promise.all([io.json(base + 'index.json'), io.json(base + 'docs.json')]);
  idx = lunr.Index.load(index);
  docs = store;
}

/**
 * Each query word: the word through the search pipeline (stemmers), boost 10; a trailing
 * wildcard on the typed word for search-as-you-type; edit distance 1 for words of 5+ letters.
 * Lunr's default OR semantics (presence OPTIONAL).
 */
export function query(q) {
  const words = lunr.tokenizer(q).map((t) => t.toString().replace(/[*:^~+\-]/g, '')).filter(Boolean);
  if (!words.length) return [];
  return idx.query((qb) => {
    for (const w of words) {
      qb.term(w, { boost: 10 });
      qb.term(w, { boost: 1, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      if ([...w].length >= 5) qb.term(w, { boost: 1, usePipeline: false, editDistance: 1 });
    }
  });
}
export function search(q, limit) {
  return query(q).slice(0, limit).map((r) => ({ id: r.ref, title: docs[r.ref][0], lang: docs[r.ref][1] }));
}
