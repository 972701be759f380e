import type { Translation } from '../localize.js';

/** Arabic interface strings (plural forms: zero, one, two, few 3–10, many 11–99, other 100+). */
export const ar: Translation = {
  code: 'ar',
  digits: 'arab',
  dir: 'rtl',
  search: 'بحث',
  results: 'نتائج البحث',
  loading: 'جارٍ تحميل فهرس البحث…',
  count: {
    zero: 'لا نتائج',
    one: 'نتيجة واحدة',
    two: 'نتيجتان',
    few: '{n} نتائج',
    many: '{n} نتيجة',
    other: '{n} نتيجة',
  },
  readAs: 'نتائج «{q}»: {n}',
  none: 'لا نتائج لـ«{q}».',
  hint: 'جرّب عبارة أقصر أو كلمات أقل.',
  hintWord: 'تحقّق من الإملاء، أو جرّب كلمة أخرى.',
  hintFilter: 'جرّب البحث في كل اللغات.',
  language: 'اللغة',
  all: 'الكل',
  retry: 'إعادة المحاولة',
  close: 'إغلاق',
  errors: {
    'not-found': 'لم يُعثر على فهرس البحث.',
    network: 'تعذّر تحميل فهرس البحث. تحقّق من اتصالك.',
    corrupt: 'فهرس البحث تالف ولا يمكن قراءته.',
    incompatible: 'فهرس البحث مبنيّ لإصدار آخر من أداة البحث.',
  },
};
