// "Try your own files": the visitor drops or picks .txt/.md/.html/.json/.jsonl files; they are
// read, cleaned and indexed in the page (buildIndexInMemory, the same readers as `bahth build`),
// opened with openIndexFromFiles and searched as the visitor types. Nothing leaves the browser.
// The builder (htmlparser2, yaml…) is loaded only when the first files come.
import { openIndexFromFiles, type BahthIndex } from '../src/index.js';
import type { Fact } from './analyzer-panel.js';
import { plural, type PluralForms } from '../src/component/localize.js';
import { ar } from '../src/component/translations/ar.js';
import { h, kb, ms } from './dom.js';
import { renderHits } from './hit-list.js';

/** Arabic counts of documents and files, with the widget's plural rules and digits. */
const DOCUMENTS: PluralForms = { zero: 'لا وثائق', one: 'وثيقة واحدة', two: 'وثيقتان', few: '{n} وثائق', many: '{n} وثيقة', other: '{n} وثيقة' };
const FILES: PluralForms = { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفين', few: '{n} ملفات', many: '{n} ملفًا', other: '{n} ملف' };

interface Parts {
  zone: HTMLElement;
  input: HTMLInputElement;
  /** What was chosen, in the page's words: the browser's file button would say it in its own language. */
  chosen: HTMLElement;
  status: HTMLElement;
  problems: HTMLElement;
  search: HTMLInputElement;
  results: HTMLElement;
}

/** Wires the section; `onSearched` gets each query's facts (for the analyzer panel). */
export function setUpTryYourOwn(root: HTMLElement, onSearched: (query: string, facts: Fact[]) => void): void {
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const parts: Parts = {
    zone: q('[data-drop]'), input: q('input[type=file]'), chosen: q('[data-chosen]'), status: q('[data-status]'), problems: q('[data-problems]'),
    search: q('input[type=search]'), results: q('[data-results]'),
  };
  let index: BahthIndex | undefined;
  let request = 0;

  const load = async (files: File[]) => {
    parts.chosen.replaceChildren(...chosenLine(files));
    index = undefined;
    parts.search.disabled = true;
    parts.results.replaceChildren();
    parts.problems.replaceChildren();
    parts.status.textContent = 'جارٍ بناء الفهرس… Building the index…';
    try {
      const built = await buildFrom(files);
      index = built.index;
      parts.status.replaceChildren(...built.summary);
      showProblems(parts.problems, built.problems);
      parts.search.disabled = index === undefined;
      if (index && parts.search.value.trim()) void run();
    } catch (error) {
      parts.status.textContent = '';
      showProblems(parts.problems, [`The index could not be built: ${(error as Error).message}`]);
    }
  };

  const run = async () => {
    const id = ++request;
    const text = parts.search.value;
    if (!index || !text.trim()) {
      parts.results.replaceChildren();
      return;
    }
    const t0 = performance.now();
    const response = await index.query(text, { limit: 10 });
    const took = performance.now() - t0;
    if (id !== request) return;
    renderHits(parts.results, response.hits);
    if (!response.hits.length) parts.results.replaceChildren(h('li', { class: 'none' }, 'لا نتائج · No results'));
    onSearched(response.readAs ?? text, [
      ...(response.readAs ? [['كُتب على لوحة المفاتيح الأخرى', 'typed on the other keyboard layout', text] as Fact] : []),
      ['النتائج (ملفاتك)', 'results (your files)', `${response.hits.length} / ${response.total}`],
      ['مدة البحث', 'search took', ms(took)],
      ['الوثائق', 'documents', String(index.documentCount)],
    ]);
  };

  parts.input.addEventListener('change', () => void load([...(parts.input.files ?? [])]));
  parts.search.addEventListener('input', () => void run());
  parts.zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    parts.zone.classList.add('dragging');
  });
  parts.zone.addEventListener('dragleave', () => parts.zone.classList.remove('dragging'));
  parts.zone.addEventListener('drop', (e) => {
    e.preventDefault();
    parts.zone.classList.remove('dragging');
    void load([...(e.dataTransfer?.files ?? [])]);
  });
}

/** "3 files: a.md، b.txt، c.html", in Arabic then English, the names isolated (a Latin name in Arabic text keeps its order). */
function chosenLine(files: File[]): Array<Node | string> {
  const names = (sep: string) => files.flatMap((f, i) => [i ? sep : '', h('bdi', {}, f.name)]);
  return [`${plural(ar, FILES, files.length)}: `, ...names('، '), ' ',
    h('span', { lang: 'en', dir: 'ltr' }, `${files.length} file${files.length === 1 ? '' : 's'}`)];
}

/** Lists what was left out, or clears the list. */
function showProblems(box: HTMLElement, problems: string[]): void {
  box.replaceChildren(...problems.length
    ? [h('p', {}, 'لم يُفهرس ما يلي ', h('span', { lang: 'en', dir: 'ltr' }, 'Left out')), h('ul', {}, ...problems.map((p) => h('li', { dir: 'auto' }, p)))]
    : []);
}

interface Built {
  index?: BahthIndex;
  summary: Array<Node | string>;
  problems: string[];
}

async function buildFrom(files: File[]): Promise<Built> {
  const [{ buildIndexInMemory }, { isReadable }] = await Promise.all([
    import('../corpus-build/core/build-in-memory.js'),
    import('../corpus-build/core/read-input.js'),
  ]);
  const t0 = performance.now(); // reading, indexing and opening; not the builder's first download
  const problems: string[] = [];
  const inputs = [];
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    if (!isReadable(path)) problems.push(`${path}: not a file type bahth reads (.txt .md .html .json .jsonl)`);
    else inputs.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  if (!inputs.length) return { summary: [], problems: problems.length ? problems : ['No files chosen'] };
  const built = await buildIndexInMemory(inputs);
  problems.push(...built.errors.map((e) => e.message), ...built.warnings.map((e) => e.message));
  problems.push(...built.duplicates.map((d) => `${d.file}: ${d.id} has the same text as ${d.sameAs} (${d.sameAsFile}): a possible duplicate, indexed`));
  const documents = built.index.manifest.documents;
  if (!documents) return { summary: [], problems: [...problems, 'No documents in these files'] };
  const index = await openIndexFromFiles(built.files);
  const took = performance.now() - t0;
  const bytes = built.index.files.reduce((sum, f) => sum + f.data.length, 0);
  const langs = Object.entries(index.languages).map(([lang, n]) => `${lang} ${n}`).join('، ');
  return {
    index,
    problems,
    summary: [
      h('span', { class: 'line' }, `فُهرست ${plural(ar, DOCUMENTS, documents)} (${langs}) من ${plural(ar, FILES, inputs.length)} في `, h('bdi', {}, ms(took)), '، وحجم الفهرس ', h('bdi', {}, kb(bytes)), '.'),
      h('span', { class: 'line', lang: 'en', dir: 'ltr' }, `Indexed ${documents} document${documents === 1 ? '' : 's'} from ${inputs.length} file${inputs.length === 1 ? '' : 's'} in ${ms(took)}; the index is ${kb(bytes)}.`),
    ],
  };
}
