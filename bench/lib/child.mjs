// One build or one relevance run of one system, in its own Node process (memory isolation,
// clean timing). Usage: node child.mjs build <system> <size> <outDir> <resultFile>
//                       node child.mjs relevance <system> <indexDir> <queryFile> <resultFile> <budgetMsPerGroup>
//                       node child.mjs ranked <system> <indexDir> <queryFile> <resultFile> <limit>   (ids of the first results of each query text)
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus, subset, BENCH_DIR } from './corpus.mjs';
import { ensureScaleCorpus, loadScaleDocs } from './scale-corpus.mjs';

const [cmd, system, a, b, resultFile] = process.argv.slice(2);
const adapter = await import(pathToFileURL(join(BENCH_DIR, 'adapters', `${system}.mjs`)).href);

const nodeIO = {
  text: async (p) => readFileSync(p, 'utf8'),
  json: async (p) => JSON.parse(readFileSync(p, 'utf8')),
};

if (cmd === 'build') {
  // a size is a number of documents of the bench corpus, 'all', or scale-<n>: the first n
  // documents of the scale corpus (scale-corpus.mjs), which an adapter that reads files
  // (readsFiles: bahth's CLI) reads from its shards, and the others from memory
  const scale = /^scale-(\d+)$/.exec(a);
  const outDir = b;
  const inputFiles = scale ? await ensureScaleCorpus(Number(scale[1])) : undefined;
  const docs = scale ? (adapter.readsFiles ? undefined : await loadScaleDocs(Number(scale[1]))) : subset(loadCorpus(), a === 'all' ? 'all' : Number(a));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  await adapter.build(docs, outDir, { inputFile: join(dirname(outDir), 'input.jsonl'), ...(docs === undefined && { inputFiles }) });
  const ms = performance.now() - t0;
  const usage = process.resourceUsage();
  writeFileSync(resultFile, JSON.stringify({ ms, docs: docs?.length ?? Number(scale[1]), maxRssMB: usage.maxRSS / 1024 }));
} else if (cmd === 'relevance' || cmd === 'ranked') {
  const indexDir = a;
  const queries = JSON.parse(readFileSync(b, 'utf8'));
  let searcher;
  const tLoad = performance.now();
  if (adapter.nodeSearcher) searcher = await adapter.nodeSearcher(indexDir);
  else {
    const client = await import(pathToFileURL(join(BENCH_DIR, adapter.client)).href);
    await client.load(indexDir + '/', nodeIO);
    searcher = client;
  }
  const loadMs = performance.now() - tLoad;
  if (cmd === 'ranked') {
    // names P@10 (bench/lib/cross-script.mjs): the first results of each query, ids only
    const limit = Number(process.argv[7] ?? 100);
    const ranked = {};
    for (const q of queries) {
      try { ranked[q] = (await searcher.search(q, limit)).map((h) => String(h.id)); } catch { ranked[q] = []; }
    }
    writeFileSync(resultFile, JSON.stringify({ ranked, loadMs }));
    process.exit(0);
  }
  // Each language/class group has a time budget (ms, argv[7]): a group that exceeds it stops and
  // reports how many of its queries ran. Queries run in an order that spreads the targets
  // (target number mod 5 first), so a cut group is still a spread sample.
  const budget = Number(process.argv[7] ?? Infinity);
  const groups = new Map();
  for (const q of queries) {
    const k = `${q.lang}/${q.class}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(q);
  }
  const num = (q) => Number.parseInt(q.qid.split('-')[2], 10) || 0;
  const out = [];
  const cut = {};
  const t1 = performance.now();
  for (const [k, qs] of groups) {
    qs.sort((x, y) => (num(x) % 5) - (num(y) % 5) || num(x) - num(y));
    const tg = performance.now();
    for (const q of qs) {
      if (performance.now() - tg > budget) { cut[k] = { ran: out.filter((r) => r.group === k).length, of: qs.length }; break; }
      const ts = performance.now();
      let hits;
      let error;
      try { hits = await searcher.search(q.query, 10); } catch (e) { error = String(e?.message ?? e); hits = []; }
      const ids = hits.map((h) => String(h.id));
      const rank = ids.indexOf(q.target) + 1;
      out.push({ qid: q.qid, group: k, rank, ms: performance.now() - ts, ...(error ? { error } : {}) });
    }
  }
  writeFileSync(resultFile, JSON.stringify({ results: out, cut, ms: performance.now() - t1, loadMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}
