// Renders the <bahth-search> reference (attributes, methods, events, parts, custom properties)
// from custom-elements.json into README.md between the component-api markers.
// `node scripts/component-api.mjs` rewrites README.md; a test checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- component-api:start (generated from custom-elements.json by scripts/component-api.mjs) -->';
export const END = '<!-- component-api:end -->';

const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** The Markdown reference of every custom element in a custom-elements manifest. */
export function renderComponentApi(manifest) {
  const out = [];
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)) {
    out.push(`### \`<${d.tagName}>\``, '', cell(d.summary), '');
    const table = (title, head, rows) => {
      if (!rows.length) return;
      out.push(`**${title}**`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
    };
    table('Attributes', ['attribute', 'property', 'type', 'default', 'description'],
      (d.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]));
    table('Methods', ['method', 'description'],
      (d.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && !m.name.startsWith('_'))
        .map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]));
    table('Events (bubbling, composed)', ['event', 'type', 'description'],
      (d.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]));
    table('CSS parts', ['part', 'description'], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]));
    table('CSS custom properties', ['property', 'default', 'description'],
      (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]));
  }
  return out.join('\n').trim();
}

/** README.md with its component section replaced by `api`. */
export function withComponentApi(readme, api) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md has no component-api markers');
  return `${readme.slice(0, a + START.length)}\n\n${api}\n\n${readme.slice(b)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  writeFileSync('README.md', withComponentApi(readFileSync('README.md', 'utf8'), renderComponentApi(manifest)));
  console.log('README.md component reference updated');
}
