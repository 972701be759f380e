// Whole questions: ../shared/eval-dev/questions (XQuAD-R paragraphs and questions, README
// there). Each language's paragraphs are indexed on their own, body only (the title is the
// English article's in both files), and searched with that language's questions, ar→ar and
// en→en, by bahth and by Lunr 2 with lunr-languages (its Arabic stemmer for ar); MRR@10 and
// success@10 side by side. Used by scripts/eval-relevance.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrAr from 'lunr-languages/lunr.ar.js';
import { writeIndex, type IndexDocument } from '../corpus-build/core/index-writer.js';
import { openIndexFromFiles } from '../src/index.js';

stemmerSupport(lunr);
lunrAr(lunr);

/** MRR@10 and success@10 of one system on one language's questions. */
export interface QuestionScore {
  mrr10: number;
  success10: number;
}

/** One language's row: how many questions, and each system's score. */
export interface QuestionRow {
  lang: 'ar' | 'en';
  questions: number;
  paragraphs: number;
  bahth: QuestionScore;
  lunr: QuestionScore;
}

interface Question {
  qid: string;
  text: string;
  answers: Set<string>;
}

type Ranker = (question: string) => Promise<string[]> | string[];

/** Scores both systems on the ar→ar and en→en questions of `dir`. */
export async function scoreQuestions(dir: string): Promise<QuestionRow[]> {
  const rows: QuestionRow[] = [];
  for (const lang of ['ar', 'en'] as const) {
    const paragraphs = readParagraphs(join(dir, `paragraphs.${lang}.jsonl`));
    const questions = readQuestions(join(dir, `questions.${lang}.tsv`), join(dir, `qrels.${lang}.txt`));
    rows.push({
      lang,
      questions: questions.length,
      paragraphs: paragraphs.length,
      bahth: await score(questions, await bahthRanker(paragraphs)),
      lunr: await score(questions, lunrRanker(paragraphs, lang)),
    });
  }
  return rows;
}

/** The paragraphs as documents without a title: only the body is indexed. */
function readParagraphs(file: string): IndexDocument[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    const { id, lang, body } = JSON.parse(line) as { id: string; lang: string; body: string };
    return { id, lang, title: '', body };
  });
}

/** The questions with the paragraphs that answer each (TREC qrels: `qid 0 paragraph-id 1`). */
function readQuestions(questionsFile: string, qrelsFile: string): Question[] {
  const answers = new Map<string, Set<string>>();
  for (const line of readFileSync(qrelsFile, 'utf8').split('\n').filter(Boolean)) {
    const [qid, , paragraph, relevance] = line.trim().split(/\s+/);
    if (Number(relevance) > 0) answers.set(qid!, (answers.get(qid!) ?? new Set()).add(paragraph!));
  }
  return readFileSync(questionsFile, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [qid, text] = line.split('\t') as [string, string];
    return { qid, text, answers: answers.get(qid) ?? new Set() };
  });
}

async function score(questions: Question[], rank: Ranker): Promise<QuestionScore> {
  let rr = 0;
  let hits = 0;
  for (const q of questions) {
    const position = (await rank(q.text)).slice(0, 10).findIndex((id) => q.answers.has(id));
    if (position >= 0) {
      rr += 1 / (position + 1);
      hits++;
    }
  }
  return { mrr10: rr / questions.length, success10: hits / questions.length };
}

/** bahth over an index built in memory, each question searched as pasted (a finished query). */
async function bahthRanker(paragraphs: IndexDocument[]): Promise<Ranker> {
  const built = await writeIndex(paragraphs, { compress: (d) => gzipSync(d) });
  const files = new Map(built.files.map((f) => [f.name, f.data]));
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(built.manifest)));
  const index = await openIndexFromFiles(files);
  return async (question) => (await index.search(question, { limit: 10 })).map((hit) => hit.id);
}

/**
 * Lunr with the language's pipeline (lunr.ar for Arabic: trimmer, stop words, stemmer). A
 * question's words go through the trimmer and stop-word filter of that pipeline (Lunr's search
 * pipeline has only the stemmer, so "surrender?" would match nothing) and become one term each,
 * stemmed by the search pipeline: `index.search()` would read `:`, `^`, `~`, `*`, `+` and `-`
 * in a question as query syntax.
 */
function lunrRanker(paragraphs: IndexDocument[], lang: 'ar' | 'en'): Ranker {
  const index = lunr(function () {
    if (lang === 'ar') this.use(lunr.ar);
    this.ref('id');
    this.field('body');
    for (const { id, body } of paragraphs) this.add({ id, body });
  });
  const clean = new lunr.Pipeline();
  if (lang === 'ar') clean.add(lunr.ar.trimmer, lunr.ar.stopWordFilter);
  else clean.add(lunr.trimmer, lunr.stopWordFilter);
  return (question) => {
    const words = clean.run(lunr.tokenizer(question)).map(String).filter(Boolean);
    if (!words.length) return [];
    return index.query((query) => {
      for (const word of words) query.term(word);
    }).map((result) => result.ref);
  };
}
