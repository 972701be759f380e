import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
// @ts-expect-error: a plain .mjs script without declarations
import { renderComponentApi, withComponentApi } from '../../scripts/component-api.mjs';

const repo = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');

describe('README', () => {
  it('starts with exactly the two commands for a fresh machine', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    assert.deepEqual(firstBlock, ['npm install && npm start', 'npm test']);
  });

  it('documents the element exactly as its JSDoc says (custom-elements manifest)', () => {
    // the analyzer resolves --outdir against the working directory, so keep it inside the repo
    mkdirSync(join(repo, '.tmp'), { recursive: true });
    const out = mkdtempSync(join(repo, '.tmp', 'cem-'));
    try {
      const run = spawnSync(process.execPath, [join(repo, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze',
        '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(repo, out), '--quiet'], { cwd: repo, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
      const api: string = renderComponentApi(manifest);
      for (const name of ['`index`', '`bahth-select`', '`--bahth-accent-color`', '`mark`']) assert.ok(api.includes(name), name);
      assert.equal(readme, withComponentApi(readme, api), 'README is stale: run `node scripts/component-api.mjs`');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
