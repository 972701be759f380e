import { readFile, stat } from 'node:fs/promises';
import { dirname, parse, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isReadable } from '../core/read-input.js';

/** A file to read, with the path its id is taken from. */
export interface DiscoveredFile {
  absolute: string;
  /**
   * Path relative to the input it was found under (a folder, a file's folder or a glob's base),
   * or with several inputs under different folders, to the folder they share; `/` separators.
   */
  relative: string;
  /** Found by walking an input folder, not named by the input itself (a file or a pattern). */
  inFolder: boolean;
}

/** Files found under the inputs, and files of unknown type that were passed over. */
export interface Discovery {
  files: DiscoveredFile[];
  ignored: string[];
  /** Inputs that matched nothing. */
  missing: string[];
  /** Folders of bahth indexes found among the inputs (the output folder too), left out. */
  indexes: string[];
}

/** What {@link discoverInputs} leaves out besides hidden files and node_modules. */
export interface DiscoverOptions {
  /** Working directory the inputs are relative to. */
  cwd?: string;
  /** The output folder: never read, so a build whose output sits inside its input can run again. */
  out?: string;
}

const toPosix = (p: string) => p.split(sep).join('/');
const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** The deepest folder holding all of `folders`. */
function commonFolder(folders: string[]): string {
  let common = folders[0]!;
  for (const folder of folders) while (!isInside(folder, common)) common = dirname(common);
  return common;
}

/** Whether a `manifest.json` is a bahth index's (a previous build's output among the inputs). */
async function isIndexManifest(path: string): Promise<boolean> {
  if (parse(path).base !== 'manifest.json') return false;
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { generator?: unknown; format?: unknown };
    return typeof manifest.format === 'number' && typeof manifest.generator === 'string' && manifest.generator.startsWith('bahth');
  } catch {
    return false;
  }
}

/**
 * Expands the inputs (files, folders searched recursively, glob patterns) into files, sorted
 * so the build is deterministic. Hidden files and node_modules are skipped in folders, and so
 * are the output folder and any other bahth index found (its manifest is JSON, and would be
 * read as a record).
 */
export async function discoverInputs(inputs: string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd();
  const out = options.out === undefined ? undefined : resolve(cwd, options.out);
  const found: { absolute: string; root: string; inFolder: boolean }[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      found.push({ absolute, root: dirname(absolute), inFolder: false });
    } else if (info?.isDirectory()) {
      const files = await glob('**/*', { cwd: absolute, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'], dot: false });
      for (const f of files.sort()) found.push({ absolute: resolve(f), root: absolute, inFolder: true });
    } else if (isDynamicPattern(input)) {
      const files = await glob(input, { cwd, absolute: true, onlyFiles: true });
      if (!files.length) missing.push(input);
      const root = resolve(cwd, input.split(/[*?[{]/)[0]!.replace(/[^/\\]*$/, ''));
      for (const f of files.sort()) found.push({ absolute: resolve(f), root, inFolder: false });
    } else {
      missing.push(input);
    }
  }

  const indexFolders = new Set<string>();
  for (const { absolute } of found) {
    if (out && isInside(absolute, out)) indexFolders.add(out);
    else if (await isIndexManifest(absolute)) indexFolders.add(dirname(absolute));
  }
  const inIndex = (path: string) => [...indexFolders].some((folder) => isInside(path, folder));

  // Ids come from paths relative to the input; two inputs under different folders could give
  // two files one id (en/index.txt and ar/index.txt both "index"), so then paths are relative
  // to the folder the inputs share ("en/index", "ar/index").
  const roots = [...new Set(found.map((f) => f.root))];
  const shared = roots.length > 1 ? commonFolder(roots) : undefined;
  const files = new Map<string, DiscoveredFile>();
  const ignored = new Set<string>();
  for (const { absolute, root, inFolder } of found) {
    if (files.has(absolute) || inIndex(absolute)) continue;
    if (!isReadable(absolute)) {
      ignored.add(toPosix(relative(cwd, absolute)));
      continue;
    }
    files.set(absolute, { absolute, relative: toPosix(relative(shared ?? root, absolute)) || toPosix(parse(absolute).base), inFolder });
  }
  const indexes = [...indexFolders].sort().map((folder) => toPosix(relative(cwd, folder)) || '.');
  return { files: [...files.values()], ignored: [...ignored], missing, indexes };
}
