// Local static HTTP server on 127.0.0.1 that compresses like a CDN and counts bytes on the wire.
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync, readdirSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.jsonl': 'application/json',
};
/**
 * Gzip (level 6, as CDNs commonly do) is applied by content type: html, js, json, css, wasm,
 * plus bahth's index files whose type is listed in COMPRESS_EXT. Pagefind's .pf_* and
 * wasm.*.pagefind files are served as-is: Pagefind writes them already gzip-compressed.
 */
export const COMPRESSED_TYPES = ['.html', '.js', '.mjs', '.json', '.css', '.wasm', '.txt', '.jsonl'];
export const COMPRESS_NOTE =
  'gzip level 6 on the fly (cached) for .html .js .mjs .json .css .wasm .txt .jsonl and any other file whose bytes are not already gzip/brotli-compressed and shrink by >10%; Pagefind .pf_*/.pagefind files are served as written (Pagefind pre-gzips them)';

export function startServer(mounts) {
  // mounts: [[urlPrefix, dir], ...]; longest prefix first
  mounts = [...mounts].sort((a, b) => b[0].length - a[0].length);
  const cache = new Map();
  const state = { log: [] };
  // Compressed bodies are cached so that compression time never counts in a measurement.
  function load(file) {
    let entry = cache.get(file);
    const mtime = statSync(file).mtimeMs;
    if (!entry || entry.mtime !== mtime) {
      const raw = readFileSync(file);
      const ext = extname(file);
      const already = raw.length > 2 && raw[0] === 0x1f && raw[1] === 0x8b;
      let gz = null;
      if (!already && !file.endsWith('.pagefind') && !/\.pf_/.test(file)) {
        const z = gzipSync(raw, { level: 6 });
        if (COMPRESSED_TYPES.includes(ext) || z.length < raw.length * 0.9) gz = z;
      }
      entry = { mtime, raw, gz, type: TYPES[ext] ?? 'application/octet-stream' };
      cache.set(file, entry);
    }
    return entry;
  }
  const server = createServer((req, res) => {
    const tStart = Date.now();
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    let file;
    for (const [prefix, dir] of mounts) {
      if (path.startsWith(prefix)) {
        file = join(dir, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
        break;
      }
    }
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      state.log.push({ path, status: 404, bytes: 9, tStart });
      return;
    }
    const entry = load(file);
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = entry.gz && acceptsGzip ? entry.gz : entry.raw;
    const headers = { 'content-type': entry.type, 'content-length': body.length, 'cache-control': 'no-cache' };
    if (body === entry.gz) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    state.log.push({ path, status: 200, bytes: body.length, raw: entry.raw.length, tStart });
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        reset() { state.log = []; },
        /** Compresses every file under dir ahead of time. */
        warm(dir) {
          const walk = (d) => {
            for (const name of readdirSync(d)) {
              const f = join(d, name);
              if (statSync(f).isDirectory()) walk(f);
              else load(f);
            }
          };
          walk(dir);
        },
        /** Drops the cached bodies of files under dir (after a size is done). */
        forget(dir) { for (const k of [...cache.keys()]) if (k.startsWith(dir)) cache.delete(k); },
        get log() { return state.log; },
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}
