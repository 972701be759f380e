// `npm run build:demo`: the demo's index and a static site in dist-demo/, deployable as is.
import { spawnSync } from 'node:child_process';

// The demo corpus, without its README (which would be indexed as an article).
const DEMO_INPUTS = ['demo/corpus/articles.jsonl', 'demo/corpus/md', 'demo/corpus/html', 'demo/corpus/txt'];

const run = (args) => {
  const status = spawnSync(process.execPath, args, { stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
};
run(['--import', 'tsx', 'corpus-build/cli.ts', 'build', ...DEMO_INPUTS, '--out', 'demo/public/index']);
run(['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.demo.config.ts', '--logLevel', 'warn']);
console.log('demo built into dist-demo/');
