import type { Translation } from '../localize.js';

/** Arabic interface strings (plural forms: zero, one, two, few 3–10, many 11–99, other 100+). */
export const ar: Translation = {
  code: 'ar',
  digits: 'arab',
  dir: 'rtl',
  search: 'بحث',
  results: 'نتائج البحث',
  loading: 'جارٍ تحميل فهرس البحث…',
  searching: 'جارٍ البحث…',
  count: {
    zero: 'لا نتائج',
    one: 'نتيجة واحدة',
    two: 'نتيجتان',
    few: '{n} نتائج',
    many: '{n} نتيجة',
    other: '{n} نتيجة',
  },
  // the counted noun follows the total: ١٠ من ٢١ نتيجة، ٢ من ٣ نتائج، ١ من نتيجتين
  countOf: { two: '{k} من نتيجتين', few: '{k} من {n} نتائج', other: '{k} من {n} نتيجة' },
  keepTyping: 'تابع الكتابة…',
  readAs: 'نتائج «{q}»: {n}',
  none: 'لا نتائج لـ«{q}».',
  hint: 'جرّب عبارة أقصر أو كلمات أقل.',
  hintWord: 'تحقّق من الإملاء، أو جرّب كلمة أخرى.',
  hintFilter: 'جرّب البحث في كل اللغات.',
  more: 'عرض المزيد',
  recent: 'نتائج فتحتها مؤخراً',
  removeHint: 'مفتاح Delete يزيلها من القائمة.',
  move: 'تنقّل',
  open: 'فتح',
  language: 'اللغة',
  all: 'الكل',
  retry: 'إعادة المحاولة',
  close: 'إغلاق',
  unavailable: 'البحث غير متاح الآن.',
  offline: 'تعذّر تحميل البحث. تحقّق من اتصالك.',
};
