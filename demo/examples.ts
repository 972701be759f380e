// The example queries (checked in demo/corpus/README.md): buttons that search the archive.
import { h } from './dom.js';

interface Example {
  query: string;
  /** What it shows, in Arabic and in English. */
  ar: string;
  en: string;
}

export const EXAMPLES: readonly Example[] = [
  { query: 'وَزِيرُ الصِّحَّةِ', ar: 'سؤال مشكول يجد النص غير المشكول', en: 'vocalized query, plain text' },
  { query: 'بالمستشفى', ar: 'حرف جر وأداة تعريف، والنص بالجمع', en: 'clitic and article' },
  { query: 'المستش', ar: 'كلمة لم تكتمل بعد', en: 'half-typed word' },
  { query: 'مسئول', ar: 'همزة على نبرة تجد «مسؤول»', en: 'hamza spelling' },
  { query: 'دمشق', ar: 'تجد «بدمشق» أيضاً', en: 'also finds بدمشق' },
  { query: 'القاهره', ar: 'هاء بدل التاء المربوطة', en: 'ه for ة' },
  { query: 'مبادرة', ar: 'تطويل في النص: «مـــبادرة»', en: 'tatweel in the text' },
  { query: 'كسوف الشمس', ar: 'عنوان مشكول بالكامل', en: 'fully vocalized headline' },
  { query: 'finance minister’s', ar: 'ملكية بفاصلة منحنية', en: 'curly possessive' },
  { query: 'parliamemt', ar: 'خطأ مطبعي', en: 'a typo' },
  { query: 'cafe', ar: 'تجد Café', en: 'accents folded' },
  { query: 'ceasefire', ar: 'تجد cease-fire', en: 'hyphenated word' },
  { query: 'vacc', ar: 'كلمة إنجليزية لم تكتمل', en: 'half-typed English' },
  { query: 'Damascus', ar: 'اسم بالحروف اللاتينية يجد «دمشق»', en: 'Latin name, Arabic text too' },
  { query: 'hgrhivm', ar: 'كُتبت «القاهرة» ولوحة المفاتيح على الإنجليزية', en: 'typed on the wrong keyboard' },
];

/** Fills `list` with one button per example; `pick` runs the query. */
export function renderExamples(list: HTMLElement, pick: (query: string) => void): void {
  for (const example of EXAMPLES) {
    const arabic = /\p{Script=Arabic}/u.test(example.query);
    const button = h('button', { type: 'button', class: 'example' },
      h('bdi', { class: 'example-query', lang: arabic ? 'ar' : 'en', dir: arabic ? 'rtl' : 'ltr' }, example.query),
      h('span', { class: 'example-note' }, example.ar, h('span', { lang: 'en', dir: 'ltr' }, example.en)),
    );
    button.addEventListener('click', () => pick(example.query));
    list.append(h('li', {}, button));
  }
}
