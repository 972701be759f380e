import { mkdir, mkdtemp, readdir, rename, rm, writeFile, open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { WrittenIndex } from '../core/index-writer.js';

const STAGING_PREFIX = '.bahth-staging-';

async function writeDurably(path: string, data: Uint8Array | string): Promise<void> {
  await writeFile(path, data);
  const handle = await open(path, 'r');
  await handle.sync();
  await handle.close();
}

/**
 * Writes an index into `outDir` so that a build that fails or is killed never leaves a broken
 * index behind. Every file is first written in full to a staging folder beside `outDir`; only
 * then are the new files (content-hashed names, so they never overwrite a file in use) moved in,
 * `manifest.json` replaced by one atomic rename (the moment the new index takes effect), and the
 * files of the previous index that are no longer named removed. A killed build leaves at most a
 * staging folder, which the next build removes.
 */
export async function writeIndexAtomically(outDir: string, index: WrittenIndex): Promise<void> {
  const out = resolve(outDir);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  await removeStaleStaging(parent, basename(out));
  const staging = await mkdtemp(join(parent, `${STAGING_PREFIX}${basename(out)}-`));
  try {
    for (const file of index.files) await writeDurably(join(staging, file.name), file.data);
    await writeDurably(join(staging, 'manifest.json'), `${JSON.stringify(index.manifest, null, 2)}\n`);
    await mkdir(out, { recursive: true });
    const before = new Set(await readdir(out));
    for (const file of index.files) {
      if (!before.has(file.name)) await rename(join(staging, file.name), join(out, file.name));
    }
    await rename(join(staging, 'manifest.json'), join(out, 'manifest.json'));
    const keep = new Set(['manifest.json', ...index.files.map((f) => f.name)]);
    // Only files that look like ours (this format's kinds, and "docs" of format 2) are removed:
    // the folder may hold a site's other files.
    for (const name of before) {
      if (!keep.has(name) && /^(meta|terms|ends|heads|texts|packs|docs)\.[0-9a-f]{16}\.bin$/.test(name)) await rm(join(out, name), { force: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function removeStaleStaging(parent: string, name: string): Promise<void> {
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`${STAGING_PREFIX}${name}-`)) await rm(join(parent, entry), { recursive: true, force: true });
  }
}
