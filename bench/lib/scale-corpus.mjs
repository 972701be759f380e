// The scale corpus: as many documents as asked for (100,000, a million), remixed from the bench
// articles of ../shared/corpus/bench so that the vocabulary keeps growing with the corpus, as a
// real archive's does (names, misspellings, rare words). Written as JSON Lines shards under
// bench/work/scale/ (gitignored), never into the repo. See bench/README.md ("Scale mode").
//
// Document i (0-based) is made from i alone, so the first 100,000 documents of the million are the
// 100,000-document corpus, and any shard can be made without the others:
//   - its base is article order[i mod M] (order: the M articles shuffled once with a fixed seed), so
//     the first M documents use every article once and Arabic and English keep their proportion;
//   - its body is the base's body, then four consecutive paragraphs (from a random one) of another
//     article of the same language;
//   - in its title and body, one word in 40 has one letter replaced by another of its script;
//   - its id is `scale-` and i on 7 digits (sorted ids are document order), its URL `/scale/<i>`,
//     its language and date those of the base.
// The random numbers come from mulberry32 seeded with a hash of i: no state crosses documents.
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { CORPUS_DIR, BENCH_DIR, readJsonl, fnv1a, mulberry32 } from './corpus.mjs';

/** Bump when the recipe changes: shards of another version are made again. */
const RECIPE_VERSION = 1;
export const DOCS_PER_SHARD = 10_000;
export const SCALE_DIR = join(BENCH_DIR, 'work', 'scale');
const EXTRA_PARAGRAPHS = 4;
const MUTATE_ONE_IN = 40;

const ARABIC_LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ'];
const LATIN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC = /[\u0600-\u06ff]/;

/** The bench articles in a fixed shuffled order, split into paragraphs once. */
function loadArticles() {
  const norm = (d) => ({ id: String(d.id), lang: d.lang, title: d.title ?? '', body: d.body ?? '', date: d.date, paragraphs: (d.body ?? '').split(/\n\n+/) });
  const articles = [...readJsonl(join(CORPUS_DIR, 'ar.jsonl')), ...readJsonl(join(CORPUS_DIR, 'en.jsonl'))].map(norm);
  // sorted by id first, so the order does not depend on the files' line order
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = mulberry32(20261124);
  for (let i = articles.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [articles[i], articles[j]] = [articles[j], articles[i]];
  }
  const byLang = { ar: [], en: [] };
  for (const a of articles) (byLang[a.lang] ??= []).push(a);
  return { articles, byLang };
}

/** One word in MUTATE_ONE_IN gets one letter replaced by another of its script. */
function mutate(text, random) {
  return text.replace(WORD, (word) => {
    if (random() * MUTATE_ONE_IN >= 1) return word;
    const letters = [...word];
    const at = Math.floor(random() * letters.length);
    const alphabet = ARABIC.test(word) ? ARABIC_LETTERS : LATIN_LETTERS;
    let letter = alphabet[Math.floor(random() * alphabet.length)];
    if (letter === letters[at]) letter = alphabet[(alphabet.indexOf(letter) + 1) % alphabet.length];
    letters[at] = letter;
    return letters.join('');
  });
}

/** Document `i` of the scale corpus. */
function makeDocument(i, { articles, byLang }) {
  const random = mulberry32(fnv1a(`scale:${i}`));
  const base = articles[i % articles.length];
  const pool = byLang[base.lang];
  let other = pool[Math.floor(random() * pool.length)];
  if (other === base) other = pool[(pool.indexOf(base) + 1) % pool.length];
  const start = Math.floor(random() * Math.max(1, other.paragraphs.length - EXTRA_PARAGRAPHS + 1));
  const extra = other.paragraphs.slice(start, start + EXTRA_PARAGRAPHS);
  return {
    id: `scale-${String(i).padStart(7, '0')}`,
    lang: base.lang,
    title: mutate(base.title, random),
    body: mutate([base.body, ...extra].join('\n\n'), random),
    url: `/scale/${i}`,
    ...(base.date && { date: base.date }),
  };
}

/** What the shards were made from: the recipe and the source files' sizes and times. */
function signature() {
  const files = ['ar.jsonl', 'en.jsonl'].map((f) => { const s = statSync(join(CORPUS_DIR, f)); return `${f}:${s.size}:${Math.round(s.mtimeMs)}`; });
  return `recipe ${RECIPE_VERSION}; ${DOCS_PER_SHARD} per shard; ${files.join(' ')}`;
}

const shardName = (n) => `part-${String(n).padStart(4, '0')}.jsonl`;

/**
 * The shard files holding the first `size` documents (a multiple of DOCS_PER_SHARD), making those
 * missing. Shards of another recipe or source are removed first.
 */
export async function ensureScaleCorpus(size, log = console.log) {
  if (size % DOCS_PER_SHARD !== 0) throw new Error(`scale sizes are multiples of ${DOCS_PER_SHARD}: ${size}`);
  const dir = join(SCALE_DIR, 'corpus');
  const stampFile = join(dir, 'recipe.txt');
  const stamp = signature();
  if (existsSync(dir) && (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(stampFile, stamp);
  const shards = Array.from({ length: size / DOCS_PER_SHARD }, (_, n) => join(dir, shardName(n)));
  const missing = shards.map((file, n) => [file, n]).filter(([file]) => !existsSync(file));
  if (missing.length) {
    log(`scale corpus: making ${missing.length} of ${shards.length} shards of ${DOCS_PER_SHARD} documents`);
    const source = loadArticles();
    for (const [file, n] of missing) {
      const partial = `${file}.partial`;
      const out = createWriteStream(partial);
      for (let i = n * DOCS_PER_SHARD; i < (n + 1) * DOCS_PER_SHARD; i++) {
        if (!out.write(`${JSON.stringify(makeDocument(i, source))}\n`)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      renameSync(partial, file);
    }
  }
  for (const name of readdirSync(dir)) if (name.endsWith('.partial')) rmSync(join(dir, name));
  return shards;
}

/** The first `size` documents of the scale corpus, in memory (for the anchors' builders). */
export async function loadScaleDocs(size) {
  const docs = [];
  for (const file of await ensureScaleCorpus(size)) docs.push(...readJsonl(file));
  return docs;
}
