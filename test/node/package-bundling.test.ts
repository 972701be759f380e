import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

describe('the npm package in a browser bundler', () => {
  it('bundles dist/bahth.js for the browser with esbuild, with no Node module to resolve', async () => {
    // what a front-end developer's build does with `import { openIndex } from 'bahth'`
    const result = await build({
      stdin: { contents: "import { openIndex } from './dist/bahth.js'; console.log(openIndex);", resolveDir: process.cwd() },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      external: ['lit', 'lit/*'],
    });
    assert.deepEqual(result.errors, []);
    // Node's fs is reached through process.getBuiltinModule in Node, never imported
    assert.doesNotMatch(result.outputFiles[0]!.text, /(\bimport\s*\(|\bfrom|\brequire\s*\()\s*["']node:/);
  });
});
