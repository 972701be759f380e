import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/**
 * The package as a user gets it: `npm pack` in a clean copy of the repository (tracked files and
 * the installed node_modules, no dist/: its prepack must build it), the tarball installed into an
 * empty project from npm's cache, its `npx bahth build` run, `bahth/search` bundled alone with
 * esbuild and run, and the package's types checked by TypeScript from that project.
 */
const repo = resolve(import.meta.dirname, '../..');
/**
 * The environment of a user's shell: under `npm test`, npm tells its scripts about this package
 * (npm_package_*, npm_lifecycle_*, npm_config_local_prefix), which must not leak into the npm
 * commands run for the clone and the project. The cache, registry and certificates stay.
 */
const env = Object.fromEntries(Object.entries(process.env)
  .filter(([key]) => !/^npm_(package|lifecycle)_|^npm_config_(local_prefix|call)$/i.test(key)));
const run = (cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> =>
  spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...env, npm_config_update_notifier: 'false' } });
const ok = (result: SpawnSyncReturns<string>, what: string) => assert.equal(result.status, 0, `${what} failed:\n${result.stderr}\n${result.stdout}`);

/** Files of the repository as a fresh clone has them (tracked, or new and not ignored). */
function cloneFiles(): string[] {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo);
  ok(listed, 'git ls-files');
  return listed.stdout.split('\0').filter((f) => f && existsSync(join(repo, f)));
}

/** esbuild's bundle of `code`, resolved from the installed project: its text, gzip size and the inputs it holds. */
async function bundle(code: string, cwd: string): Promise<{ text: string; gzip: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: code, resolveDir: cwd, loader: 'js' },
    absWorkingDir: cwd, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    write: false, metafile: true, logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  return { text, gzip: gzipSync(text).length, inputs: Object.keys((result.metafile as Metafile).inputs) };
}

