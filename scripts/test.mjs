// `npm test`: typecheck, Node tests, then browser tests in real Chromium; ends with one line
// "N passed, N failed" summing all of them, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { findChromium } from './find-chromium.mjs';

const total = { passed: 0, failed: 0, skipped: 0 };
const add = (c) => { total.passed += c.passed; total.failed += c.failed; total.skipped += c.skipped; };
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readCounts = (file) => existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;

rmSync('.tmp/counts', { recursive: true, force: true });
mkdirSync('.tmp/counts', { recursive: true });

console.log('\n== typecheck');
if (run('npx', ['tsc', '-p', 'tsconfig.json']) === 0) total.passed++;
else { total.failed++; console.error('typecheck failed'); }

// The browser tests and some Node tests use dist/ and the demo index: build them if missing, or
// older than a source file (a checkout that pulled a new index format would test the old CLI).
const built = ['dist/bahth.js', 'dist/cli.js'].map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0));
const newestSource = Math.max(...globSync(['src/**/*.ts', 'corpus-build/**/*.{ts,json}', 'scripts/build.mjs']).map((file) => statSync(file).mtimeMs));
if (Math.min(...built) < newestSource) {
  console.log(`\n== build (dist/ ${built.includes(0) ? 'missing' : 'older than the sources'})`);
  if (run('npm', ['run', 'build']) !== 0) { total.failed++; console.error('build failed'); }
}

console.log('\n== node tests');
const nodeFiles = globSync('test/node/**/*.test.ts').sort();
const nodeStatus = run(process.execPath, [
  '--import', 'tsx', '--test', '--test-concurrency=2',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-test-counter.mjs', '--test-reporter-destination=.tmp/counts/node.json',
  ...nodeFiles,
]);
const nodeCounts = readCounts('.tmp/counts/node.json');
if (nodeCounts) add(nodeCounts);
if (nodeStatus !== 0 && (!nodeCounts || nodeCounts.failed === 0)) total.failed++;

console.log('\n== browser tests (Chromium)');
if (!findChromium()) {
  console.error('No Chromium found. Install it (Debian: `apt-get install chromium`) or set CHROME_PATH to a Chromium binary.');
  total.failed++;
} else if (run(process.execPath, ['--import', 'tsx', 'test/fixtures/build-fixtures.ts']) !== 0) {
  console.error('could not build the browser test fixtures');
  total.failed++;
} else if (run(process.execPath, ['scripts/build-demo.mjs']) !== 0) {
  // the demo test loads the built, deployable demo (dist-demo/)
  console.error('could not build the demo');
  total.failed++;
} else {
  const status = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
  const counts = readCounts('.tmp/counts/browser.json');
  if (counts) add(counts);
  if (status !== 0 && (!counts || counts.failed === 0)) total.failed++;
}

const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 ? 1 : 0);
