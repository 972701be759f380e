// Corpus loading, deterministic subsets and the generated fallback corpus.
// The real corpus is read from ../shared (relative to the repo root) at run time and never copied.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(BENCH_DIR, '..');
export const SHARED_DIR = resolve(REPO_DIR, '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus', 'bench');
export const QUERIES_FILE = join(SHARED_DIR, 'eval-dev', 'queries.jsonl');

export function readJsonl(file) {
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim()) out.push(JSON.parse(line));
  }
  return out;
}

/** 32-bit FNV-1a of a string: the stable hash used to choose subsets. */
export function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function realCorpusAvailable() {
  return existsSync(join(CORPUS_DIR, 'ar.jsonl')) && existsSync(join(CORPUS_DIR, 'en.jsonl'));
}

let cache;
/** All documents: {ar: [...], en: [...], generated: bool}. */
export function loadCorpus() {
  if (cache) return cache;
  if (realCorpusAvailable()) {
    const norm = (d) => ({ id: String(d.id), lang: d.lang, title: d.title ?? '', body: d.body ?? '', url: d.url, date: d.date });
    cache = {
      ar: readJsonl(join(CORPUS_DIR, 'ar.jsonl')).map(norm),
      en: readJsonl(join(CORPUS_DIR, 'en.jsonl')).map(norm),
      generated: false,
    };
  } else {
    cache = { ...generateCorpus(), generated: true };
  }
  return cache;
}

/**
 * Deterministic subset of `size` documents (or all when size is 'all' or >= the total):
 * the same ar/en proportion as the whole corpus, the documents with the smallest FNV-1a(id).
 */
export function subset(corpus, size) {
  const total = corpus.ar.length + corpus.en.length;
  if (size === 'all' || size >= total) return [...corpus.ar, ...corpus.en];
  const nAr = Math.round((size * corpus.ar.length) / total);
  const pick = (docs, n) =>
    docs
      .map((d) => [fnv1a(d.id), d])
      .sort((a, b) => a[0] - b[0] || (a[1].id < b[1].id ? -1 : 1))
      .slice(0, n)
      .map((x) => x[1]);
  return [...pick(corpus.ar, nAr), ...pick(corpus.en, size - nAr)];
}

export function loadQueries() {
  if (existsSync(QUERIES_FILE) && realCorpusAvailable()) return { queries: readJsonl(QUERIES_FILE), generated: false };
  return { queries: generateQueries(loadCorpus()), generated: true };
}

// ---------------------------------------------------------------------------------------------
// Generated fallback: pseudo-words in both scripts, so figures are NOT comparable to the real corpus.
/** mulberry32: a small seeded pseudo-random generator of numbers in [0, 1). */
export function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function makeWords(r, alphabet, n, min, max) {
  const words = new Set();
  while (words.size < n) {
    const len = min + Math.floor(r() * (max - min + 1));
    let w = '';
    for (let i = 0; i < len; i++) w += alphabet[Math.floor(r() * alphabet.length)];
    words.add(w);
  }
  return [...words];
}
function generateCorpus() {
  const r = mulberry32(42);
  const arAlpha = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const enAlpha = 'abcdefghijklmnopqrstuvwxyz';
  const arWords = ['الحكومة', ...makeWords(r, arAlpha, 20000, 3, 8)];
  const enWords = ['government', ...makeWords(r, enAlpha, 15000, 3, 10)];
  // Zipf-like pick: small indexes are frequent.
  const pickWord = (words) => words[Math.floor(words.length * Math.pow(r(), 3))];
  const doc = (lang, i, words) => {
    const t = Array.from({ length: 5 + Math.floor(r() * 6) }, () => pickWord(words)).join(' ');
    const b = Array.from({ length: 150 + Math.floor(r() * 400) }, () => pickWord(words)).join(' ');
    return { id: `gen-${lang}-${i}`, lang, title: t, body: b };
  };
  return {
    ar: Array.from({ length: 12429 }, (_, i) => doc('ar', i, arWords)),
    en: Array.from({ length: 2854 }, (_, i) => doc('en', i, enWords)),
  };
}
function generateQueries(corpus) {
  const r = mulberry32(7);
  const out = [];
  for (const lang of ['ar', 'en']) {
    const docs = corpus[lang];
    for (let k = 0; k < 100; k++) {
      const d = docs[Math.floor(r() * docs.length)];
      const words = d.title.split(' ').filter((w) => w.length >= 4).slice(0, 3);
      if (!words.length) continue;
      const q = words.join(' ');
      const n = String(k + 1).padStart(3, '0');
      out.push({ qid: `gen-${lang}-${n}-exact`, lang, class: 'exact', query: q, target: d.id });
      const last = words[words.length - 1];
      const cut = [...words.slice(0, -1), last.slice(0, Math.max(3, Math.ceil(last.length * 0.7)))].join(' ');
      out.push({ qid: `gen-${lang}-${n}-prefix`, lang, class: 'prefix', query: cut, target: d.id });
    }
  }
  return out;
}
