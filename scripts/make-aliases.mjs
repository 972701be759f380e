// Writes the CLDR part of corpus-build/data/aliases.json: every territory's English and Arabic
// name from the Unicode CLDR data that Node's ICU carries (Intl.DisplayNames), so the file says
// which CLDR version its rows are from. The rows whose source is not CLDR are kept as they are.
// Usage: node scripts/make-aliases.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../corpus-build/data/aliases.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8'));
const en = new Intl.DisplayNames(['en'], { type: 'region' });
const ar = new Intl.DisplayNames(['ar'], { type: 'region' });
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cldr = [];
for (const a of letters) {
  for (const b of letters) {
    const code = a + b;
    const english = en.of(code);
    const arabic = ar.of(code);
    // unknown codes come back as the code itself; the "unknown region" and private codes are skipped
    // unknown, private and repeated (withdrawn) codes are skipped
    if (!english || english === code || arabic === code || /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code) || cldr.some(([e]) => e === english)) continue;
    cldr.push([english, arabic, `CLDR ${process.versions.cldr} territory ${code}`]);
  }
}
data.aliases = [...cldr, ...data.aliases.filter(([, , source]) => !source.startsWith('CLDR '))];
const rows = data.aliases.map((row) => `  ${JSON.stringify(row)}`).join(',\n');
writeFileSync(file, `{\n "about": ${JSON.stringify(data.about)},\n "aliases": [\n${rows}\n ]\n}\n`);
console.log(`${cldr.length} CLDR rows, ${data.aliases.length - cldr.length} others`);
