// Markdown report from the results object.
import { fmtBytes } from './util.mjs';

const ms = (v) => (v == null ? '–' : v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 1 : 0)}`);
const mb = (v) => (v == null ? '–' : `${(v / 2 ** 20).toFixed(1)}`);
const ratio = (a, b) => (a == null || b == null || !b ? '–' : `×${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}`);
const f3 = (v) => (v == null ? '–' : v.toFixed(3));

export function renderMarkdown(r, { systems, sizes }) {
  const L = [];
  L.push(`# bahth benchmark — ${r.mode} run`);
  L.push('');
  if (r.corpus.generated) L.push('> **WARNING: GENERATED CORPUS** (../shared absent). These figures are NOT comparable with runs on the real corpus.\n');
  L.push(`- Date: ${r.date}`);
  L.push(`- Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memGiB} GiB; ${r.machine.os}; Node ${r.machine.node}; Chromium ${r.machine.chromium ?? '–'}`);
  L.push(`- Corpus: ${r.corpus.note} (${r.corpus.ar} ar + ${r.corpus.en} en); subsets: ${r.corpus.subsets}`);
  L.push(`- Queries: ${r.queries.used} of ${r.queries.total}${r.queries.every > 1 ? ` (targets whose number is a multiple of ${r.queries.every})` : ''}; typed letter by letter: ${r.queries.typed.join(', ')}`);
  L.push(`- Versions: ${systems.map((s) => Object.entries(r.versions[s] ?? {}).map(([k, v]) => `${k} ${v}`).join(' + ')).join('; ')}`);
  const m = r.bahthModule;
  if (m) L.push(`- bahth's library: the script build (dist/bahth.iife.js, everything included) is "library gzip" below; the ES module a bundler takes (dist/bahth.js, lit left to the host's bundle) is ${fmtBytes(m.shipped.gzip)} gzip as shipped (${fmtBytes(m.shipped.raw)}, whitespace kept) and ${fmtBytes(m.minified.gzip)} gzip once a bundler minifies it (${fmtBytes(m.minified.raw)}; brotli ${fmtBytes(m.minified.brotli)})`);
  L.push(`- Run time: ${r.runtimeSec?.toFixed(0)} s; load average (1/5/15 min) at start ${r.machine.loadAvgAtStart?.join(' ')}, at end ${r.machine.loadAvgAtEnd?.join(' ')} (other work on the machine makes timings noisier)`);
  L.push('');
  for (const size of sizes) {
    const row = r.sizes[size];
    if (!row) continue;
    const docs = Object.values(row).find((e) => e.docs)?.docs;
    L.push(`## ${sizeTitle(size)}${docs ? ` (${docs})` : ''}`);
    L.push('');
    L.push('| system | build (s) | index files | index raw | index gzip | index brotli | library gzip | wire to first results | cold, local (ms) | cold, 10 Mbit/s 40 ms (ms) | keystroke median / p95 (ms) | ar median / p95 | en median / p95 | JS heap Δ (MiB) |');
    L.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const s of systems) {
      const e = row[s];
      if (!e) continue;
      if (e.skipped || (e.error && !e.output)) {
        L.push(`| ${s} | not measured: ${(e.skipped ?? e.error).replace(/\|/g, '/').slice(0, 200)} |||||||||||||`);
        continue;
      }
      const k = e.local?.keystrokes;
      const cell = (x) => (x ? `${ms(x.median)} / ${ms(x.p95)}` : '–');
      const err = (x) => (x?.error ? ` ⚠ ${x.error.replace(/\|/g, '/').slice(0, 120)}` : '');
      const heap = s === 'pagefind' ? `${mb(e.local?.heapDelta)} (index in worker + wasm: not counted)` : mb(e.local?.heapDelta);
      L.push(`| ${s} | ${(e.buildMs / 1000).toFixed(1)}${e.buildCached ? '*' : ''} | ${e.output.files} | ${fmtBytes(e.output.raw)} | ${fmtBytes(e.output.gzip)} | ${fmtBytes(e.output.brotli)} | ${fmtBytes(e.library?.gzip)} | ${fmtBytes(e.local?.wire?.total)} (${e.local?.wire?.requests ?? '–'} req) | ${ms(e.local?.coldMs)}${err(e.local)} | ${ms(e.throttled?.coldMs)}${err(e.throttled)} | ${cell(k?.all)}${k?.timeouts ? ` (${k.timeouts} timeouts)` : ''}${k?.budgetHit ? ` (time budget: ${k.all.n} of ${k.planned} keys)` : ''} | ${cell(k?.ar)} | ${cell(k?.en)} | ${heap} |`);
    }
    L.push('');
    const b = row.bahth;
    if (b?.local?.coldCompleteMs != null || b?.local?.keystrokes?.withSnippets) {
      const k = b.local.keystrokes?.withSnippets;
      L.push(`bahth paints the titles first and fills the snippets in when their text arrives (the anchors' pages show titles only). Until the snippets show: `
        + `cold ${ms(b.local.coldCompleteMs)} ms local, ${fmtBytes(b.local.wireComplete)} on the wire${k ? `; keystroke median / p95 ${ms(k.median)} / ${ms(k.p95)} ms` : ''}. `
        + `Fetched at idle after the first results (preload-bytes): ${fmtBytes(b.local.wireAfter)}.`);
      L.push('');
    }
    const eng = b?.engineInAnchorsPage?.keystrokes;
    if (eng) {
      L.push(`bahth's search without its widget, in the anchors' page (pages/harness.js: a plain list of 5 titles; pages/bahth-engine.js): keystroke median / p95 ${ms(eng.all.median)} / ${ms(eng.all.p95)} ms (ar ${ms(eng.ar.median)} / ${ms(eng.ar.p95)}, en ${ms(eng.en.median)} / ${ms(eng.en.p95)}; keydown to results ${ms(eng.toResults.median)} / ${ms(eng.toResults.p95)}). The same keys, its page taking turns with the others.`);
      L.push('');
    }
    const steal = r.keystrokeSteal?.[size];
    if (steal !== undefined) {
      L.push(`CPU steal while the pages typed: ${(steal * 100).toFixed(1)} % of the machine's CPU time went to other guests of its host. Above a few percent, keystroke figures, their p95 most, are noisier than the systems' differences.`);
      L.push('');
    }
    if (systems.some((s) => row[s]?.buildCached)) L.push('\\* build time from an earlier run with the same corpus, code and versions (cached index in bench/work/).\n');
    for (const anchor of ['minisearch', 'pagefind']) {
      const a = row[anchor];
      if (!a || !a.output) continue;
      L.push(`Ratios versus ${anchor} (system ÷ ${anchor}; below 1 is smaller/faster):`);
      L.push('');
      L.push('| system | index gzip | library gzip | wire to first results | cold local | cold throttled | keystroke median | keystroke p95 | heap Δ |');
      L.push('|---|---|---|---|---|---|---|---|---|');
      for (const s of systems) {
        const e = row[s];
        if (!e?.output) continue;
        L.push(`| ${s} | ${ratio(e.output.gzip, a.output.gzip)} | ${ratio(e.library?.gzip, a.library?.gzip)} | ${ratio(e.local?.wire?.total, a.local?.wire?.total)} | ${ratio(e.local?.coldMs, a.local?.coldMs)} | ${ratio(e.throttled?.coldMs, a.throttled?.coldMs)} | ${ratio(e.local?.keystrokes?.all?.median, a.local?.keystrokes?.all?.median)} | ${ratio(e.local?.keystrokes?.all?.p95, a.local?.keystrokes?.all?.p95)} | ${s === 'pagefind' || anchor === 'pagefind' ? 'n/a (worker)' : ratio(e.local?.heapDelta, a.local?.heapDelta)} |`);
      }
      L.push('');
    }
  }
  if (Object.keys(r.relevance).length) {
    const rel = r.relevance;
    const classes = ['ar/exact', 'ar/morph', 'ar/vocalized', 'ar/prefix', 'ar/typo', 'en/exact', 'en/morph', 'en/prefix', 'en/typo', 'ar/layout', 'en/layout'];
    L.push('## Relevance (full corpus, both languages, top 10): MRR@10 / success@10');
    L.push('');
    L.push('ar/layout and en/layout: the queries of ../shared/eval-dev/queries-layout.jsonl (typed on the other keyboard layout), outside the all/ar/en figures. names P@10: ../shared/eval-dev/names.tsv, each Latin spelling a query, the share of relevant documents among its first 10 Arabic results (from the first 100 results), the mean per name then over the names; the Arabic forms themselves in brackets.');
    L.push('');
    L.push(`| system | where | all | ar | en | ${classes.join(' | ')} | names P@10 | search median / p95 (ms) |`);
    L.push(`|---|---|---|---|---|${classes.map(() => '---').join('|')}|---|---|`);
    for (const s of systems) {
      const x = rel[s];
      if (!x) continue;
      if (x.error) { L.push(`| ${s} | not measured: ${x.error.replace(/\|/g, '/').slice(0, 200)} |`); continue; }
      const c = (k) => (x.scores[k] ? `${f3(x.scores[k].mrr)} / ${f3(x.scores[k].success)}${x.cut?.[k] ? ` (time budget: ${x.cut[k].ran} of ${x.cut[k].of} queries)` : ''}` : '–');
      const names = x.scores.names ? `${f3(x.scores.names.p10)} (${f3(x.scores.names.arabicForms)})` : '–';
      L.push(`| ${s} | ${x.where} | ${c('all')} | ${c('ar')} | ${c('en')} | ${classes.map(c).join(' | ')} | ${names} | ${ms(x.searchMs.median)} / ${ms(x.searchMs.p95)}${x.errors ? ` (${x.errors} errors: ${String(x.firstError).slice(0, 80)})` : ''} |`);
    }
    L.push('');
    for (const anchor of ['minisearch', 'pagefind']) {
      const a = rel[anchor];
      if (!a?.scores) continue;
      L.push(`MRR@10 ratios versus ${anchor}:`);
      L.push('');
      L.push(`| system | all | ar | en | ${classes.join(' | ')} |`);
      L.push(`|---|---|---|---|${classes.map(() => '---').join('|')}|`);
      for (const s of systems) {
        const x = rel[s];
        if (!x?.scores) continue;
        const c = (k) => ratio(x.scores[k]?.mrr, a.scores[k]?.mrr);
        L.push(`| ${s} | ${c('all')} | ${c('ar')} | ${c('en')} | ${classes.map(c).join(' | ')} |`);
      }
      L.push('');
    }
  }
  L.push('## Configuration of each system');
  L.push('');
  for (const s of systems) {
    L.push(`- **${s}**${r.availability[s] !== true ? ` (not run: ${r.availability[s]})` : ''}`);
    for (const c of r.config[s] ?? []) L.push(`  - ${c}`);
  }
  L.push('');
  L.push('## Method');
  L.push('');
  for (const [k, v] of Object.entries(r.method)) L.push(`- ${k}: ${v}`);
  L.push('');
  return L.join('\n');
}

