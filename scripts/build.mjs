// `npm run build`: the ESM module, the script-tag bundle, bundled .d.ts files, the CLI and the
// Node build API, all into dist/.
import { spawnSync } from 'node:child_process';
import { rmSync, chmodSync } from 'node:fs';
import { build } from 'esbuild';

const run = (cmd, args) => {
  const status = spawnSync(cmd, args, { stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
rmSync('build', { recursive: true, force: true });
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'iife', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['rollup', '-c', 'rollup.dts.config.mjs', '--silent']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);

// Node side: bundle our own modules, keep npm packages as dependencies.
const node = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' };
await build({ ...node, entryPoints: ['corpus-build/cli.ts'], outfile: 'dist/cli.js' });
await build({ ...node, entryPoints: ['corpus-build/index.ts'], outfile: 'dist/build.js' });
chmodSync('dist/cli.js', 0o755);
console.log('built dist/: bahth.js, bahth.iife.js, bahth.d.ts, cli.js, build.js, build.d.ts; custom-elements.json');
