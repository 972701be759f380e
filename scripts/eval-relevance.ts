// Relevance on the development queries: builds a bahth index of ../shared/corpus/bench (both
// languages in one index), runs ../shared/eval-dev/queries.jsonl and prints MRR@10 and
// success@10 per language and query class, next to MiniSearch with its defaults for
// search-as-you-type (prefix, fuzzy 0.2) on the same corpus in the same run; then bahth's
// cross-script figures (scripts/eval-cross-script.ts): Latin names P@10, wrong-layout MRR@10;
// then the whole questions of ../shared/eval-dev/questions, bahth next to Lunr
// (scripts/eval-questions.ts).
// Usage: npm run eval -- [--no-minisearch] [--no-questions] [--index DIR (reuse a built index: query-side changes only)] [--json out.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { writeIndex, type IndexDocument } from '../corpus-build/core/index-writer.js';
import { writeIndexAtomically } from '../corpus-build/node/write-atomically.js';
import { openIndex } from '../src/index.js';
import { evalCrossScript } from './eval-cross-script.js';
import { scoreQuestions, type QuestionRow } from './eval-questions.js';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const args = process.argv.slice(2);
const withMiniSearch = !args.includes('--no-minisearch');
const withQuestions = !args.includes('--no-questions');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const reuse = args.includes('--index') ? args[args.indexOf('--index') + 1] : undefined;

if (!existsSync(join(shared, 'corpus/bench/ar.jsonl'))) {
  console.error('../shared/corpus/bench is absent: relevance cannot be measured here.');
  process.exit(1);
}

interface Query { qid: string; lang: string; class: string; query: string; target: string }
const readJsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
const docs = [...readJsonl<IndexDocument>(join(shared, 'corpus/bench/ar.jsonl')), ...readJsonl<IndexDocument>(join(shared, 'corpus/bench/en.jsonl'))]
  .map(({ id, title, body, lang, url, date, source }) => ({ id, title, body, lang, url, date, source }));
const queries = readJsonl<Query>(join(shared, 'eval-dev/queries.jsonl'));

type Ranker = (q: string) => Promise<string[]> | string[];
function score(rank: Ranker) {
  return async () => {
    const rows = new Map<string, { n: number; rr: number; hit: number }>();
    for (const q of queries) {
      const ids = (await rank(q.query)).slice(0, 10);
      const pos = ids.indexOf(q.target);
      for (const key of [`${q.lang} ${q.class}`, `${q.lang} all`]) {
        const row = rows.get(key) ?? { n: 0, rr: 0, hit: 0 };
        row.n++;
        if (pos >= 0) {
          row.rr += 1 / (pos + 1);
          row.hit++;
        }
        rows.set(key, row);
      }
    }
    return rows;
  };
}

const t0 = performance.now();
const dir = await mkdtemp(join(tmpdir(), 'bahth-eval-'));
if (!reuse) {
  const built = await writeIndex(docs, { compress: (d) => gzipSync(d, { level: 9 }) });
  await writeIndexAtomically(join(dir, 'index'), built);
  const totalBytes = built.files.reduce((n, f) => n + f.data.length, 0);
  console.log(`bahth: ${docs.length} documents, built in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(totalBytes / 1024 / 1024).toFixed(2)} MiB on disk, ${built.manifest.directories.terms.chunks} term chunks`);
}
const index = await openIndex(reuse ?? join(dir, 'index'));
// The whole term index, as the widget has it once idle preloading is done (typo candidates
// come from the loaded part of the vocabulary).
await index.preload();
const t1 = performance.now();
const bahthRows = await score(async (q) => (await index.search(q, { limit: 10 })).map((h) => h.id))();
console.log(`bahth: ${queries.length} queries in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

let miniRows: Awaited<ReturnType<ReturnType<typeof score>>> | undefined;
if (withMiniSearch) {
  const ms = new MiniSearch({ fields: ['title', 'body'], idField: 'id' });
  ms.addAll(docs);
  miniRows = await score((q) => ms.search(q, { prefix: true, fuzzy: 0.2 }).slice(0, 10).map((r) => r.id as string))();
}

const keys = [...bahthRows.keys()].sort();
const f = (x: number) => x.toFixed(3);
console.log('\n| lang class | n | bahth MRR@10 | bahth success@10 |' + (miniRows ? ' MiniSearch MRR@10 | MiniSearch success@10 |' : ''));
console.log('|---|---|---|---|' + (miniRows ? '---|---|' : ''));
for (const key of keys) {
  const b = bahthRows.get(key)!;
  const m = miniRows?.get(key);
  console.log(`| ${key} | ${b.n} | ${f(b.rr / b.n)} | ${f(b.hit / b.n)} |` + (m ? ` ${f(m.rr / m.n)} | ${f(m.hit / m.n)} |` : ''));
}
const crossScript = await evalCrossScript(shared, docs, async (q, limit, arabicOnly) =>
  (await index.search(q, { limit, lang: arabicOnly ? 'ar' : null })).map((h) => h.id));
let questionRows: QuestionRow[] | undefined;
if (withQuestions) {
  questionRows = await scoreQuestions(join(shared, 'eval-dev/questions'));
  console.log('\nWhole questions (../shared/eval-dev/questions, each language on its own, body only):\n');
  console.log('| questions | n | bahth MRR@10 | bahth success@10 | Lunr MRR@10 | Lunr success@10 |');
  console.log('|---|---|---|---|---|---|');
  for (const r of questionRows) {
    console.log(`| ${r.lang}→${r.lang} | ${r.questions} | ${f(r.bahth.mrr10)} | ${f(r.bahth.success10)} | ${f(r.lunr.mrr10)} | ${f(r.lunr.success10)} |`);
  }
}
if (jsonOut) {
  const rows: Record<string, object> = Object.fromEntries(keys.map((k) => {
    const b = bahthRows.get(k)!;
    const m = miniRows?.get(k);
    return [k, { n: b.n, bahth: { mrr10: b.rr / b.n, success10: b.hit / b.n }, ...(m && { minisearch: { mrr10: m.rr / m.n, success10: m.hit / m.n } }) }];
  }));
  for (const r of questionRows ?? []) rows[`${r.lang} questions`] = { n: r.questions, bahth: r.bahth, lunr: r.lunr };
  writeFileSync(jsonOut, JSON.stringify({ ...rows, ...(crossScript && { crossScript }) }, null, 2));
}
await rm(dir, { recursive: true, force: true });
