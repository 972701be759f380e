/**
 * The vocabulary of site chrome, in English and Arabic: words that web page furniture uses on
 * every site (share buttons, comment forms, "related articles", tag lists, back-to-top links,
 * cookie notices…). These are conventions of web publishing, not the strings of one site; the
 * rules in `boilerplate.ts` only apply them to short lines, and most only at the page's edges.
 */

/** An image's alt text that names the logo ("Logo Wide", "Site logo", "شعار الموقع"). */
export const LOGO = /\blogos?\b|\bbrand ?mark\b|شعار/iu;

/** Back-to-top and skip links. */
export const BACK_TO_TOP = /\b(back|scroll|go|return) to (the )?top\b|\bskip to (main )?content\b|\btop of (the )?page\b|(الذهاب|العودة|الانتقال|الرجوع|انتقل|عودة) (إلى|الى|ل)(ل)? ?(ا?لأعلى|أعلى الصفحة|المحتوى)|^للأعلى$/iu;

/** Words share bars and social links are made of; a short line made only of them is chrome. */
export const SHARE_WORDS = new Set([
  'share', 'shares', 'shared', 'sharing', 'tweet', 'print', 'email', 'e-mail', 'mail', 'whatsapp', 'facebook', 'twitter', 'x',
  'telegram', 'linkedin', 'pinterest', 'reddit', 'messenger', 'copy', 'link', 'copied', 'on', 'via', 'this', 'article', 'story',
  'page', 'save', 'bookmark', 'comment', 'comments',
  'شارك', 'شاركها', 'مشاركة', 'المشاركة', 'شارك', 'غرد', 'غرّد', 'تغريد', 'طباعة', 'اطبع', 'البريد', 'الإلكتروني', 'واتساب', 'واتس',
  'آب', 'فيسبوك', 'فيس', 'بوك', 'تويتر', 'تلغرام', 'تيليجرام', 'لينكدإن', 'نسخ', 'انسخ', 'الرابط', 'رابط', 'على', 'عبر', 'هذا',
  'المقال', 'الخبر', 'حفظ', 'إكس', 'اكس', 'ماسنجر',
]);

/** Comment-form notes and prompts ("Your email address will not be published", "Please fill the fields below"). */
export const COMMENT_FORM = /\bemail address will not be published\b|\brequired fields are marked\b|\bfill (in |out )?the (fields|form)\b|\bleave a (reply|comment)\b|\bpost (a )?comment\b|\bcancel reply\b|\blog ?in to (reply|comment)\b|لن يتم نشر (عنوان )?(بريدك|البريد)|الحقول (الإلزامية|المطلوبة)|(اترك|أترك|أضف|اكتب|إضافة) (تعليق|تعليقا|تعليقاً|ردا|رداً)|(يرجى|الرجاء|رجاء) (ملء|تعبئة)|إلغاء الرد/iu;

/** A heading that opens the comments ("Comments About This Article", "3 Comments", "التعليقات"). */
export const COMMENTS_HEADING = /\bcomments?\b|\brepl(y|ies)\b|\bdiscussion\b|\bwhat do you think\b|تعليق|التعليقات|الردود|ردود|آراء القراء/iu;

/** A heading that opens a list of other articles ("Related articles", "Most read", "مقالات ذات صلة"). */
export const RELATED_HEADING = /\brelated\b|\byou (may|might) (also )?(like|enjoy)\b|\bread (also|more|next)\b|\balso read\b|\bsee also\b|\bmore (from|on|in|stories|news|articles)\b|\brecommended\b|\bmost (read|popular|viewed|shared|commented)\b|\bpopular\b|\btrending\b|\b(latest|top) (news|stories|articles|headlines)\b|\bin (other|this) news\b|\bdon'?t miss\b|ذات صلة|ذو صلة|متعلقة|(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|ايضا|المزيد)|الأكثر (قراءة|مشاهدة|تداولا|تداولاً|تعليقا|شيوعا)|الأكثر قراءةً|قد (يعجبك|يهمك|يهمّك)|المزيد من|آخر (الأخبار|المقالات)|أخبار أخرى|مواضيع أخرى|مقالات أخرى|شاهد أيضا/iu;

/** A label that introduces a tag/keyword/category list ("Tags:", "Helpful keywords", "الوسوم"). */
export const TAGS_LABEL = /^(helpful |related |popular )?(tags?|tagged( with)?|keywords?|topics?|filed under|categor(y|ies)|labels?)\b|^(ال)?(وسوم|الوسوم|كلمات مفتاحية|الكلمات المفتاحية|الكلمات الدلالية|كلمات دلالية|التصنيفات|التصنيف|تصنيفات|مواضيع|المواضيع)(\s|:|$)/iu;

/** Cookie and consent notices. */
export const COOKIES = /\bcookies?\b|\bconsent\b|\bprivacy (policy|settings)\b|ملفات (تعريف )?الارتباط|الكوكيز|سياسة الخصوصية/iu;

/** Copyright and legal footers. */
export const COPYRIGHT = /©|\(c\) ?\d{4}|\ball rights reserved\b|\bterms (of (use|service)|and conditions)\b|جميع الحقوق محفوظة|حقوق (النشر|الطبع)|الحقوق محفوظة/iu;

/**
 * Calls to action that promote a channel: an action word and a channel word in one short line
 * ("Sign up for our newsletter", "Download our app to get alerts", "تابعونا على تويتر").
 */
export const CTA_ACTION = /\b(subscribe|sign ?up|download|install|follow|join|get|receive|register|like us)\b|اشترك|إشترك|اشتركوا|سجل|سجّل|حمل|حمّل|تحميل|نزّل|تابع|تابعونا|تابعنا|انضم|انضموا|استلام|احصل|يمكنكم/iu;
/** See {@link CTA_ACTION}. */
export const CTA_CHANNEL = /\b(newsletters?|app|apps|application|notifications?|alerts?|podcast|channel|feed|rss|updates|inbox|facebook|twitter|telegram|youtube|instagram|whatsapp)\b|النشرة|نشرة|نشرتنا|تطبيق|التطبيق|إشعارات|الإشعارات|تنبيهات|قناتنا|القناة|يوتيوب|فيسبوك|تويتر|تلغرام|تيليجرام|إنستغرام|انستغرام|واتساب|بريدك/iu;

/** Lines that are navigation labels on their own ("Home", "Menu", "Search", "الرئيسية"). */
export const NAV_LABEL = /^(home|menu|main menu|search|navigation|toggle navigation|close|open menu|sections|more|next|previous|prev|older posts|newer posts|الرئيسية|الصفحة الرئيسية|القائمة|بحث|ابحث|إغلاق|المزيد|التالي|السابق)$/iu;

/** Separators breadcrumbs use between their parts, with spaces around (« » without spaces are Arabic quotes). */
export const CRUMB_SEPARATOR = /\s+(?:›|»|>|\/|\||·|•|\\|«|‹)\s+/u;

/** Words of a date line: labels, months and weekdays (English, Arabic, Levantine month names). */
export const DATE_WORDS = new Set(
  ('published updated posted last on at date time gmt utc am pm '
    + 'january february march april may june july august september october november december '
    + 'jan feb mar apr jun jul aug sep sept oct nov dec '
    + 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur fri sat sun '
    + 'نشر نشرت في بتاريخ تاريخ النشر آخر تحديث تحديث محدث الساعة صباحا مساء ص م '
    + 'يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر '
    + 'كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول '
    + 'الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت').split(' '),
);
