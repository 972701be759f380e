#!/usr/bin/env node
// bahth benchmark: bahth side by side with Pagefind, MiniSearch, Lunr, FlexSearch and Orama, in one
// run on one machine. `npm run bench` (full) or `npm run bench -- --quick`. See bench/README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, statSync, copyFileSync, rmSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import os from 'node:os';

const BENCH = dirname(fileURLToPath(import.meta.url));
const t0run = Date.now();

// ---------------------------------------------------------------------------------------------
// The anchors are the benchmark's own dependencies. `npm install` (not `npm ci`): Pagefind's
// optional binaries for other platforms are missing on this registry and `npm ci` fails on them.
const DEPS = ['minisearch', 'lunr', 'lunr-languages', 'flexsearch', '@orama/orama', '@orama/stemmers', 'pagefind', 'playwright-core', 'esbuild'];
if (DEPS.some((d) => !existsSync(join(BENCH, 'node_modules', d, 'package.json')))) {
  console.log('bench: installing the benchmark dependencies (npm install in bench/)');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { loadCorpus, loadQueries, subset, REPO_DIR, realCorpusAvailable } = await import('./lib/corpus.mjs');
const { startServer, COMPRESS_NOTE } = await import('./lib/server.mjs');
const { sizesOf, pkgVersion, median, quantile, fmtBytes, log } = await import('./lib/util.mjs');
const { renderMarkdown, renderReadmeSection, renderScaleSummary, README_START, README_END } = await import('./lib/report.mjs');
const { loadCrossScriptQueries, relevantDocuments, scoreNames } = await import('./lib/cross-script.mjs');

// ---------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const opt = (name, def) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : def;
};
const QUICK = flag('quick');
// Scale mode (--scale): the scale corpus (lib/scale-corpus.mjs) at --scale-sizes (default
// 100,000 documents), bahth, Pagefind and MiniSearch side by side, and bahth on the whole bench
// corpus (15,283 documents) in the same run as the reference the scale figures are held to;
// --scale-build=1000000 adds bahth's build of that many documents (time, peak memory) and its
// cold first query. No relevance: the scale corpus has no queries of its own.
const SCALE = flag('scale');
const scaleLabel = (n) => `scale-${n}`;
const SCALE_SIZES = SCALE ? opt('scale-sizes', '100000').split(',').filter(Boolean).map((n) => scaleLabel(Number(n))) : [];
const SCALE_BUILDS = SCALE ? opt('scale-build', '').split(',').filter(Boolean).map((n) => scaleLabel(Number(n))) : [];
const ALL_SYSTEMS = ['bahth', 'pagefind', 'minisearch', 'lunr', 'flexsearch', 'orama'];
const systems = opt('systems', SCALE ? 'bahth,pagefind,minisearch' : ALL_SYSTEMS.join(',')).split(',');
const sizes = SCALE ? ['all', ...SCALE_SIZES, ...SCALE_BUILDS]
  : opt('sizes', QUICK ? '1000' : '1000,5000,all').split(',').map((s) => (s === 'all' ? 'all' : Number(s)));
/** The systems measured at a size: in scale mode the reference (the bench corpus) and the big builds are bahth's only. */
const systemsAt = (size) => (SCALE && (size === 'all' || SCALE_BUILDS.includes(size)) ? systems.filter((s) => s === 'bahth') : systems);
// bahth's preload after the first results (its widget's preload-bytes, and its engine page's):
// the widget's default unless given, e.g. to see how keystrokes fare with the whole index preloaded
const BAHTH_PRELOAD = opt('preload-bytes', '');
const REBUILD = flag('rebuild');
const DO_BROWSER = !flag('no-browser');
const DO_RELEVANCE = !flag('no-relevance') && !SCALE;
const QUERY_EVERY = Number(opt('query-every', QUICK ? 5 : 1)); // keep the queries of 1 target in N
const TYPE_QUERIES = Number(opt('type-queries', 4)); // typed queries per language
// Idle time before each key. A person types a key every 100-250 ms, so the page has finished its
// frames when the next one comes, and Chromium starts the keystroke's frame as soon as its input
// task ends. Typed a few ms after the previous frame, as without the pause, the keystroke's frame
// waits for the next vsync: 0 to 16 ms set by how soon the harness saw the previous frame, which
// differs between systems (bahth paints the snippets after the titles), not by their work.
const KEY_PAUSE_MS = Number(opt('key-pause', 50));
const REPS_LOCAL = Number(opt('reps', 3)); // cold loads on the local network (median reported)
const REPS_THROTTLED = Number(opt('reps-throttled', 2)); // cold loads throttled (1 at the full size)
const GROUP_BUDGET_S = Number(opt('group-budget', QUICK ? 20 : 30)); // relevance seconds per language/class group
const TYPE_BUDGET_S = Number(opt('type-budget', QUICK ? 30 : 60)); // keystroke phase seconds per system and size
const TAG = opt('tag', SCALE ? 'scale' : QUICK ? 'quick' : 'full');
const WORK = join(BENCH, 'work');
const RESULTS = join(BENCH, 'results');
mkdirSync(WORK, { recursive: true });
mkdirSync(RESULTS, { recursive: true });

