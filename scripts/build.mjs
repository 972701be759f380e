// `npm run build` (npm pack and npm publish run it first, as prepack): the ES modules, the
// script-tag bundle, bundled .d.ts files, the CLI and the Node build API, all into dist/.
import { spawnSync } from 'node:child_process';
import { rmSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';

const run = (cmd, args) => {
  const status = spawnSync(cmd, args, { stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
rmSync('build', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'iife', '--logLevel', 'warn']);
// A second pass over esbuild's minified output: terser's two compress passes take about 650
// bytes gzip off the script build (25,316 to 24,658 when added), which every visitor pays.
// Not over the ES module: a host's bundler minifies it, and needs the /* @__PURE__ */
// annotations that Vite keeps there (and terser would drop) to tree-shake it.
// The script build bundles Lit, whose licence asks that its notice travel with it: it goes in a
// file beside it, which a one-line banner names.
const file = 'dist/bahth.iife.js';
const notices = [
  ['Lit (lit, lit-html, lit-element, @lit/reactive-element)', 'node_modules/lit/LICENSE'],
].map(([name, path]) => `${name}\n\n${readFileSync(path, 'utf8').trim()}\n`);
writeFileSync(`${file}.LICENSE.txt`, `bahth.iife.js includes the following software.\n\n${notices.join('\n---\n\n')}`);
const terse = await minify(readFileSync(file, 'utf8'), {
  ecma: 2020,
  compress: { passes: 2 },
  format: { preamble: `/*! bahth.iife.js bundles Lit (BSD-3-Clause): see ${basename(file)}.LICENSE.txt */` },
  sourceMap: { content: readFileSync(`${file}.map`, 'utf8'), url: `${basename(file)}.map` },
});
writeFileSync(file, terse.code);
writeFileSync(`${file}.map`, terse.map);
await buildDeferred('src/search/deferred.ts', 'dist/bahth.deferred.js');
// the reader of split postings, which only an index of very many documents loads (src/search/split-reader.ts)
await buildDeferred('src/search/split-reader.ts', 'dist/bahth.split.js');
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['rollup', '-c', 'rollup.dts.config.mjs', '--silent']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

// Node side: bundle our own modules, keep npm packages as dependencies.
const node = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' };
await build({ ...node, entryPoints: ['corpus-build/cli.ts'], outfile: 'dist/cli.js' });
await build({ ...node, entryPoints: ['corpus-build/index.ts'], outfile: 'dist/build.js' });
chmodSync('dist/cli.js', 0o755);
console.log('built dist/: bahth.js, search.js, engine.js, deferred.js, split-reader.js, bahth.iife.js (+ .LICENSE.txt), bahth.deferred.js and bahth.split.js, their .d.ts, cli.js, build.js, build.d.ts; custom-elements.json');

/**
 * The script build's deferred part (src/search/deferred.ts: cross-script matching and snippets),
 * a file of its own beside it: an ES module the script imports when an index opens
 * (src/search/load-deferred.iife.ts), so a page that never searches does not load it. What it
 * shares with the script (src/search/deferred-deps.ts) it takes from the script at run time,
 * where the script puts it, instead of holding a second copy.
 */
async function buildDeferred(entry, outfile) {
  const deps = readFileSync('src/search/deferred-deps.ts', 'utf8');
  const names = [...deps.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim()).filter(Boolean));
  const key = /DEFERRED_DEPS_KEY = '([^']+)'/.exec(deps)[1];
  // the modules deferred-deps.ts takes its exports from, and arabic-stem.ts (sound-key.ts's stripArticle)
  const shared = new Set(['src/analyzer/index.ts', 'src/analyzer/arabic-stem.ts', 'src/format/compress.ts', 'src/format/ends-chunk.ts', 'src/search/chunk-cache.ts', 'src/search/chunk-directory.ts', 'src/search/marks.ts', 'src/search/read-file.ts', 'src/search/types.ts'].map((p) => resolve(p)));
  const fromScript = {
    name: 'deferred-deps',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const path = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        return shared.has(path) ? { path: 'deferred-deps', namespace: 'deferred-deps' } : undefined;
      });
      // a name the deferred code imports that deferred-deps.ts does not list fails the build here
      b.onLoad({ filter: /.*/, namespace: 'deferred-deps' }, () => ({ contents: `export const { ${names.join(', ')} } = globalThis[${JSON.stringify(key)}];`, loader: 'js' }));
    },
  };
  await build({
    entryPoints: [entry], outfile, bundle: true, format: 'esm', minify: true, target: 'es2022', sourcemap: true,
    plugins: [fromScript], logLevel: 'warning',
  });
  const terser = await minify(readFileSync(outfile, 'utf8'), {
    ecma: 2020, module: true, compress: { passes: 2 },
    sourceMap: { content: readFileSync(`${outfile}.map`, 'utf8'), url: `${basename(outfile)}.map` },
  });
  writeFileSync(outfile, terser.code);
  writeFileSync(`${outfile}.map`, terser.map);
}
