import { BahthIndexError } from './types.js';

/** Reads the files of one index folder, over HTTP(S) in browsers or from disk in Node. */
export interface Fetcher {
  /** The folder, as an absolute URL ending in `/`. */
  readonly base: string;
  /** Bytes of one file of the folder; rejects with a {@link BahthIndexError}. */
  read(name: string): Promise<Uint8Array>;
}

const hasScheme = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s);
/**
 * Whether this runs in Node (not in a browser). The script-tag build defines `typeof process` as
 * "undefined", so its minifier drops the Node-only code below: no page runs it.
 */
const IN_NODE = typeof process !== 'undefined' && !!process.versions?.node && typeof document === 'undefined';

/** Resolves what the caller passed (a URL, a page-relative URL, or in Node a folder path) to a folder URL. */
export function resolveLocation(location: string | URL): string {
  let url: URL;
  if (location instanceof URL) url = new URL(location.href);
  else if (hasScheme(location)) url = new URL(location);
  else if (IN_NODE) url = new URL(location, `file://${process.cwd()}/`);
  else url = new URL(location, document.baseURI);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** Makes a fetcher for the index folder at `base` (from {@link resolveLocation}). */
export function createFetcher(base: string): Fetcher {
  if (IN_NODE && base.startsWith('file:')) {
    return {
      base,
      async read(name) {
        // Not import('node:fs/promises'): a browser bundler would try to resolve it, and esbuild
        // fails on it (the minifier made the specifier a literal even when it was built at run time).
        const fs = process.getBuiltinModule('node:fs/promises');
        try {
          return new Uint8Array(await fs.readFile(new URL(name, base)));
        } catch (error) {
          const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
          throw new BahthIndexError(missing ? 'not-found' : 'network', `cannot read ${name}: ${(error as Error).message}`, name);
        }
      },
    };
  }
  return {
    base,
    async read(name) {
      let response: Response;
      try {
        response = await fetch(new URL(name, base));
      } catch (error) {
        throw new BahthIndexError('network', `cannot fetch ${name}: ${(error as Error).message}`, name);
      }
      if (!response.ok) {
        const code = response.status === 404 || response.status === 410 ? 'not-found' : 'network';
        throw new BahthIndexError(code, `cannot fetch ${name}: HTTP ${response.status}`, name);
      }
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