const corpus = loadCorpus();
if (corpus.generated) {
  console.log('\n' + '!'.repeat(100));
  console.log('!!! ../shared/corpus/bench is ABSENT: using a GENERATED corpus. Figures are NOT comparable to real runs. !!!');
  console.log('!'.repeat(100) + '\n');
}
const totalDocs = corpus.ar.length + corpus.en.length;
const adapters = {};
for (const s of systems) adapters[s] = await import(pathToFileURL(join(BENCH, 'adapters', `${s}.mjs`)).href);
const availability = {};
for (const s of systems) availability[s] = adapters[s].available ? adapters[s].available() : true;
// Snapshot of bahth's build, so that a rebuild of dist/ during the run cannot break it.
if (availability.bahth === true) {
  const snap = join(WORK, 'bahth-dist');
  mkdirSync(snap, { recursive: true });
  // and every chunk the ES module imports (the split reader's, and what it shares with the engine)
  for (const f of new Set([...adapters.bahth.FILES, ...readdirSync(join(REPO_DIR, 'dist')).filter((name) => name.endsWith('.js'))])) copyFileSync(join(REPO_DIR, 'dist', f), join(snap, f));
  process.env.BAHTH_DIST = snap;
}

const versions = {};
for (const s of systems) {
  const a = adapters[s];
  versions[s] = s === 'bahth' ? { bahth: a.version() } : Object.fromEntries(a.packages.map((p) => [p, pkgVersion(BENCH, p)]));
}

/**
 * Sizes of the npm package's ES module (lit is left to the host's bundler): as
 * shipped (its whitespace kept, as Vite leaves an ES library), and as a bundler minifies it.
 */
