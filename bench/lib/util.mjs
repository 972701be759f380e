import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Raw, gzip -6 and brotli q6 sizes of files (a file already gzip-compressed counts as written). */
export function sizesOf(files) {
  let raw = 0, gzip = 0, brotli = 0;
  for (const f of files) {
    const b = readFileSync(f);
    raw += b.length;
    if (b.length > 2 && b[0] === 0x1f && b[1] === 0x8b) { gzip += b.length; brotli += b.length; continue; }
    gzip += Math.min(b.length, gzipSync(b, { level: 6 }).length);
    brotli += Math.min(b.length, brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length);
  }
  return { files: files.length, raw, gzip, brotli };
}
export function pkgVersion(benchDir, name) {
  try { return JSON.parse(readFileSync(join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version; } catch { return '?'; }
}
export function quantile(arr, q) {
  if (!arr.length) return null;
  const s = [...arr].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos), hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
export const median = (arr) => quantile(arr, 0.5);
export function fmtBytes(n) {
  if (n == null) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(2)} MiB`;
}
const t0 = Date.now();
export function log(msg) { console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`); }
