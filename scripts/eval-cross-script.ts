// Cross-script relevance for `npm run eval`: Latin names against Arabic text (names.tsv, P@10
// over Arabic results) and queries typed on the wrong keyboard layout (queries-layout.jsonl,
// MRR@10), scored by bench/lib/cross-script.mjs, which the benchmark uses too.
import { loadCrossScriptQueries, relevantDocuments, scoreNames } from '../bench/lib/cross-script.mjs';

/** A search: the ids of the first `limit` results, Arabic only when `arabicOnly`. */
export type Search = (query: string, limit: number, arabicOnly: boolean) => Promise<string[]>;

/** Scores names.tsv and queries-layout.jsonl with `search`, prints both tables, and returns the figures (undefined when the data is absent). */
export async function evalCrossScript(shared: string, docs: Array<{ id: string; lang: string; title: string; body: string }>, search: Search): Promise<Record<string, unknown> | undefined> {
  const dev = loadCrossScriptQueries(shared);
  if (!dev) {
    console.log('\n../shared/eval-dev/names.tsv or queries-layout.jsonl is absent: cross-script relevance not measured.');
    return undefined;
  }
  const f = (x: number) => x.toFixed(3);
  const names = await scoreNames(dev.names, relevantDocuments(dev.names, docs), (q) => search(q, 10, true));
  const weak = names.rows.filter((r) => names.weak.includes(r.id));
  console.log(`\nLatin names → Arabic text (names.tsv, ${dev.names.length} names, ${dev.names.reduce((n, x) => n + x.latin.length, 0)} spellings): P@10 over Arabic results`);
  console.log('| names P@10 (Latin spellings) | the Arabic forms themselves | names under 0.3 with > 20 relevant articles |');
  console.log('|---|---|---|');
  console.log(`| ${f(names.p10)} | ${f(names.arabicForms)} | ${weak.map((r) => `${r.name} ${f(r.p10)} (${r.relevant})`).join(', ') || 'none'} |`);
  if (process.env.EVAL_NAMES_DETAIL) for (const r of names.rows) console.log(`  ${r.id} ${r.name}: ${f(r.p10)} [${r.spellings.map(f).join(' ')}] arabic ${f(r.arabic)} relevant ${r.relevant}`);

  const byLang = new Map<string, { n: number; rr: number; hit: number }>();
  for (const q of dev.layout) {
    const pos = (await search(q.query, 10, false)).indexOf(q.target);
    const row = byLang.get(q.lang) ?? { n: 0, rr: 0, hit: 0 };
    row.n++;
    if (pos >= 0) {
      row.rr += 1 / (pos + 1);
      row.hit++;
    }
    byLang.set(q.lang, row);
  }
  console.log('\nTyped on the other keyboard layout (queries-layout.jsonl)');
  console.log('| lang | n | MRR@10 | success@10 |');
  console.log('|---|---|---|---|');
  for (const [lang, r] of [...byLang].sort()) console.log(`| ${lang} layout | ${r.n} | ${f(r.rr / r.n)} | ${f(r.hit / r.n)} |`);
  return {
    names,
    layout: Object.fromEntries([...byLang].map(([lang, r]) => [lang, { n: r.n, mrr10: r.rr / r.n, success10: r.hit / r.n }])),
  };
}