async function moduleSizes(file) {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [file], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', external: ['lit', 'lit/*'], write: false, logLevel: 'error' });
  const minified = join(WORK, 'bahth-module.min.js');
  writeFileSync(minified, out.outputFiles[0].contents);
  // as shipped, the module is bahth.js and the files it imports statically (engine.js and what
  // the engine shares with the split-postings reader; not the parts imported on demand)
  const shipped = new Set([file]);
  for (const f of shipped) for (const [, name] of readFileSync(f, 'utf8').matchAll(/\bfrom\s*"\.\/([\w.-]+\.js)"/g)) shipped.add(join(dirname(file), name));
  return { shipped: sizesOf([...shipped]), minified: sizesOf([minified]) };
}

const results = {
  date: new Date().toISOString(),
  mode: SCALE ? 'scale' : QUICK ? 'quick' : 'full',
  args,
  machine: {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAvgAtStart: os.loadavg().map((x) => +x.toFixed(2)),
  },
  corpus: {
    ...(SCALE && { scale: `scale sizes: the first N documents of the scale corpus (bench/lib/scale-corpus.mjs): each one bench article and four paragraphs of another of its language, one word in 40 with a letter replaced; sizes ${[...SCALE_SIZES, ...SCALE_BUILDS].join(', ')}` }),
    generated: corpus.generated,
    note: corpus.generated ? 'GENERATED corpus (../shared absent): figures not comparable' : '../shared/corpus/bench ar.jsonl + en.jsonl',
    ar: corpus.ar.length,
    en: corpus.en.length,
    subsets: 'same ar/en proportion as the whole corpus; the documents with the smallest FNV-1a(id) in each language',
  },
  bahthModule: availability.bahth === true ? await moduleSizes(join(process.env.BAHTH_DIST, 'bahth.js')) : null,
  bahthScript: availability.bahth === true
    ? { page: sizesOf([join(process.env.BAHTH_DIST, 'bahth.iife.js')]), deferred: sizesOf([join(process.env.BAHTH_DIST, 'bahth.deferred.js')]) } : null,
  method: {
    compression: COMPRESS_NOTE,
    outputSizes: 'index files as written: raw bytes; gzip level 6 and brotli quality 6 per file (levels a CDN uses on the fly; max levels were too slow on 100+ MB outputs) (files already gzip-compressed when written, as Pagefind’s and most of bahth’s are, count as written)',
    library: 'anchors: the engine + its ~1 KB adapter bundled and minified by esbuild (lib.js); Pagefind: pagefind.js + pagefind-worker.js + wasm.ar + wasm.en; bahth: dist/bahth.iife.js (widget and lit included); bahth\'s ES module for bundlers (dist/bahth.js, lit left to the host) is given beside it, as shipped and as esbuild --minify makes it',
    wire: 'bytes of response bodies sent by the local server (after gzip) from navigation until the first results are painted; page HTML and the measurement/harness scripts are excluded',
    repetitions: `cold loads: ${REPS_LOCAL} on the local network, ${REPS_THROTTLED} throttled (1 throttled at the full size), each in a fresh context; the median is shown, every run is in the JSON (coldRuns)`,
    cold: 'fresh browser context; the page and the library are loaded, then t0 = focus of the field + paste of the query (Input.insertText) — the index is not fetched before; t1 = after the frame that shows the first non-empty results (rAF then MessageChannel)',
    throttled: 'CDP Network.emulateNetworkConditions latency 40 ms, 10 Mbit/s down and up',
    budgets: `relevance: each language/class group stops after ${GROUP_BUDGET_S} s and reports how many of its queries ran; typing: ${TYPE_BUDGET_S} s per page and size`,
    keystrokes: `once every system's cold loads of a size are done, each system's page (and bahth's search alone in the anchors' page) is opened in a fresh context of the one browser and loaded with the cold query (for bahth, until the preload that follows its first results has settled: no request for 500 ms and a main thread under 5 % busy for 500 ms, waiting 1.5 to 10 s, 180 s with --preload-bytes); then the pages take turns query by query, the first in turn rotating, so the machine's noise falls on all alike; each query is typed one character at a time with CDP Input.dispatchKeyEvent keyDown/keyUp (text); per key, keydown event.timeStamp to after the frame that shows that prefix's results; the next key only after that (for bahth, after its snippets are painted too) and ${KEY_PAUSE_MS} ms of idle page, the same for every system (a person types a key every 100-250 ms; typed right after the previous frame, a key's frame waits for the next vsync by an amount set by the harness)`,
    heap: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage usedSize, before the cold query and after its results (main thread only)',
    relevance: 'full corpus (both languages in one index or, where the system splits by language, all its per-language indexes), top 10, MRR@10 and success@10 per language and class',
    anchorsPage: 'one <input> and a plain <ul> of the top 5 titles, the same code for every anchor (pages/harness.js); bahth uses its own <bahth-search limit=5>, and its search alone is also typed into the anchors\' page (engine.html: pages/bahth-engine.js, openIndex + query with titles only, preload at idle after the first results), same keys, in turn with the other pages',
  },
  versions,
  config: Object.fromEntries(systems.map((s) => [s, adapters[s].config])),
  availability,
  sizes: {},
  relevance: {},
};

// ---------------------------------------------------------------------------------------------
// Builds (cached in bench/work/ by a key over the corpus, the adapter code and the versions)
/**
 * What the built indexes depend on in the corpus: its files' contents, hashed once a run (50 MB,
 * well under a second). Not their modification times: ../shared is provisioned afresh on a new
 * machine or session, which made every cached index stale, the scale corpus's Pagefind build
 * (ten minutes) included.
 */
let corpusHash;
function corpusSignature() {
  if (corpus.generated) return 'generated-v1';
  const dir = join(REPO_DIR, '..', 'shared', 'corpus', 'bench');
  return (corpusHash ??= ['ar.jsonl', 'en.jsonl'].map((f) => `${f}:${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`).join('|'));
}
function buildKey(system, size) {
  const h = createHash('sha256');
  h.update(JSON.stringify([system, size, corpusSignature(), versions[system]]));
  if (String(size).startsWith('scale-')) h.update(readFileSync(join(BENCH, 'lib', 'scale-corpus.mjs')));
  for (const f of [join(BENCH, 'adapters', `${system}.mjs`), adapters[system].client && join(BENCH, adapters[system].client), join(BENCH, 'lib', 'corpus.mjs')]) {
    if (f) h.update(readFileSync(f));
  }
  // bahth's index is written by its CLI alone (one bundled file); the page's script is copied in each run
  if (system === 'bahth') h.update(readFileSync(join(process.env.BAHTH_DIST, 'cli.js')));
  return h.digest('hex').slice(0, 16);
}
const SIZES_METHOD = 'gzip6-brotli6';
const dirOf = (system, size) => join(WORK, String(size), system);

/** GNU time, where there is one: it reports the peak memory of the largest process of a build (the child, or the CLI it runs). */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Runs child.mjs in its own process. With `peakFile`, under GNU time, which writes there the
 * peak resident memory (KiB) of the largest process of the tree. Scale builds run for minutes:
 * their progress (stderr) shows in the log as it comes.
 */
function runChild(argv, label, { peakFile, live = false } = {}) {
  const node = [process.execPath, '--max-old-space-size=16000', join(BENCH, 'lib', 'child.mjs'), ...argv];
  const [command, ...rest] = peakFile && GNU_TIME ? [GNU_TIME, '-f', '%M', '-o', peakFile, ...node] : node;
  const r = spawnSync(command, rest, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(live && { stdio: ['ignore', 'pipe', 'inherit'] }),
  });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}): ${(r.stderr || r.stdout || (live ? 'see the log above' : '')).slice(-1500)}`);
}

async function buildOne(system, size) {
  const dir = dirOf(system, size);
  const metaFile = join(dir, 'build.json');
  const key = buildKey(system, size);
  if (!REBUILD && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.key === key && existsSync(join(dir, 'index'))) {
      if (meta.sizesMethod !== SIZES_METHOD) {
        meta.output = sizesOf(indexFiles(system, join(dir, 'index')));
        meta.sizesMethod = SIZES_METHOD;
        writeFileSync(metaFile, JSON.stringify(meta, null, 1));
      }
      return { ...meta, cached: true };
    }
  }
  mkdirSync(dir, { recursive: true });
  log(`build ${system} @ ${size}`);
  const tmp = join(dir, 'child-build.json');
  const peakFile = join(dir, 'peak-rss.txt');
  rmSync(peakFile, { force: true });
  runChild(['build', system, String(size), join(dir, 'index'), tmp], `build ${system}@${size}`, { peakFile, live: SCALE });
  const child = JSON.parse(readFileSync(tmp, 'utf8'));
  // GNU time's figure covers the CLI a build runs in a process of its own; without it, the child's own
  const peakKiB = existsSync(peakFile) ? Number.parseInt(readFileSync(peakFile, 'utf8').trim().split('\n').pop(), 10) : NaN;
  const maxRssMB = Number.isFinite(peakKiB) ? peakKiB / 1024 : child.maxRssMB;
  const meta = { key, buildMs: child.ms, docs: child.docs, maxRssMB, builtAt: new Date().toISOString() };
  meta.output = sizesOf(indexFiles(system, join(dir, 'index')));
  meta.sizesMethod = SIZES_METHOD;
  writeFileSync(metaFile, JSON.stringify(meta, null, 1));
  log(`  ${system} @ ${size}: ${(child.ms / 1000).toFixed(1)} s, peak memory ${(maxRssMB / 1024).toFixed(2)} GiB, ${fmtBytes(meta.output.raw)} raw, ${fmtBytes(meta.output.gzip)} gz`);
  return { ...meta, cached: false };
}

/** Index files of a build (Pagefind's bundle also holds its library and unused UI files). */
function indexFiles(system, indexDir) {
  const files = [];
  const walk = (d) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) walk(f);
      else files.push(f);
    }
  };
  walk(indexDir);
  if (system === 'pagefind') return files.filter((f) => /\.pf_|pagefind-entry\.json$/.test(f));
  return files;
}
function libraryFiles(system, dir) {
  if (system === 'pagefind') {
    const p = (l, f) => join(dir, 'index', l, f);
    return [p('ar', 'pagefind.js'), p('ar', 'pagefind-worker.js'), p('ar', 'wasm.ar.pagefind'), p('en', 'wasm.en.pagefind')];
  }
  // the script and the deferred part it imports when the index opens (both before the first results)
  if (system === 'bahth') return [join(dir, 'bahth.iife.js'), join(dir, 'bahth.deferred.js')];
  return [join(dir, 'lib.js')];
}

// Pages: the same harness for every anchor; bahth's own widget.
async function makePage(system, size) {
  const dir = dirOf(system, size);
  const head = `<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${system} ${size}</title>\n<script src="/pages/measure.js"></script>\n<style>body{font-family:'Noto Sans Arabic','DejaVu Sans',sans-serif;margin:2rem}input{font-size:1.2rem;width:30rem}</style></head>\n`;
  // the anchors' page: an input, a list, the engine's scripts, the shared harness
  const anchorsPage = (engine, ready = '<script>window.__benchPageReady = true;</script>') =>
    `${head}<body data-index="index/">\n<input id="q" autocomplete="off" aria-label="search"><ul id="results" role="listbox"></ul>\n${engine}\n<script src="/pages/harness.js"></script>\n${ready}\n</body></html>\n`;
  let html;
  if (system === 'bahth') {
    // (and the reader of split postings, which an index of over 150,000 documents may load)
    for (const f of ['bahth.iife.js', 'bahth.deferred.js', 'bahth.split.js']) copyFileSync(join(process.env.BAHTH_DIST, f), join(dir, f));
    const preload = BAHTH_PRELOAD ? ` preload-bytes="${Number(BAHTH_PRELOAD)}"` : '';
    html = `${head}<body>\n<script src="bahth.iife.js"></script>\n<bahth-search index="index/" limit="5"${preload}></bahth-search>\n<script>customElements.whenDefined('bahth-search').then(() => { window.__benchPageReady = true; });</script>\n</body></html>\n`;
    // bahth's search without its widget, in the anchors' own page (pages/harness.js): the same
    // index, openIndex and query (titles only), preloaded after loading as the widget does after its first results
    const budget = BAHTH_PRELOAD ? `<script>window.benchPreloadBytes = ${Number(BAHTH_PRELOAD)};</script>\n` : '';
    writeFileSync(join(dir, 'engine.html'), anchorsPage(`${budget}<script src="bahth.iife.js"></script>\n<script src="/pages/bahth-engine.js"></script>`));
  } else if (system === 'pagefind') {
    html = anchorsPage('<script type="module" src="/pages/pagefind-glue.js"></script>', '<script type="module">await window.benchEngineReady; window.__benchPageReady = true;</script>');
  } else {
    const { build } = await import('esbuild');
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, `import * as engine from ${JSON.stringify(join(BENCH, adapters[system].client))};\nwindow.benchEngine = engine;\nwindow.benchEngineReady = Promise.resolve(engine);\n`);
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', platform: 'browser', target: 'es2022', outfile: join(dir, 'lib.js'), logLevel: 'error', nodePaths: [join(BENCH, 'node_modules')] });
    // esbuild marks an ESM entry's IIFE "use strict"; lunr-languages' Arabic stemmer needs sloppy mode
    // (it keeps its state on `this` inside a plain function call), as when loaded by a plain <script>.
    const lib = readFileSync(join(dir, 'lib.js'), 'utf8');
    if (lib.startsWith('"use strict";')) writeFileSync(join(dir, 'lib.js'), lib.slice('"use strict";'.length));
    html = anchorsPage('<script src="lib.js"></script>');
  }
  writeFileSync(join(dir, 'index.html'), html);
  return sizesOf(libraryFiles(system, dir));
}

// ---------------------------------------------------------------------------------------------
// Queries
const { queries: devQueries, generated: queriesGenerated } = loadQueries();
// Cross-script (bench/lib/cross-script.mjs): the wrong-layout queries are scored with the others
// as class "layout", outside the all/ar/en figures; names P@10 from each system's first 100 results.
const crossScript = queriesGenerated ? null : loadCrossScriptQueries(join(REPO_DIR, '..', 'shared'));
const allQueries = [...devQueries, ...(crossScript?.layout ?? [])];
const targetNumber = (q) => q.qid.split('-')[2];
const queries = allQueries.filter((q) => Number.parseInt(targetNumber(q), 10) % QUERY_EVERY === 0 || QUERY_EVERY === 1);
const typing = ['ar', 'en'].flatMap((lang) => allQueries.filter((q) => q.lang === lang && q.class === 'exact').filter((_, i) => i % 37 === 0).slice(0, TYPE_QUERIES));
results.queries = { total: allQueries.length, used: queries.length, every: QUERY_EVERY, generated: queriesGenerated, typed: typing.map((q) => q.qid) };
const COLD_QUERY = 'الحكومة'; // "the government": frequent in every subset of the news corpus
results.method.coldQuery = `${COLD_QUERY} (Arabic for "the government")`;

// ---------------------------------------------------------------------------------------------
// Browser measures
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
let browser, server;
async function startBrowser() {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: FLAGS });
  results.machine.chromium = browser.version();
  server = await startServer([['/w/', WORK], ['/pages/', join(BENCH, 'pages')]]);
}

function classifyWire(system, log) {
  const out = { library: 0, index: 0, other: 0, requests: 0 };
  for (const e of log) {
    if (e.path.startsWith('/pages/') || e.path.endsWith('.html') || e.path.endsWith('/')) continue;
    out.requests++;
    const isLib = system === 'pagefind' ? /pagefind(-worker)?\.js$|\.pagefind$/.test(e.path) : /\/(lib|bahth\.iife|bahth\.deferred)\.js$/.test(e.path);
    if (isLib) out.library += e.bytes;
    else if (e.status === 200) out.index += e.bytes;
    else out.other += e.bytes;
  }
  out.total = out.library + out.index + out.other;
  return out;
}

async function key(cdp, ch) {
  const special = ch === ' ' ? { code: 'Space', windowsVirtualKeyCode: 32 } : {};
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch, ...special });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, ...special });
}
async function clearField(page, cdp) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'a', code: 'KeyA', windowsVirtualKeyCode: 65, modifiers: 2, commands: ['selectAll'] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'a', code: 'KeyA', windowsVirtualKeyCode: 65, modifiers: 2 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
  await page.waitForTimeout(300);
}

/**
 * One cold load of `system`'s page in a fresh context: cold query, wire, heap (for bahth, after its
 * idle preload has settled). Returns the figures (`out`) and the open page; the caller closes its
 * context.
 */
async function loadPage(system, size, { throttled, pageName = 'index.html' }) {
  const widget = system === 'bahth' && pageName === 'index.html';
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttled) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 });
  const out = {};
  try {
    server.reset();
    await page.goto(`${server.origin}/w/${size}/${system}/${pageName}`, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => window.__benchPageReady === true, null, { timeout: 60000 });
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    const h0 = await cdp.send('Runtime.getHeapUsage');
    const preload = classifyWire(system, server.log);
    if (preload.index > 0) out.note = `index bytes fetched before the first keystroke: ${preload.index}`;
    await page.evaluate(() => { window.__bench.events = []; window.__bench.tStart = performance.now(); window.__bench.findInput().focus(); });
    await cdp.send('Input.insertText', { text: COLD_QUERY });
    await page.waitForFunction(() => window.__bench.events.some((e) => e.count > 0) || window.__benchError, null, { timeout: 300000, polling: 20 });
    const cold = await page.evaluate(() => ({ ev: window.__bench.events.find((e) => e.count > 0), tStart: window.__bench.tStart, error: window.__benchError }));
    if (!cold.ev) throw new Error(`no results: ${cold.error}`);
    out.coldMs = cold.ev.tPaint - cold.tStart;
    out.coldDom = cold.ev.dom;
    const starts = await requestStarts(page);
    out.wire = classifyWire(system, server.log.filter((e) => startedBy(starts, e, cold.ev.tPaint, cold.ev.epoch)));
    if (widget) {
      // titles first, snippets next: also time (and count the bytes) until the snippets show
      const tComplete = await page.waitForFunction(() => window.__bench.events.find((e) => e.count > 0)?.tComplete, null, { timeout: 60000, polling: 5 })
        .then((h) => h.jsonValue()).catch(() => undefined);
      if (tComplete !== undefined) {
        out.coldCompleteMs = tComplete - cold.tStart;
        const startsNow = await requestStarts(page);
        // the texts of the hits shown (idle preloading, which may start meanwhile, fetches no texts)
        const texts = server.log.filter((e) => /\/texts\.[0-9a-f]+\.bin$/.test(e.path) && startsNow.get(e.path) > cold.ev.tPaint && startsNow.get(e.path) <= tComplete);
        out.wireComplete = out.wire.total + texts.reduce((n, e) => n + e.bytes, 0);
      }
    }
    if (system === 'bahth') {
      // let the preload after the first results finish (its bytes and heap count): until no
      // request for 500 ms, at least 1.5 s and at most 10 s after the first results
      const tWait = Date.now();
      await page.waitForTimeout(1500);
      const waitMs = BAHTH_PRELOAD ? 180000 : 10000; // a whole index preloaded takes longer than the default 7 MiB
      while (Date.now() - tWait < waitMs && Date.now() - Math.max(0, ...server.log.map((e) => e.tStart)) < 500) await page.waitForTimeout(100);
      // and until the page's main thread is idle: a preload decodes the packs it fetched at
      // background priority, and at 100,000 documents that outlasts 500 ms without a request
      await mainThreadIdle(cdp, tWait + waitMs);
      out.preloadWaitMs = Date.now() - tWait;
    }
    out.wireAfter = classifyWire(system, server.log).total - out.wire.total;
    await cdp.send('HeapProfiler.collectGarbage');
    const h1 = await cdp.send('Runtime.getHeapUsage');
    out.heapBefore = h0.usedSize;
    out.heapAfter = h1.usedSize;
    out.heapDelta = h1.usedSize - h0.usedSize;
  } catch (e) {
    out.error = String(e?.message ?? e).split('\n')[0];
  }
  if (errors.length) out.pageErrors = errors.slice(0, 3);
  return { out, system, pageName, widget, page, cdp, context, errors };
}

/**
 * Waits until the page's main thread spent under 5 % of half a second on tasks (the DevTools
 * protocol's TaskDuration), or until the time `until`.
 */
async function mainThreadIdle(cdp, until) {
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  let before = await busy();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await busy();
    if (now - before < 0.025) break;
    before = now;
  }
  await cdp.send('Performance.disable');
}

/**
 * When each request of the page started, by the page's own clock (resource timing: pathname →
 * startTime), so that a request can be put before or after an instant the page measured. The
 * server's clock can be a few milliseconds off the browser's, and bahth's preload starts a few
 * milliseconds after the first results are painted: by the server's clock it was sometimes
 * counted before them. Requests made by a worker (Pagefind's) are not in it.
 */
const requestStarts = async (page) => new Map(await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [decodeURIComponent(new URL(e.name).pathname), e.startTime])));

/** Whether the request the server logged as `e` started by the page's instant `t`, whose time by the server's clock is `epoch`. */
const startedBy = (starts, e, t, epoch) => (starts.has(e.path) ? starts.get(e.path) <= t : e.tStart <= epoch);

/** The figures of one cold load, its page closed. */
async function browserRun(system, size, options) {
  const { out, context } = await loadPage(system, size, options);
  await context.close();
  return out;
}

/** Types `q` one character at a time into the typist's page, adding a sample per key. */
async function typeQuery(typist, q) {
  const { page, cdp, widget } = typist;
  await page.bringToFront();
  await clearField(page, cdp);
  const tStart = Date.now();
  let typed = '';
  try {
    for (const [at, ch] of [...q.query].entries()) {
      if (typist.typedMs + (Date.now() - tStart) > TYPE_BUDGET_S * 1000) { typist.budgetHit = true; break; }
      typed += ch;
      await page.evaluate(() => { window.__bench.events = []; window.__bench.key = null; });
      await page.waitForTimeout(KEY_PAUSE_MS);
      await key(cdp, ch);
      try {
        await page.waitForFunction((t) => window.__bench.events.some((e) => e.query === t) && window.__bench.key, typed, { timeout: 20000, polling: 5 });
      } catch {
        typist.timeouts++;
        continue;
      }
      if (widget) {
        await page.waitForFunction((t) => window.__bench.events.find((e) => e.query === t)?.tComplete, typed, { timeout: 20000, polling: 5 }).catch(() => {});
      }
      const s = await page.evaluate((t) => {
        const e = window.__bench.events.find((x) => x.query === t);
        const t0 = window.__bench.key.t0;
        return { ms: e.tPaint - t0, searchMs: e.tResults - t0, count: e.count, ...(e.tComplete && { completeMs: e.tComplete - t0 }) };
      }, typed);
      typist.samples.push({ lang: q.lang, qid: q.qid, at, ...s });
    }
  } finally {
    typist.typedMs += Date.now() - tStart;
  }
}

/** Median, p95 and max of a typist's keys, all and by language. */
function keystrokeStats(typist) {
  const { samples } = typist;
  const stat = (arr) => ({ n: arr.length, median: median(arr), p95: quantile(arr, 0.95), max: Math.max(...arr) });
  return {
    all: stat(samples.map((s) => s.ms)),
    ar: stat(samples.filter((s) => s.lang === 'ar').map((s) => s.ms)),
    en: stat(samples.filter((s) => s.lang === 'en').map((s) => s.ms)),
    toResults: stat(samples.map((s) => s.searchMs)),
    ...(typist.widget && { withSnippets: stat(samples.filter((s) => s.completeMs !== undefined).map((s) => s.completeMs)) }),
    // which keys: the same ones slow on every page would be the machine's bursts, not the system
    slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, 6).map((s) => ({ ms: s.ms, qid: s.qid, at: s.at })),
    // every key, in the order typed: [query id, letter, ms]
    keys: samples.map((s) => [s.qid, s.at, Math.round(s.ms * 10) / 10]),
    timeouts: typist.timeouts,
    budgetHit: typist.budgetHit,
    planned: typing.reduce((n, q) => n + [...q.query].length, 0),
  };
}

/**
 * The machine's CPU time counters since boot (Linux /proc/stat, clock ticks), or null where there
 * are none: their `steal` is time the hypervisor gave to other guests while this one had work.
 */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return null;
  }
}

/** Share of the CPU time between two readings of {@link cpuTimes} that was stolen (0–1). */
const stealShare = (a, b) => (a && b && b.total > a.total ? (b.steal - a.steal) / (b.total - a.total) : undefined);

/**
 * The keystroke phase of one size, interleaved: every page is open in the one browser, and the
 * pages take turns query by query (the first in turn rotating), so a burst of the machine's
 * noise falls on all systems alike rather than on whichever one was typing then. `typists`:
 * [system, pageName, where to put the figures].
 */
async function keystrokePhase(size, typists) {
  const open = [];
  for (const [system, pageName, target] of typists) {
    server.warm(dirOf(system, size));
    const loaded = await loadPage(system, size, { throttled: false, pageName });
    if (loaded.out.error === undefined) open.push({ ...loaded, target, samples: [], typedMs: 0, timeouts: 0, budgetHit: false });
    else {
      target.keystrokesError = loaded.out.error;
      await loaded.context.close();
    }
  }
  const before = cpuTimes();
  for (const [i, q] of typing.entries()) {
    for (let j = 0; j < open.length; j++) {
      const t = open[(i + j) % open.length];
      if (!t.budgetHit) await typeQuery(t, q);
    }
  }
  const steal = stealShare(before, cpuTimes());
  if (steal !== undefined) {
    (results.keystrokeSteal ??= {})[size] = steal;
    log(`  CPU steal while typing: ${(steal * 100).toFixed(1)} %`);
  }
  for (const t of open) {
    t.target.keystrokes = keystrokeStats(t);
    if (t.errors.length) t.target.typingPageErrors = t.errors.slice(0, 3);
    await t.context.close();
    const k = t.target.keystrokes.all;
    const slow = t.target.keystrokes.slowest.map((s) => `${s.ms.toFixed(0)} (${s.qid}:${s.at + 1})`).join(', ');
    log(`  keys ${t.system}${t.pageName === 'index.html' ? '' : ` (${t.pageName})`} @ ${size}: median ${k.median?.toFixed(1)} p95 ${k.p95?.toFixed(1)} (${k.n} keys); slowest ms (query:letter) ${slow}`);
  }
  for (const [system] of typists) server.forget(dirOf(system, size));
}

/** Cold loads in fresh contexts, `reps` times: the median cold time is reported (all in coldRuns);
 * heap and wire come from the first run. */
async function repeated(system, size, throttled, reps) {
  const first = await browserRun(system, size, { throttled });
  const runs = [first.coldMs];
  for (let i = 1; i < reps && first.coldMs != null; i++) runs.push((await browserRun(system, size, { throttled })).coldMs);
  const ok = runs.filter((x) => x != null);
  return { ...first, coldFirstMs: first.coldMs, coldMs: ok.length ? median(ok) : undefined, coldRuns: runs };
}

// Pagefind relevance runs in its own browser client.
async function pagefindRelevance(size) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/w/${size}/pagefind/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__benchPageReady === true, null, { timeout: 60000 });
  const out = [];
  const t = Date.now();
  for (let i = 0; i < queries.length; i += 100) {
    const batch = queries.slice(i, i + 100).map((q) => ({ qid: q.qid, query: q.query, target: q.target }));
    const r = await page.evaluate(async (qs) => {
      const engine = await window.benchEngineReady;
      await engine.load();
      const res = [];
      for (const q of qs) {
        const ts = performance.now();
        let hits = [];
        let error;
        try { hits = await engine.search(q.query, 10); } catch (e) { error = String(e); }
        res.push({ qid: q.qid, rank: hits.map((h) => h.id).indexOf(q.target) + 1, ms: performance.now() - ts, ...(error ? { error } : {}) });
      }
      return res;
    }, batch);
    out.push(...r);
  }
  server.reset();
  await context.close();
  return { results: out, ms: Date.now() - t };
}

function scoreRelevance(rows) {
  const byId = new Map(allQueries.map((q) => [q.qid, q]));
  const groups = {};
  const add = (k, rank) => {
    const g = (groups[k] ??= { n: 0, rr: 0, hit: 0 });
    g.n++;
    if (rank > 0 && rank <= 10) { g.rr += 1 / rank; g.hit++; }
  };
  for (const r of rows) {
    const q = byId.get(r.qid);
    if (q.class !== 'layout') {
      add('all', r.rank);
      add(`${q.lang}`, r.rank);
    }
    add(`${q.lang}/${q.class}`, r.rank);
  }
  return Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, { n: g.n, mrr: g.rr / g.n, success: g.hit / g.n }]));
}

// ---------------------------------------------------------------------------------------------
// Main
const relevanceSize = 'all';
let relevantNames;
const buildSizes = [...new Set([...sizes, ...(DO_RELEVANCE ? [relevanceSize] : [])])];
if (DO_BROWSER) await startBrowser();
for (const size of buildSizes) {
  const measured = sizes.includes(size);
  const row = measured ? (results.sizes[size] = {}) : null;
  // a million documents' index is not read into the server's memory ahead of time, nor typed into
  const big = SCALE_BUILDS.includes(size);
  for (const system of systemsAt(size)) {
    if (availability[system] !== true) {
      if (row) row[system] = { skipped: availability[system] };
      continue;
    }
    const entry = {};
    try {
      const build = await buildOne(system, size);
      Object.assign(entry, { buildMs: build.buildMs, buildCached: build.cached, builtAt: build.builtAt, docs: build.docs, buildMaxRssMB: build.maxRssMB, output: build.output });
      entry.library = await makePage(system, size);
    } catch (e) {
      entry.error = `build: ${String(e?.message ?? e).slice(0, 500)}`;
      log(`  ${system} @ ${size}: ${entry.error}`);
      if (row) row[system] = entry;
      continue;
    }
    if (row && DO_BROWSER) {
      if (!big) server.warm(dirOf(system, size));
      log(`browser ${system} @ ${size}: local`);
      entry.local = await repeated(system, size, false, big ? 1 : REPS_LOCAL);
      log(`browser ${system} @ ${size}: throttled`);
      entry.throttled = await repeated(system, size, true, size === 'all' || big ? 1 : REPS_THROTTLED);
      server.forget(dirOf(system, size));
      log(`  cold ${entry.local.coldMs?.toFixed(0)} ms local, ${entry.throttled.coldMs?.toFixed(0)} ms throttled; wire ${fmtBytes(entry.local.wire?.total ?? 0)}${entry.local.error ? ' ERROR ' + entry.local.error : ''}${entry.throttled.error ? ' ERROR(thr) ' + entry.throttled.error : ''}`);
    }
    if (row) row[system] = entry;
    if (size === relevanceSize && DO_RELEVANCE) {
      log(`relevance ${system} (${queries.length} queries)`);
      try {
        let rel;
        if (system === 'pagefind') {
          if (!DO_BROWSER) throw new Error('needs the browser (--no-browser given)');
          server.warm(dirOf(system, size));
          rel = await pagefindRelevance(size);
          server.forget(dirOf(system, size));
          rel.where = 'browser (pagefind.js)';
        } else {
          const qf = join(WORK, 'queries.json');
          writeFileSync(qf, JSON.stringify(queries));
          const rf = join(WORK, `relevance-${system}.json`);
          runChild(['relevance', system, join(dirOf(system, size), 'index'), qf, rf, String(GROUP_BUDGET_S * 1000)], `relevance ${system}`);
          rel = JSON.parse(readFileSync(rf, 'utf8'));
          rel.where = 'node';
        }
        const lat = rel.results.map((r) => r.ms);
        results.relevance[system] = {
          where: rel.where,
          scores: scoreRelevance(rel.results),
          cut: rel.cut ?? {},
          errors: rel.results.filter((r) => r.error).length,
          firstError: rel.results.find((r) => r.error)?.error,
          searchMs: { median: median(lat), p95: quantile(lat, 0.95) },
          totalMs: rel.ms,
          loadMs: rel.loadMs,
        };
        const a = results.relevance[system].scores.all;
        log(`  MRR@10 ${a.mrr.toFixed(3)} success@10 ${a.success.toFixed(3)} (${(rel.ms / 1000).toFixed(0)} s)`);
        if (crossScript && system !== 'pagefind') {
          const spellings = [...new Set(crossScript.names.flatMap((n) => [...n.latin, n.arabic[0]]))];
          const nf = join(WORK, 'names.json');
          writeFileSync(nf, JSON.stringify(spellings));
          const rf = join(WORK, `names-${system}.json`);
          runChild(['ranked', system, join(dirOf(system, size), 'index'), nf, rf, '100'], `names ${system}`);
          const { ranked } = JSON.parse(readFileSync(rf, 'utf8'));
          const arabicIds = new Set(corpus.ar.map((d) => d.id));
          relevantNames ??= relevantDocuments(crossScript.names, corpus.ar);
          const names = await scoreNames(crossScript.names, relevantNames, async (q) => (ranked[q] ?? []).filter((id) => arabicIds.has(id)));
          results.relevance[system].scores['names'] = { n: crossScript.names.length, p10: names.p10, arabicForms: names.arabicForms, weak: names.weak };
          log(`  names P@10 ${names.p10.toFixed(3)} (Arabic forms ${names.arabicForms.toFixed(3)})`);
        }
      } catch (e) {
        results.relevance[system] = { error: String(e?.message ?? e).slice(0, 500) };
        log(`  relevance ${system}: ${results.relevance[system].error}`);
      }
    }
  }
  if (row && DO_BROWSER && !big) {
    // every system whose page loaded, and bahth's search alone in the anchors' page
    const typists = systemsAt(size).filter((s) => row[s]?.local && !row[s].local.error).map((s) => [s, 'index.html', row[s].local]);
    if (row.bahth?.local && !row.bahth.local.error) typists.push(['bahth', 'engine.html', (row.bahth.engineInAnchorsPage = {})]);
    log(`keystrokes @ ${size}: ${typists.length} pages, interleaved query by query`);
    await keystrokePhase(size, typists);
  }
}
if (browser) await browser.close();
if (server) await server.close();

results.runtimeSec = (Date.now() - t0run) / 1000;
results.machine.loadAvgAtEnd = os.loadavg().map((x) => +x.toFixed(2));
const md = renderMarkdown(results, { systems, sizes }) + (SCALE ? renderScaleSummary(results) : '');
const base = `${TAG}`;
writeFileSync(join(RESULTS, `${base}.json`), JSON.stringify(results, null, 1) + '\n');
writeFileSync(join(RESULTS, `${base}.md`), md);
console.log('\n' + md);
console.log(`\nwrote ${relative(process.cwd(), join(RESULTS, base + '.md'))} and .json; run took ${results.runtimeSec.toFixed(0)} s`);

// A full run of every system on the real corpus regenerates the README's benchmark section.
const fullRun = !QUICK && TAG === 'full' && !corpus.generated && DO_BROWSER && DO_RELEVANCE &&
  ALL_SYSTEMS.every((s) => systems.includes(s)) && ['1000', '5000', 'all'].every((s) => sizes.map(String).includes(s));
if (fullRun) {
  const readme = join(REPO_DIR, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const a = text.indexOf(README_START);
  const b = text.indexOf(README_END);
  if (a >= 0 && b > a) {
    const section = renderReadmeSection(results, { systems, sizes, reportPath: `bench/results/${base}.md` });
    writeFileSync(readme, `${text.slice(0, a + README_START.length)}\n${section}\n${text.slice(b)}`);
    console.log('updated the benchmark section of README.md');
  }
}
