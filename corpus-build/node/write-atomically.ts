import { mkdir, mkdtemp, readdir, rename, rm, writeFile, open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Manifest } from '../../src/format/index.js';
import type { WrittenIndex } from '../core/index-writer.js';

const STAGING_PREFIX = '.bahth-staging-';

async function writeDurably(path: string, data: Uint8Array | string): Promise<void> {
  await writeFile(path, data);
  const handle = await open(path, 'r');
  await handle.sync();
  await handle.close();
}

/** An index being written beside its folder, taking effect only when committed. */
export interface StagedIndex {
  /** A folder for the build's own use (its spilled runs), removed with the staging folder. */
  readonly workDir: string;
  /** Writes one file of the index (durably: it is on disk before the index can name it). */
  write(name: string, data: Uint8Array): Promise<void>;
  /** Moves the index into place; `manifest.json` last, in one atomic rename. */
  commit(manifest: Manifest): Promise<void>;
  /** Gives up: the staging folder goes, the previous index stays as it was. */
  discard(): Promise<void>;
}

/**
 * Starts writing an index into `outDir` so that a build that fails or is killed never leaves a
 * broken index behind. Every file is first written in full to a staging folder beside `outDir`
 * (as the build makes it); on commit the new files (content-hashed names, so they never
 * overwrite a file in use) are moved in, `manifest.json` replaced by one atomic rename (the
 * moment the new index takes effect), and the files of the previous index that are no longer
 * named removed. A killed build leaves at most a staging folder, which the next build removes.
 */
export async function stageIndex(outDir: string): Promise<StagedIndex> {
  const out = resolve(outDir);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  await removeStaleStaging(parent, basename(out));
  const staging = await mkdtemp(join(parent, `${STAGING_PREFIX}${basename(out)}-`));
  const names = new Set<string>(); // two chunks alike are one file
  const discard = () => rm(staging, { recursive: true, force: true });
  return {
    workDir: join(staging, '.work'),
    async write(name, data) {
      await writeDurably(join(staging, name), data);
      names.add(name);
    },
    async commit(manifest) {
      try {
        await writeDurably(join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        await mkdir(out, { recursive: true });
        const before = new Set(await readdir(out));
        for (const name of names) if (!before.has(name)) await rename(join(staging, name), join(out, name));
        await rename(join(staging, 'manifest.json'), join(out, 'manifest.json'));
        const keep = new Set(['manifest.json', ...names]);
        // Only files that look like ours (this format's kinds, and those of formats 2 and 3) are
        // removed: the folder may hold a site's other files.
        for (const name of before) {
          if (!keep.has(name) && /^(meta|terms|ends|heads|texts|packs|pages|docs)\.[0-9a-f]{16}\.bin$/.test(name)) await rm(join(out, name), { force: true });
        }
      } finally {
        await discard();
      }
    },
    discard,
  };
}

/** Writes an index built in memory into `outDir`, atomically (see {@link stageIndex}). */
export async function writeIndexAtomically(outDir: string, index: WrittenIndex): Promise<void> {
  const staged = await stageIndex(outDir);
  try {
    for (const file of index.files) await staged.write(file.name, file.data);
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await staged.commit(index.manifest);
}

async function removeStaleStaging(parent: string, name: string): Promise<void> {
  for (const entry of await readdir(parent)) {
    if (entry.startsWith(`${STAGING_PREFIX}${name}-`)) await rm(join(parent, entry), { recursive: true, force: true });
  }
}
