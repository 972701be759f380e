// bahth itself, from the repo's own build (npm run build at the root): the CLI writes the index,
// <bahth-search> (dist/bahth.iife.js) is the page, openIndex from dist/bahth.js runs relevance in Node.
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { REPO_DIR } from '../lib/corpus.mjs';

export const name = 'bahth';
export const label = 'bahth';
export const packages = [];
// The run copies dist/ into bench/work/bahth-dist (BAHTH_DIST) so a colleague's rebuild mid-run cannot break it.
export const DIST = process.env.BAHTH_DIST || join(REPO_DIR, 'dist');
export const config = [
  'index: node dist/cli.js build <subset.jsonl> --out <dir> (defaults; the scale corpus: its shards as inputs)',
  'page: <script src=bahth.iife.js> + <bahth-search index=… limit=5> (its own widget; default load="intent" fetches on focus)',
  "relevance: openIndex(folder) from dist/bahth.js in Node, index.search(query, { limit: 10 })",
];
export const client = null;
/** Builds from files: the scale corpus's shards are given to the CLI as they are (child.mjs). */
export const readsFiles = true;

// bahth.js imports the engine from engine.js, which imports its deferred part (deferred.js) when an
// index opens; the script build imports bahth.deferred.js
export const FILES = ['cli.js', 'bahth.iife.js', 'bahth.deferred.js', 'bahth.split.js', 'bahth.js', 'engine.js', 'deferred.js'];
export function available() {
  const missing = FILES.filter((f) => !existsSync(join(REPO_DIR, 'dist', f)));
  return missing.length ? `dist/${missing.join(', dist/')} missing (run npm run build at the repo root)` : true;
}

export function version() {
  try { return JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8')).version; } catch { return '?'; }
}

export async function build(docs, outDir, { inputFile, inputFiles }) {
  if (!inputFiles) writeFileSync(inputFile, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  // the scale corpus's builds take minutes: their progress (stderr) goes to the log as it comes
  // Node's own heap limit, as a site's build has it: the build spills to disk instead of growing
  const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'build', ...(inputFiles ?? [inputFile]), '--out', outDir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(inputFiles && { stdio: ['ignore', 'pipe', 'inherit'] }),
  });
  if (r.status !== 0) throw new Error(`bahth build failed (${r.status}): ${(r.stderr || r.stdout || 'see the log above').slice(-2000)}`);
}

export async function nodeSearcher(outDir) {
  const { openIndex } = await import(pathToFileURL(join(DIST, 'bahth.js')).href);
  const index = await openIndex(outDir);
  return {
    async search(q, limit) {
      const res = await index.search(q, { limit });
      const hits = Array.isArray(res) ? res : res.hits;
      return hits.map((h) => ({ id: h.id, title: h.title, lang: h.lang }));
    },
  };
}
