import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isReadable } from '../core/read-input.js';

/** A file to read, with the path its id is taken from. */
export interface DiscoveredFile {
  absolute: string;
  /** Path relative to the input it was found under (a folder or a glob's base), with `/` separators. */
  relative: string;
}

/** Files found under the inputs, and files of unknown type that were passed over. */
export interface Discovery {
  files: DiscoveredFile[];
  ignored: string[];
  /** Inputs that matched nothing. */
  missing: string[];
}

const toPosix = (p: string) => p.split(sep).join('/');

/**
 * Expands the inputs (files, folders searched recursively, glob patterns) into files, sorted
 * so the build is deterministic. Hidden files and node_modules are skipped in folders.
 */
export async function discoverInputs(inputs: string[], cwd = process.cwd()): Promise<Discovery> {
  const files = new Map<string, DiscoveredFile>();
  const ignored: string[] = [];
  const missing: string[] = [];
  const consider = (absolute: string, root: string) => {
    if (files.has(absolute)) return;
    const rel = toPosix(relative(root, absolute)) || toPosix(absolute.split(sep).pop()!);
    if (isReadable(absolute)) files.set(absolute, { absolute, relative: rel });
    else ignored.push(toPosix(relative(cwd, absolute)));
  };
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      consider(absolute, resolve(absolute, '..'));
    } else if (info?.isDirectory()) {
      const found = await glob('**/*', { cwd: absolute, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'], dot: false });
      for (const f of found.sort()) consider(resolve(f), absolute);
    } else if (isDynamicPattern(input)) {
      const found = await glob(input, { cwd, absolute: true, onlyFiles: true });
      if (!found.length) missing.push(input);
      const base = resolve(cwd, input.split(/[*?[{]/)[0]!.replace(/[^/\\]*$/, ''));
      for (const f of found.sort()) consider(resolve(f), base);
    } else {
      missing.push(input);
    }
  }
  return { files: [...files.values()], ignored, missing };
}
