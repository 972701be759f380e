// Cross-script relevance on the development data (../shared/eval-dev, README there): Latin names
// against Arabic text (names.tsv, P@10 over Arabic results) and queries typed on the wrong
// keyboard layout (queries-layout.jsonl, MRR@10). Used by eval-relevance.ts; shared by no code
// that ships.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A search: the ids of the first `limit` results, Arabic only when `arabicOnly`. */
export type Search = (query: string, limit: number, arabicOnly: boolean) => Promise<string[]>;

interface Doc { id: string; title: string; body: string; lang: string }
interface Name { id: string; latin: string[]; arabic: string[] }
interface LayoutQuery { qid: string; lang: string; query: string; target: string }

/** The folding names.tsv's relevance rule uses: no diacritics, one alef, ى = ي, ة = ه. */
const fold = (text: string) => text.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
const words = (text: string) => fold(text).split(/[^\u0621-\u064A]+/).filter(Boolean);

/** Every way a word of the name's form may be written in a document: with ال, with و or ف and then ب, ك, ل or لل. */
function writtenForms(word: string): string[] {
  const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  const out: string[] = [];
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ك', 'ل']) for (const article of ['', 'ال']) out.push(conj + prep + article + bare);
    out.push(conj + 'لل' + bare);
  }
  return out;
}

function readNames(file: string): Name[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t')).map((line) => {
    const [id, , latin, arabic] = line.split('\t');
    return { id: id!, latin: latin!.split('|'), arabic: arabic!.split('|') };
  });
}

/** The Arabic documents relevant to each name: one of its forms is a word (or run of words) of the document. */
function relevantDocuments(names: Name[], docs: Doc[]): Map<string, Set<string>> {
  const out = new Map(names.map((n) => [n.id, new Set<string>()]));
  const patterns = names.map((n) => ({
    id: n.id,
    forms: n.arabic.map((form) => {
      const [first, ...rest] = words(form);
      return writtenForms(first!).map((w) => [w, ...rest].join(' '));
    }).flat(),
  }));
  for (const doc of docs) {
    if (doc.lang !== 'ar') continue;
    const ws = words(`${doc.title}\n${doc.body}`);
    const seen = new Set(ws);
    for (let i = 0; i + 1 < ws.length; i++) seen.add(`${ws[i]} ${ws[i + 1]}`);
    for (const p of patterns) if (p.forms.some((f) => seen.has(f))) out.get(p.id)!.add(doc.id);
  }
  return out;
}

/** Scores names.tsv (each Latin spelling a query; a name's P@10 the mean of its spellings') and queries-layout.jsonl; prints both tables. */
export async function evalCrossScript(shared: string, docs: Doc[], search: Search): Promise<Record<string, unknown> | undefined> {
  const namesFile = join(shared, 'eval-dev/names.tsv');
  const layoutFile = join(shared, 'eval-dev/queries-layout.jsonl');
  if (!existsSync(namesFile) || !existsSync(layoutFile)) {
    console.log('\n../shared/eval-dev/names.tsv or queries-layout.jsonl is absent: cross-script relevance not measured.');
    return undefined;
  }
  const names = readNames(namesFile);
  const relevant = relevantDocuments(names, docs);
  const precision = async (query: string, rel: Set<string>) => (await search(query, 10, true)).filter((id) => rel.has(id)).length / 10;
  const rows = [];
  for (const name of names) {
    const rel = relevant.get(name.id)!;
    const latin = await Promise.all(name.latin.map((q) => precision(q, rel)));
    const ceiling = await precision(name.arabic[0]!, rel);
    rows.push({ id: name.id, name: name.latin[0]!, relevant: rel.size, p10: latin.reduce((a, b) => a + b, 0) / latin.length, spellings: latin, arabic: ceiling });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  const f = (x: number) => x.toFixed(3);
  const weak = rows.filter((r) => r.p10 < 0.3 && r.relevant > 20);
  console.log(`\nLatin names → Arabic text (names.tsv, ${names.length} names, ${names.reduce((n, x) => n + x.latin.length, 0)} spellings): P@10 over Arabic results`);
  console.log(`| names P@10 (Latin spellings) | the Arabic forms themselves | names under 0.3 with > 20 relevant articles |`);
  console.log(`|---|---|---|`);
  console.log(`| ${f(mean(rows.map((r) => r.p10)))} | ${f(mean(rows.map((r) => r.arabic)))} | ${weak.map((r) => `${r.name} ${f(r.p10)} (${r.relevant})`).join(', ') || 'none'} |`);
  if (process.env.EVAL_NAMES_DETAIL) for (const r of rows) console.log(`  ${r.id} ${r.name}: ${f(r.p10)} [${r.spellings.map(f).join(' ')}] arabic ${f(r.arabic)} relevant ${r.relevant}`);

  const layout = readFileSync(layoutFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LayoutQuery);
  const byLang = new Map<string, { n: number; rr: number; hit: number }>();
  for (const q of layout) {
    const pos = (await search(q.query, 10, false)).indexOf(q.target);
    const row = byLang.get(q.lang) ?? { n: 0, rr: 0, hit: 0 };
    row.n++;
    if (pos >= 0) {
      row.rr += 1 / (pos + 1);
      row.hit++;
    }
    byLang.set(q.lang, row);
  }
  console.log(`\nTyped on the other keyboard layout (queries-layout.jsonl)`);
  console.log('| lang | n | MRR@10 | success@10 |');
  console.log('|---|---|---|---|');
  for (const [lang, r] of [...byLang].sort()) console.log(`| ${lang} layout | ${r.n} | ${f(r.rr / r.n)} | ${f(r.hit / r.n)} |`);
  return {
    names: { p10: mean(rows.map((r) => r.p10)), arabicForms: mean(rows.map((r) => r.arabic)), weak: weak.map((r) => r.id), rows },
    layout: Object.fromEntries([...byLang].map(([lang, r]) => [lang, { n: r.n, mrr10: r.rr / r.n, success10: r.hit / r.n }])),
  };
}
