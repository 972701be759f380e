// `npm start`: builds the demo corpus into an index, then serves the demo page with Vite.
import { spawn, spawnSync } from 'node:child_process';

// The demo corpus, without its README (which would be indexed as an article).
const DEMO_INPUTS = ['demo/corpus/articles.jsonl', 'demo/corpus/md', 'demo/corpus/html', 'demo/corpus/txt'];

const build = spawnSync(process.execPath, ['--import', 'tsx', 'corpus-build/cli.ts', 'build', ...DEMO_INPUTS, '--out', 'demo/public/index'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'vite.demo.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
const stop = () => vite.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
vite.on('exit', (code) => process.exit(code ?? 0));