/** A size's heading: a number of bench documents, all of them, or the first n of the scale corpus. */
function sizeTitle(size) {
  if (size === 'all') return 'All documents';
  const scale = /^scale-(\d+)$/.exec(String(size));
  return scale ? `Scale corpus, ${Number(scale[1]).toLocaleString('en')} documents` : `${size} documents`;
}

/** One frame at 60 Hz, the budget of a keystroke. */
const FRAME_MS = 1000 / 60;

/**
 * The scale run's verdicts against the goals of issue 26: at each scale size, bahth's bytes
 * before the first results against 1.3× (2× for builds of a million or more) its own at the
 * whole bench corpus and against Pagefind's, its cold time on the throttled network against
 * Pagefind's, its widget's keystroke p95 against a frame; and each build's time and peak memory.
 */
export function renderScaleSummary(r) {
  const L = ['## Scale: the goals', ''];
  const ref = r.sizes.all?.bahth;
  const refWire = ref?.local?.wire?.total;
  L.push(`Reference: bahth at the whole bench corpus (${ref?.docs ?? '–'} documents), in this run: ${fmtBytes(refWire)} before the first results.`);
  L.push('');
  L.push('| size | bahth build (s) / peak memory (GiB) | bahth wire to first results | ÷ bahth at the bench corpus (goal) | Pagefind wire | bahth cold throttled / Pagefind (ms) | widget keystroke p95 (goal: one frame, 16.7 ms) |');
  L.push('|---|---|---|---|---|---|---|');
  for (const [size, row] of Object.entries(r.sizes)) {
    const scale = /^scale-(\d+)$/.exec(size);
    if (!scale) continue;
    const b = row.bahth;
    const p = row.pagefind;
    const goal = Number(scale[1]) >= 1_000_000 ? 2 : 1.3;
    const wire = b?.local?.wire?.total;
    const k = b?.local?.keystrokes?.all;
    const mark = (ok) => (ok === undefined ? '' : ok ? ' ✓' : ' ✗');
    const build = b?.buildMs != null ? `${(b.buildMs / 1000).toFixed(0)} / ${b.buildMaxRssMB != null ? (b.buildMaxRssMB / 1024).toFixed(2) : '–'}${b.buildCached ? '*' : ''}` : '–';
    const versus = wire != null && refWire ? `×${(wire / refWire).toFixed(2)} (≤ ×${goal})${mark(wire <= goal * refWire)}` : '–';
    const pagefindWire = p?.local?.wire?.total != null ? `${fmtBytes(p.local.wire.total)}${mark(wire <= p.local.wire.total)}` : '–';
    const cold = `${ms(b?.throttled?.coldMs)} / ${ms(p?.throttled?.coldMs)}${p?.throttled?.coldMs != null && b?.throttled?.coldMs != null ? mark(b.throttled.coldMs <= p.throttled.coldMs) : ''}`;
    const keys = k ? `${ms(k.p95)}${mark(k.p95 <= FRAME_MS)}` : '–';
    L.push(`| ${Number(scale[1]).toLocaleString('en')} | ${build} | ${fmtBytes(wire)} | ${versus} | ${pagefindWire} | ${cold} | ${keys} |`);
  }
  L.push('');
  L.push('✓ / ✗: the goal is met / missed in this run; * build time and memory from an earlier run (cached index). Peak memory: the largest process of the build (GNU time), for bahth its CLI.');
  L.push('');
  return L.join('\n');
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/**
 * The README's benchmark section: the headline figures of a full run (every size, every
 * system), with a pointer to the complete report.
 */
export function renderReadmeSection(r, { systems, sizes, reportPath }) {
  const L = [];
  const at = (size, s) => r.sizes[size]?.[s];
  const docsOf = (size) => Object.values(r.sizes[size] ?? {}).find((e) => e.docs)?.docs ?? size;
  const perSize = (s, pick) => sizes.map((size) => pick(at(size, s)) ?? '–').join(' / ');
  L.push(`Generated by \`npm run bench\` (${r.date.slice(0, 10)}; ${r.machine.cpu}, ${r.machine.cores} cores; Chromium ${r.machine.chromium ?? '–'}; `
    + `corpus ${r.corpus.generated ? 'GENERATED (not comparable)' : `../shared/corpus/bench, ${r.corpus.ar} Arabic + ${r.corpus.en} English articles`}). `
    + `Sizes: ${sizes.map(docsOf).join(' / ')} documents. Full report, configuration of every system and method: [${reportPath}](${reportPath}).`);
  const script = at(sizes[0], 'bahth')?.library;
  if (script && r.bahthModule) {
    L.push('');
    const parts = r.bahthScript ? ` (dist/bahth.iife.js, ${fmtBytes(r.bahthScript.page.gzip)}, loaded with the page; the deferred part it imports when an index opens, dist/bahth.deferred.js, ${fmtBytes(r.bahthScript.deferred.gzip)})` : ' (dist/bahth.iife.js)';
    L.push(`bahth's library, gzip: ${fmtBytes(script.gzip)} for the script build with everything in${parts}; ${fmtBytes(r.bahthModule.minified.gzip)} for the ES module once a bundler minifies it (dist/bahth.js, ${fmtBytes(r.bahthModule.shipped.gzip)} as shipped, without its deferred.js; lit is left to the host's bundle).`);
  }
  L.push('');
  const last = sizes[sizes.length - 1];
  const n = sizes.map(docsOf).join(' / ');
  L.push(`| system | wire to first results (${n} docs) | cold first query, local (ms) | cold, 10 Mbit/s 40 ms (ms) | keystroke median / p95 (ms), ${docsOf(last)} docs | index on disk, ${docsOf(last)} docs | build (s), ${docsOf(last)} docs |`);
  L.push('|---|---|---|---|---|---|---|');
  for (const s of systems) {
    const e = at(last, s);
    if (!e?.output) continue;
    const k = e.local?.keystrokes?.all;
    L.push(`| ${s} | ${perSize(s, (x) => fmtBytes(x?.local?.wire?.total))} | ${perSize(s, (x) => ms(x?.local?.coldMs))} | ${perSize(s, (x) => ms(x?.throttled?.coldMs))} | ${k ? `${ms(k.median)} / ${ms(k.p95)}` : '–'} | ${fmtBytes(e.output.raw)} (gzip ${fmtBytes(e.output.gzip)}) | ${(e.buildMs / 1000).toFixed(1)} |`);
  }
  L.push('');
  const b = at(last, 'bahth');
  if (b?.local?.keystrokes?.withSnippets) {
    L.push(`bahth shows titles first, snippets when their text arrives; until the snippets show: cold ${perSize('bahth', (x) => ms(x?.local?.coldCompleteMs))} ms local (${perSize('bahth', (x) => fmtBytes(x?.local?.wireComplete))} on the wire), `
      + `keystroke median / p95 ${ms(b.local.keystrokes.withSnippets.median)} / ${ms(b.local.keystrokes.withSnippets.p95)} ms at ${docsOf(last)} docs. The anchors' pages show titles only.`);
    L.push('');
  }
  if (sizes.some((size) => at(size, 'bahth')?.engineInAnchorsPage?.keystrokes)) {
    L.push(`bahth's search without its widget, in the anchors' own page (5 titles in a plain list), keystroke median / p95 (ms): ${sizes.map((size) => { const k = at(size, 'bahth')?.engineInAnchorsPage?.keystrokes?.all; return `${k ? `${ms(k.median)} / ${ms(k.p95)}` : '–'} at ${docsOf(size)} docs`; }).join(', ')}.`);
    L.push('');
  }
  if (r.keystrokeSteal) {
    L.push(`Keystrokes are typed into every system's page in turn, query by query. CPU steal while they typed (time the machine's host gave to other guests): ${sizes.map((size) => `${r.keystrokeSteal[size] === undefined ? '–' : `${(r.keystrokeSteal[size] * 100).toFixed(1)} %`} at ${docsOf(size)} docs`).join(', ')}.`);
    L.push('');
  }
  const rel = r.relevance;
  const classes = ['ar/exact', 'ar/morph', 'ar/vocalized', 'ar/prefix', 'ar/typo', 'en/exact', 'en/morph', 'en/prefix', 'en/typo', 'ar/layout', 'en/layout'];
  if (Object.keys(rel).length) {
    L.push(`Relevance on the ${r.queries.used} development queries (../shared/eval-dev), MRR@10 (index of all documents; search as the widget does it, last word unfinished); ar/layout and en/layout typed on the other keyboard layout (outside "all"); names P@10: Latin names, the share of relevant documents among the first 10 Arabic results:`);
    L.push('');
    L.push(`| system | all | ${classes.join(' | ')} | names P@10 |`);
    L.push(`|---|---|${classes.map(() => '---').join('|')}|---|`);
    for (const s of systems) {
      const x = rel[s];
      if (!x?.scores) continue;
      const best = (k) => Math.max(...systems.map((o) => rel[o]?.scores?.[k]?.mrr ?? rel[o]?.scores?.[k]?.p10 ?? -1));
      const c = (k) => {
        const v = x.scores[k]?.mrr ?? x.scores[k]?.p10;
        return v == null ? '–' : v === best(k) ? `**${f3(v)}**` : f3(v);
      };
      L.push(`| ${s} | ${c('all')} | ${classes.map(c).join(' | ')} | ${c('names')} |`);
    }
    L.push('');
    L.push('Best per column in bold. Timings depend on the machine; compare the rows of one run, not runs.');
  }
  return L.join('\n');
}