describe('the npm package, packed and installed', () => {
  let work: string;
  let project: string;
  let tarball: string;
  let packed: string[];

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'bahth-package-'));
    const clone = join(work, 'clone');
    for (const file of cloneFiles()) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(join(repo, file), join(clone, file));
    }
    assert.equal(existsSync(join(clone, 'dist')), false, 'a clean clone has no dist/');
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'dir'); // what `npm ci` installs
    const pack = run('npm', ['pack', '--json', '--pack-destination', work], clone);
    ok(pack, 'npm pack');
    // prepack's build prints before npm's JSON
    const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[\n'))) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, info!.filename);
    packed = info!.files.map((f) => f.path).sort();

    project = join(work, 'site');
    mkdirSync(join(project, 'content', 'news'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-site', private: true, type: 'module' }));
    writeFileSync(join(project, 'content', 'news', 'cranes.md'), '---\ntitle: The cranes return to the harbour\n---\nThe old cranes were repaired over the winter.\n');
    writeFileSync(join(project, 'content', 'news', 'ferries.md'), '---\ntitle: عودة العبّارات إلى الميناء\nlang: ar\n---\nعادت العبّارات إلى العمل صباح الاثنين.\n');
    ok(run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project), 'npm install of the tarball');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('packs dist/ (built by prepack), the type declarations, custom-elements.json, LICENSE and the README', () => {
    for (const file of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'dist/bahth.js', 'dist/search.js', 'dist/engine.js', 'dist/deferred.js',
      'dist/bahth.iife.js', 'dist/bahth.deferred.js', 'dist/bahth.split.js', 'dist/split-reader.js', 'dist/cli.js', 'dist/build.js', 'dist/bahth.d.ts', 'dist/search.d.ts', 'dist/build.d.ts']) {
      assert.ok(packed.includes(file), `the tarball has ${file}`);
    }
    assert.deepEqual(packed.filter((f) => !/^(dist\/|LICENSE$|README\.md$|package\.json$|custom-elements\.json$)/.test(f)), [], 'nothing else');
    assert.match(readFileSync(join(project, 'node_modules/bahth/LICENSE'), 'utf8'), /^MIT License/);
  });

  it('runs `npx bahth build` in the project, and searches the index with `bahth/search` and `bahth` in Node', () => {
    ok(run('npx', ['--no', 'bahth', 'build', 'content', '--out', 'public/search-index', '--base-url', '/blog/'], project), 'npx bahth build');
    const search = run(process.execPath, ['--input-type=module', '-e', `
      import { openIndex } from 'bahth/search';
      import * as full from 'bahth';
      const index = await openIndex('public/search-index');
      const hits = [...await index.search('cranes'), ...await index.search('العبارات')];
      console.log(JSON.stringify({ urls: hits.map((h) => h.url), same: full.openIndex === openIndex, element: typeof full.BahthSearch }));
    `], project);
    ok(search, 'searching from Node');
    assert.deepEqual(JSON.parse(search.stdout), { urls: ['/blog/news/cranes/', '/blog/news/ferries/'], same: true, element: 'function' },
      'both entries share one engine');
  });

  it('bundles `bahth/search` alone with esbuild: no Lit, no element, well under the full package, and it searches', async () => {
    ok(run('npx', ['--no', 'bahth', 'build', 'content', '--out', 'public/bundle-index'], project), 'npx bahth build');
    const code = "import { openIndex } from 'bahth/search';\nconst index = await openIndex('public/bundle-index');\nconsole.log(JSON.stringify((await index.search('harbour')).map((h) => h.title)));\n";
    const searchOnly = await bundle(code, project);
    const full = await bundle(code.replace("'bahth/search'", "'bahth'"), project);
    assert.deepEqual(searchOnly.inputs.filter((f) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(f)), [], 'no Lit module');
    assert.ok(full.inputs.some((f) => f.includes('node_modules/lit-element/')), 'the full package does bundle Lit (the check can see it)');
    assert.doesNotMatch(searchOnly.text, /customElements|LitElement|litElementVersions/);
    assert.match(full.text, /customElements\.define\(/);
    assert.ok(searchOnly.gzip < full.gzip * 0.6, `bahth/search ${searchOnly.gzip} bytes gzip, bahth ${full.gzip}`);
    // the browser bundle runs as is: openIndex reads a folder in Node
    writeFileSync(join(project, 'search-bundle.mjs'), searchOnly.text);
    const ran = run(process.execPath, ['search-bundle.mjs'], project);
    ok(ran, 'the bundle');
    assert.deepEqual(JSON.parse(ran.stdout), ['The cranes return to the harbour']);
  });

  it('types every entry for TypeScript, with bundler and with Node module resolution', () => {
    writeFileSync(join(project, 'check.ts'), `
import 'bahth';
import { BahthSearch, type BahthSelectEvent } from 'bahth';
import { openIndex, BahthIndexError, analyzeQuery, type SearchHit } from 'bahth/search';
import { buildIndex, type BuildSummary } from 'bahth/build';

export async function check(): Promise<void> {
  const index = await openIndex('/search-index/');
  const hits: SearchHit[] = await index.search('وزير', { limit: 5 });
  const title: string | undefined = hits[0]?.title;
  // @ts-expect-error: a hit has no such field (the types are real, not any)
  void hits[0]?.noSuchField;
  const element: BahthSearch = document.createElement('bahth-search');
  element.addEventListener('bahth-select', (e) => void (e as BahthSelectEvent).detail.hit.url);
  const summary: BuildSummary = await buildIndex({ inputs: ['content'], out: 'public/search-index', baseUrl: '/blog/', dedupe: false });
  void [title, summary.withoutUrl.documents, analyzeQuery('x').words, new BahthIndexError('not-found', 'gone') instanceof Error];
}
`);
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    // the declarations themselves are checked once (skipLibCheck: false), resolution both ways
    for (const resolution of [{ module: 'esnext', moduleResolution: 'bundler', skipLibCheck: false }, { module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true }]) {
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { ...resolution, target: 'es2022', lib: ['es2022', 'dom'], strict: true, noEmit: true, types: [] },
        files: ['check.ts'],
      }));
      const result = run(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
      assert.equal(result.status, 0, `tsc with ${resolution.moduleResolution} resolution:\n${result.stdout}`);
    }
  });
});
