// Cross-script relevance on the development data (../shared/eval-dev, README there), shared by
// `npm run eval` (scripts/eval-cross-script.ts) and the benchmark: Latin names against Arabic
// text (names.tsv, P@10 over Arabic results) and queries typed on the wrong keyboard layout
// (queries-layout.jsonl, scored like the other queries: MRR@10). Plain JavaScript, so the
// benchmark's Node processes run it as it is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folding names.tsv's relevance rule uses: no diacritics, one alef, ى = ي, ة = ه. */
const fold = (text) => text.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
const words = (text) => fold(text).split(/[^\u0621-\u064A]+/).filter(Boolean);

/** Every way a word of a name's form may be written in a document: with ال, with و or ف and then ب, ك, ل or لل. */
function writtenForms(word) {
  const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  const out = [];
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ك', 'ل']) for (const article of ['', 'ال']) out.push(conj + prep + article + bare);
    out.push(conj + 'لل' + bare);
  }
  return out;
}

/**
 * The development names and wrong-layout queries under `shared` (../shared), or null when absent.
 * @returns {{ names: Array<{ id: string, latin: string[], arabic: string[] }>, layout: Array<{ qid: string, lang: string, class: string, query: string, target: string }> } | null}
 */
export function loadCrossScriptQueries(shared) {
  const namesFile = join(shared, 'eval-dev', 'names.tsv');
  const layoutFile = join(shared, 'eval-dev', 'queries-layout.jsonl');
  if (!existsSync(namesFile) || !existsSync(layoutFile)) return null;
  const names = readFileSync(namesFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t')).map((line) => {
    const [id, , latin, arabic] = line.split('\t');
    return { id, latin: latin.split('|'), arabic: arabic.split('|') };
  });
  const layout = readFileSync(layoutFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { names, layout };
}

/**
 * The Arabic documents relevant to each name (by id): one of its forms is a word, or a run of
 * words, of the document.
 * @returns {Map<string, Set<string>>}
 */
export function relevantDocuments(names, docs) {
  const out = new Map(names.map((n) => [n.id, new Set()]));
  const patterns = names.map((n) => ({
    id: n.id,
    forms: n.arabic.flatMap((form) => {
      const [first, ...rest] = words(form);
      return writtenForms(first).map((w) => [w, ...rest].join(' '));
    }),
  }));
  for (const doc of docs) {
    if (doc.lang !== 'ar') continue;
    const ws = words(`${doc.title}\n${doc.body}`);
    const seen = new Set(ws);
    for (let i = 0; i + 1 < ws.length; i++) seen.add(`${ws[i]} ${ws[i + 1]}`);
    for (const p of patterns) if (p.forms.some((f) => seen.has(f))) out.get(p.id).add(doc.id);
  }
  return out;
}

/**
 * Names P@10: each Latin spelling is a query, scored by the share of relevant documents among
 * the first 10 Arabic results (`arabicResults(query)`: their ids, best first); a name's figure is
 * the mean of its spellings', the whole the mean of the names'. Also the same for the first
 * Arabic form of each name (the ceiling), and the names under 0.3 with more than 20 relevant
 * documents.
 */
export async function scoreNames(names, relevant, arabicResults) {
  const precision = async (query, rel) => (await arabicResults(query)).slice(0, 10).filter((id) => rel.has(id)).length / 10;
  const rows = [];
  for (const name of names) {
    const rel = relevant.get(name.id);
    const spellings = [];
    for (const q of name.latin) spellings.push(await precision(q, rel));
    rows.push({ id: name.id, name: name.latin[0], relevant: rel.size, p10: mean(spellings), spellings, arabic: await precision(name.arabic[0], rel) });
  }
  return { p10: mean(rows.map((r) => r.p10)), arabicForms: mean(rows.map((r) => r.arabic)), weak: rows.filter((r) => r.p10 < 0.3 && r.relevant > 20).map((r) => r.id), rows };
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
