import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { analyzeQuery, analyzeText, normalize } from '../../src/analyzer/index.js';
import { openIndex } from '../../src/search/open-index.js';
import { newsDocs } from '../fixtures/news-docs.js';
import { buildFixtureIndex } from '../helpers/build-fixture-index.js';

/**
 * The README's samples against the code: the element's attributes (custom-elements manifest,
 * generated from the component's JSDoc), the library's exports, the npm sample run in Node on
 * a fixture index, the `bahth build` sample run and its flags against --help, and every
 * analyzer example of the README against analyzeText / analyzeQuery.
 */
const repo = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');

interface Sample { lang: string; code: string; section: string }

/** Fenced code blocks with the `##` section they are in. */
function samples(markdown: string): Sample[] {
  const out: Sample[] = [];
  let section = '';
  const re = /^## (.*)$|^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(re)) {
    if (m[1] !== undefined) section = m[1];
    else out.push({ lang: m[2]!, code: m[3]!, section });
  }
  return out;
}

/** The README's text between `## heading` and the next `## `. */
function section(heading: string): string {
  const start = readme.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `README has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Attributes of each `<bahth-search …>` tag in `html`. */
function widgetTags(html: string): Array<Map<string, string>> {
  return [...html.matchAll(/<bahth-search\b([^>]*)>/g)].map((m) =>
    new Map([...m[1]!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''])));
}

/** Names exported by an entry of the package (`src/index.ts`; `export *` followed; types left out). */
function libraryExports(entry = 'src/index.ts'): Set<string> {
  const names = new Set<string>();
  const collect = (file: string) => {
    const source = readFileSync(join(repo, file), 'utf8');
    for (const m of source.matchAll(/export \{([^}]*)\}/g)) {
      for (const part of m[1]!.split(',')) {
        const name = part.trim();
        if (name && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/).pop()!);
      }
    }
    for (const m of source.matchAll(/export (?:class|function|const) (\w+)/g)) names.add(m[1]!);
    for (const m of source.matchAll(/export \* from '(\.[^']+)\.js'/g)) collect(join(dirname(file), `${m[1]}.ts`));
  };
  collect(entry);
  return names;
}

const helpText = (): string => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'corpus-build/cli.ts', '--help'], { cwd: repo, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
};

describe('README samples', () => {
  const all = samples(readme);
  let attributes: Map<string, string>;

  before(() => {
    // The attributes as custom-elements.json lists them (the analyzer reads the JSDoc; --outdir
    // is resolved against the working directory, so it stays inside the repo).
    mkdirSync(join(repo, '.tmp'), { recursive: true });
    const out = mkdtempSync(join(repo, '.tmp', 'cem-samples-'));
    try {
      const run = spawnSync(process.execPath, [join(repo, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze',
        '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(repo, out), '--quiet'], { cwd: repo, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
      const element = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
        .find((d: { tagName?: string }) => d.tagName === 'bahth-search');
      attributes = new Map(element.attributes.map((a: { name: string; type?: { text: string } }) => [a.name, a.type?.text ?? '']));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('has the sections in the agreed order, with the benchmark markers', () => {
    const headings = [...readme.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    const order = ['What it is, and why', 'Use it with a script tag', 'Use it from npm', 'Build an index: `bahth build`',
      'The `<bahth-search>` element', 'How Arabic is analysed', 'Benchmark', 'Limits and non-goals'];
    assert.deepEqual(headings.filter((h) => order.includes(h!)), order);
    assert.match(section('Benchmark'), /<!-- bench:start -->[\s\S]*npm run bench[\s\S]*<!-- bench:end -->/);
  });

  it('uses only attributes the element has, with values of their type (README and demo page)', () => {
    const html = all.filter((s) => s.lang === 'html').map((s) => s.code).join('\n');
    const tags = [...widgetTags(html), ...widgetTags(readFileSync(join(repo, 'demo/index.html'), 'utf8'))];
    assert.ok(tags.length >= 4, 'README and demo show <bahth-search>');
    for (const tag of tags) {
      assert.ok(tag.has('index'), 'every sample names its index');
      for (const [name, value] of tag) {
        if (name === 'id') continue;
        assert.ok(attributes.has(name), `<bahth-search> has no attribute "${name}"`);
        const type = attributes.get(name)!;
        if (type.includes("'")) assert.ok(type.includes(`'${value}'`), `${name}="${value}" is not one of ${type}`);
      }
    }
    for (const value of ['inline', 'modal']) assert.ok(attributes.get('variant')!.includes(`'${value}'`));
  });

  it('points the script tag at the file the package builds and exports', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const script = /<script src="https:\/\/unpkg\.com\/bahth\/([^"]+)"/.exec(section('Use it with a script tag'))?.[1];
    assert.equal(`./${script}`, pkg.exports['./iife']);
    assert.match(readFileSync(join(repo, 'src/iife.ts'), 'utf8'), /window\.bahth \?\?= api/);
    assert.ok(libraryExports().has('openIndex') && libraryExports().has('analyzeQuery'));
  });

  describe('the npm sample', () => {
    let fixture: Awaited<ReturnType<typeof buildFixtureIndex>>;
    before(async () => {
      fixture = await buildFixtureIndex(newsDocs);
    });
    after(() => fixture?.cleanup());

    it('imports only what the package exports, and runs in Node against a fixture index', async () => {
      const js = all.filter((s) => s.lang === 'js' && s.section === 'Use it from npm');
      assert.equal(js.length, 1);
      const code = js[0]!.code;
      const imported = [...code.matchAll(/import \{([^}]*)\} from 'bahth'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim()));
      assert.deepEqual(imported, ['openIndex']);
      const exported = libraryExports();
      for (const name of imported) assert.ok(exported.has(name), `bahth does not export ${name}`);
      assert.match(code, /^import 'bahth';/m);
      // Run the rest with the real openIndex, on a folder path (Node), as the README says it may.
      const body = code.replace(/^import .*$/gm, '').replace("'/search-index/'", JSON.stringify(fixture.out));
      const run = new Function('openIndex', `return (async () => { ${body}; return hits; })();`) as
        (open: typeof openIndex) => Promise<Array<Record<string, unknown>>>;
      const hits = await run(openIndex);
      assert.ok(hits.length > 0 && hits.length <= 5);
      assert.ok(hits.some((h) => String(h.title).includes('وزير')));
      // the comment lists the fields of a hit
      const fields = /\/\/ \[\{ ([^}]*) \}/.exec(code)![1]!.split(',').map((f) => f.trim());
      for (const field of fields) assert.ok(field in hits[0]!, `a hit has no ${field}`);
    });
  });

  it('imports the custom UI sample from bahth/search, which the package exports and which exports what it imports', () => {
    const js = all.filter((s) => s.lang === 'js' && s.section === 'Your own search UI: `bahth/search`');
    assert.equal(js.length, 1);
    const imports = [...js[0]!.code.matchAll(/^import \{([^}]*)\} from '([^']+)'/gm)];
    assert.deepEqual(imports.map((m) => m[2]), ['bahth/search']);
    const exported = libraryExports('src/engine.ts');
    for (const name of imports[0]![1]!.split(',').map((n) => n.trim())) assert.ok(exported.has(name), `bahth/search does not export ${name}`);
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.exports['./search'], { types: './dist/search.d.ts', default: './dist/search.js' });
    assert.match(readFileSync(join(repo, 'vite.config.ts'), 'utf8'), /search: 'src\/engine\.ts'/);
  });

  it('indexes a built site with flags --help has and the attributes the HTML reader reads', () => {
    const site = section('Index a built site');
    const helpFlags = new Set([...helpText().matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((m) => m[1]!));
    for (const [flag] of site.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)) assert.ok(helpFlags.has(flag), `--help has no ${flag}`);
    const reader = readFileSync(join(repo, 'corpus-build/readers/html-marks.ts'), 'utf8');
    for (const attribute of ['data-bahth-body', 'data-bahth-ignore']) {
      assert.ok(site.includes(`<main ${attribute}>`) || site.includes(`${attribute}>`), `the sample uses ${attribute}`);
      assert.ok(reader.includes(`'${attribute}'`), `the HTML reader reads ${attribute}`);
    }
  });

  describe('bahth build', () => {
    const help = helpText();
    const helpFlags = new Set([...help.matchAll(/(?<![\w-])(--?[a-z][a-z-]*)/g)].map((m) => m[1]!));
    const build = section('Build an index: `bahth build`');

    it('documents exactly the flags of --help, no more and no fewer', () => {
      const table = build.slice(build.indexOf('**Options**'), build.indexOf('**Output**'));
      const documented = new Set([...table.matchAll(/`(--?[a-z][a-z-]*)/g)].map((m) => m[1]!));
      const listed = new Set([...help.slice(help.indexOf('Options:')).matchAll(/^\s+(?:(-[a-z]), )?(--[a-z-]+)/gm)]
        .flatMap((m) => [m[1], m[2]].filter((f): f is string => !!f)));
      assert.ok(listed.size >= 14);
      assert.deepEqual([...documented].sort(), [...listed].sort());
      for (const flag of documented) assert.ok(helpFlags.has(flag), flag);
    });

    it('states the exit codes of --help', () => {
      assert.match(help, /Exit codes: 0 built, 1 invalid input or build error[\s\S]*2 usage error/);
      assert.match(build, /\*\*Exit codes\*\*: 0 built; 1 invalid input or build error[\s\S]*2 usage error/);
    });

    it('runs the sample command: folders and quoted globs in, an index folder out', () => {
      const sh = all.filter((s) => s.lang === 'sh' && s.code.includes('bahth build') && s.section === 'Build an index: `bahth build`');
      assert.equal(sh.length, 1);
      const args = [...sh[0]!.code.trim().matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      assert.deepEqual(args.slice(0, 3), ['npx', 'bahth', 'build']);
      for (const a of args.filter((a) => a.startsWith('-'))) assert.ok(helpFlags.has(a), `--help has no ${a}`);
      const dir = mkdtempSync(join(tmpdir(), 'bahth-readme-'));
      try {
        mkdirSync(join(dir, 'content'), { recursive: true });
        mkdirSync(join(dir, 'posts/2025'), { recursive: true });
        writeFileSync(join(dir, 'content/about.txt'), 'About the archive\n\nThis archive collects news from Damascus and Beirut.\n');
        writeFileSync(join(dir, 'posts/2025/visit.md'), '---\ntitle: زيارة إلى بيروت\nlang: ar\n---\n\nوصل الوفد إلى بيروت صباح الأحد.\n');
        const cli = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(repo, 'corpus-build/cli.ts'), ...args.slice(2), '--quiet'],
          { cwd: dir, encoding: 'utf8' });
        assert.equal(cli.status, 0, cli.stderr);
        const out = args[args.indexOf('--out') + 1]!;
        const manifest = JSON.parse(readFileSync(join(dir, out, 'manifest.json'), 'utf8'));
        assert.equal(manifest.documents, 2);
        const [, hash] = manifest.directories.heads.entries[0];
        assert.ok(existsSync(join(dir, out, `heads.${hash}.bin`)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('Arabic analysis', () => {
    /** Every term the analyzer gives `text`: normalized forms, stems, clitic-less stems, query prefixes. */
    const terms = (text: string): string[] => [
      normalize(text),
      ...analyzeText(text).flatMap((t) => [t.norm, t.stem, t.cliticStem]),
      ...analyzeQuery(text).words.map((w) => w.prefix),
    ].filter((t): t is string => !!t);
    const stems = (text: string) => analyzeText(text).map((t) => t.stem);

    it('gives every example of "How Arabic is analysed" as written (`in` → `out`)', () => {
      const pairs = [...section('How Arabic is analysed').matchAll(/`([^`]+)` → ((?:`[^`]+`\s?)+)/g)];
      assert.ok(pairs.length >= 30, `only ${pairs.length} examples found`);
      for (const [, input, outputs] of pairs) {
        const expected = [...outputs!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
        const got = terms(input!);
        for (const e of expected) assert.ok(got.includes(e), `${input} → ${e}: the analyzer gives ${got.join(' ')}`);
      }
      // the words the README says are left alone or kept apart
      assert.deepEqual(stems('قوات'), ['قوات']);
      assert.equal(analyzeText('وزير')[0]!.cliticStem, null);
      assert.notEqual(stems('عسكري')[0], stems('عسكر')[0]);
      assert.equal(analyzeQuery('parliamemt').words[0]!.maxEdits, 2);
      assert.equal(analyzeQuery('وزير').words[0]!.maxEdits, 0);
    });

    it('matches the "why" table as the analyzer would: each query against what bahth finds', () => {
      const rows = [...section('What it is, and why').matchAll(/^\| `([^`]+)`[^|]*\| ([^|]+) \|/gm)];
      assert.equal(rows.length, 5);
      for (const [, typed, found] of rows) {
        const query = analyzeQuery(typed!).words[0]!;
        const targets = [...found!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
        assert.ok(targets.length > 0);
        for (const target of targets) {
          const target0 = analyzeText(target)[0]!;
          const matches = target0.stem === query.stem || target0.cliticStem === query.stem || query.cliticStem === target0.stem
            || target0.stem!.startsWith(query.prefix);
          if (found!.includes('not')) assert.ok(!matches, `${typed} must not find ${target}`);
          else assert.ok(matches, `${typed} should find ${target}`);
        }
      }
    });
  });
});
