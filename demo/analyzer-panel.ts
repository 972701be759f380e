// The analyzer panel: for the last query, what the analyzer made of each word, and the measured
// facts of the search (time, bytes). It only renders; the callers measure.
import { analyzeQuery } from '../src/index.js';
import { soundKeyOf } from '../src/analyzer/sound-key.js';
import { h } from './dom.js';

/** One measured fact: an Arabic label, an English label, a value. */
export type Fact = [ar: string, en: string, value: string];

const COLUMNS: Array<[ar: string, en: string]> = [
  ['بعد التوحيد', 'normalized'],
  ['الجذع', 'stem'],
  ['دون السابقة', 'without clitic'],
  ['بادئة الإكمال', 'prefix (unfinished word)'],
  ['أخطاء مسموحة', 'typos allowed'],
  ['مفتاح النطق', 'sound key'],
];

const bilingual = (ar: string, en: string): DocumentFragment => {
  const f = document.createDocumentFragment();
  f.append(ar, ' ', h('span', { lang: 'en', dir: 'ltr', class: 'en' }, en));
  return f;
};

/** Text in its own direction (a Latin word in the Arabic table, an Arabic stem…). */
const word = (text: string): HTMLElement => (text ? h('bdi', { class: 'term' }, text) : h('span', { class: 'none' }, '—'));

export class AnalyzerPanel {
  private readonly query: HTMLElement;
  private readonly table: HTMLTableSectionElement;
  private readonly facts: HTMLElement;

  constructor(root: HTMLElement) {
    this.query = root.querySelector<HTMLElement>('[data-query]')!;
    this.table = root.querySelector('tbody')!;
    this.facts = root.querySelector<HTMLElement>('[data-facts]')!;
    const head = root.querySelector('thead tr')!;
    for (const [ar, en] of COLUMNS) head.append(h('th', { scope: 'col' }, bilingual(ar, en)));
  }

  /** Shows the analysis of `query` and the facts measured for it. */
  show(query: string, facts: Fact[]): void {
    this.query.replaceChildren(h('bdi', {}, query));
    const { words, lastIsPartial } = analyzeQuery(query);
    this.table.replaceChildren(...words.map((w, i) => {
      const last = i === words.length - 1 && lastIsPartial;
      const stem = w.stop ? h('span', {}, word(w.stem), ' ', h('span', { class: 'tag' }, bilingual('أداة', 'stop word'))) : word(w.stem);
      return h('tr', {},
        h('th', { scope: 'row' }, word(query.slice(w.start, w.end))),
        h('td', {}, word(w.norm)),
        h('td', {}, stem),
        h('td', {}, word(w.cliticStem ?? '')),
        h('td', {}, word(last ? w.prefix : '')),
        h('td', {}, String(w.maxEdits)),
        h('td', {}, word(soundKeyOf(w))),
      );
    }));
    if (!words.length) this.table.replaceChildren(h('tr', {}, h('td', { colspan: COLUMNS.length + 1 }, bilingual('لا كلمات', 'no words'))));
    this.facts.replaceChildren(...facts.map(([ar, en, value]) =>
      h('div', { class: 'fact' }, h('dt', {}, bilingual(ar, en)), h('dd', {}, h('bdi', {}, value)))));
  }
}
