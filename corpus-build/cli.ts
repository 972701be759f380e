#!/usr/bin/env node
/**
 * The `bahth` command line: `bahth build <inputs…> --out <dir>`. A thin layer over
 * {@link buildIndex}: parses flags, shows progress, prints the summary, sets the exit code
 * (0 success, 1 input or build error, 2 usage error).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex, BuildError, type BuildProgress, type BuildSummary } from './node/build-index.js';
import { BAHTH_VERSION } from '../src/version.js';
import { count, listed } from './core/wording.js';
import { parseBaseUrl } from './core/site-url.js';

const HELP = `bahth ${BAHTH_VERSION} — instant Arabic and English search for static sites

Usage:
  bahth build <inputs…> --out <dir> [options]

Inputs are files, folders (read recursively) and glob patterns (quote them). Read:
  .txt                 title = first meaningful line; site chrome lines dropped
  .md, .markdown       YAML front matter: title, date, lang, url, slug, tags, draft, source
  .html, .htm          the article only (no nav, header, footer, comments, related lists);
                       title, language, date, canonical URL from the page; declared charset
  .json, .jsonl,       records {id, title, body, lang?, url?, date?, source?}
  .ndjson
Other file types are ignored and counted in the summary. The --out folder, any other bahth
index among the inputs, and .json files in input folders that hold no records are not read.
With several inputs under different folders, ids are paths from the folder they share
(en/index.txt and ar/index.txt: en/index, ar/index).

A page that declares no URL gets the one it is served at, from its path in the input folder:
news/a/index.html: /news/a/, en/about.html: /en/about.html, posts/hello.md: /posts/hello/
(posts/index.md: /posts/), notes/a.txt: /notes/a.txt. Records keep the URL they carry.
In HTML, data-bahth-body on elements indexes only their text (once a page has it, pages
without it are left out); data-bahth-ignore leaves an element's text out.

Options:
  -o, --out <dir>            index folder to write (required); replaced atomically
      --base-url <prefix>    put before URLs made from file paths, for a site served under
                             a sub-path: /blog/ or https://example.org/blog/
      --dedupe               leave out documents with the same text as an earlier one
                             (by default they are indexed and reported as possible duplicates)
      --skip-invalid         leave out invalid inputs (broken JSON lines, undecodable
                             files, records without text) with a warning, instead of failing
      --id-field <name>      record field holding the id        (default: id)
      --title-field <name>   record field holding the title     (default: title)
      --body-field <name>    record field holding the text      (default: body, text, content)
      --lang-field <name>    record field holding the language  (default: lang, language)
      --url-field <name>     record field holding the URL       (default: url)
      --date-field <name>    record field holding the date      (default: date)
      --source-field <name>  record field holding the source    (default: source)
      --term-chunk-bytes <n> target size of a term chunk before compression (default 12000)
      --head-chunk-bytes <n> target size of a head chunk (titles, URLs) before compression (default 8000)
      --text-chunk-bytes <n> target size of a text chunk before compression (default 24000)
      --pack-bytes <n>       target size of a preload pack (default 128000; 0: no packs, no preloading)
  -q, --quiet                print only warnings and errors (on stderr)
  -h, --help                 show this help
  -v, --version              show the version

Output: <dir>/manifest.json (the only file whose name never changes: serve it with a short
cache lifetime) and content-hashed .bin files (cache them forever).

Large collections: the build's memory stays about flat; what does not fit in 256 MiB goes to
sorted runs in a staging folder beside <dir>, and how far it has got goes to stderr.

Exit codes: 0 built, 1 invalid input or build error (the previous index is left as it was),
2 usage error.
`;

function usage(message: string): never {
  process.stderr.write(`bahth: ${message}\nRun \`bahth --help\` for usage.\n`);
  process.exit(2);
}

function parse() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      tokens: true,
      options: {
        out: { type: 'string', short: 'o' },
        'base-url': { type: 'string' },
        dedupe: { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        'id-field': { type: 'string' },
        'title-field': { type: 'string' },
        'body-field': { type: 'string' },
        'lang-field': { type: 'string' },
        'url-field': { type: 'string' },
        'date-field': { type: 'string' },
        'source-field': { type: 'string' },
        'term-chunk-bytes': { type: 'string' },
        'head-chunk-bytes': { type: 'string' },
        'text-chunk-bytes': { type: 'string' },
        'pack-bytes': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  // parseArgs keeps the last of a repeated option: `-o site --out dist` would quietly write to dist
  const given = new Map<string, string[]>();
  for (const t of parsed.tokens) {
    if (t.kind === 'option' && t.value !== undefined) given.set(t.name, [...(given.get(t.name) ?? []), t.rawName]);
  }
  for (const [name, raw] of given) if (raw.length > 1) usage(`--${name} given ${raw.length} times (${raw.join(', ')}): give it once`);
  return parsed;
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1000) usage(`${flag} takes a whole number of bytes, at least 1000`);
  return n;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** How often a long build reports how far it has got, when stderr is not a terminal (a CI log). */
const LOG_EVERY_MS = 10_000;

function progressReporter(quiet: boolean): (event: BuildProgress) => void {
  const tty = process.stderr.isTTY;
  let lastPhase = '';
  let lastLine = 0;
  let inLine = false; // a terminal line being redrawn with \r
  const endLine = () => {
    if (inLine) process.stderr.write('\n');
    inLine = false;
  };
  /** A progress line: redrawn in place on a terminal, else written every LOG_EVERY_MS. */
  const update = (text: string) => {
    if (tty) {
      process.stderr.write(`\r${text}`);
      inLine = true;
    } else if (Date.now() - lastLine >= LOG_EVERY_MS) {
      process.stderr.write(`${text}\n`);
      lastLine = Date.now();
    }
  };
  return (event) => {
    if (quiet) return;
    if (event.phase !== lastPhase) {
      endLine();
      lastPhase = event.phase;
      lastLine = Date.now();
      if (event.phase === 'read' && !tty) process.stderr.write(`reading ${count(event.total, 'file')}…\n`);
      if (event.phase === 'index') process.stderr.write(`indexing ${count(event.total, 'document')}…\n`);
      if (event.phase === 'terms') process.stderr.write('writing the term chunks…\n');
      if (event.phase === 'ends') process.stderr.write('writing the word-ends chunks…\n');
      if (event.phase === 'write') process.stderr.write(`moving ${count(event.files, 'file')} into place…\n`);
    }
    if (event.phase === 'read') {
      const width = 30;
      const done = event.done + 1; // the event comes as a file is started: count it
      const filled = Math.round((width * done) / Math.max(1, event.total));
      const documents = event.documents ? `, ${event.documents.toLocaleString('en')} documents` : '';
      update(tty ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${event.total} files${documents}` : `  file ${done} of ${event.total}${documents}`);
    }
    if (event.phase === 'index' && event.documents > 0) {
      update(`  ${event.documents.toLocaleString('en')} of ${event.total.toLocaleString('en')} documents (${Math.floor((100 * event.documents) / event.total)} %)`);
    }
    if ((event.phase === 'terms' || event.phase === 'ends') && event.terms > 0) update(`  ${event.terms.toLocaleString('en')} terms`);
  };
}

/** What the build got past: its own output folder is not worth a warning. */
function warningsOf(s: BuildSummary): string[] {
  const lines: string[] = [];
  const others = s.indexes.filter((folder) => resolve(folder) !== resolve(s.out));
  if (others.length) lines.push(`index folders among the inputs, not read: ${others.join(', ')}`);
  if (s.notRecords.length) lines.push(`.json files in the input folders without records, not read: ${s.notRecords.join(', ')}`);
  for (const d of s.duplicates) {
    const same = `${d.id} (${d.file}) has the same text as ${d.sameAs} (${d.sameAsFile})`;
    lines.push(s.dedupe ? `duplicate: ${same}; left out (--dedupe)` : `possible duplicate: ${same}; both indexed (--dedupe leaves such documents out)`);
  }
  for (const e of s.skipped) lines.push(`skipped: ${e.message}`);
  for (const e of s.warnings) lines.push(e.message);
  return lines;
}

/** Warnings go to stderr, even with --quiet: a CI log should show them. */
function printWarnings(s: BuildSummary): void {
  process.stderr.write(warningsOf(s).map((line) => `warning: ${line}\n`).join(''));
}

function printSummary(s: BuildSummary): void {
  const langs = Object.entries(s.languages).map(([l, n]) => `${l} ${n}`).join(', ');
  const lines = [
    `indexed ${count(s.documents, 'document')} (${langs}) from ${count(s.filesRead, 'file')} into ${s.out} in ${(s.milliseconds / 1000).toFixed(1)} s`,
    `wrote ${kib(s.bytes.total)}: ${s.files.terms} term chunks ${kib(s.bytes.terms)}, ${s.files.ends} word-ends chunks ${kib(s.bytes.ends)}, ${s.files.sounds} sound-table chunks ${kib(s.bytes.sounds)}, ${s.files.heads} head chunks ${kib(s.bytes.heads)}, ${s.files.texts} text chunks ${kib(s.bytes.texts)}, ${s.files.pages} directory pages ${kib(s.bytes.pages)}, ${s.files.packs} preload packs ${kib(s.bytes.packs)}${s.files.tails ? `, ${s.files.tails} tail blocks of split postings ${kib(s.bytes.tails)}` : ''}`,
  ];
  if (s.ignored.length) lines.push(`ignored ${count(s.ignored.length, 'file')} of unknown type: ${listed(s.ignored)}`);
  if (s.drafts) lines.push(`left out ${s.drafts} drafts`);
  if (s.unmarked.length) {
    lines.push(`left out ${count(s.unmarked.length, 'HTML page')} without data-bahth-body, as ${count(s.marked, 'page')} of this build ${s.marked === 1 ? 'has' : 'have'} it: ${listed(s.unmarked)}`);
  }
  if (s.withoutUrl.documents) {
    lines.push(`${count(s.withoutUrl.documents, 'document')} without a URL, so ${s.withoutUrl.documents === 1 ? 'its result' : 'their results'} cannot be opened (${listed(s.withoutUrl.files)}): give each record a "url" field, or name the field that holds it with --url-field`);
  }
  const warnings = warningsOf(s).length;
  if (warnings) lines.push(`${count(warnings, 'warning')} (above)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const { values, positionals } = parse();
  if (values.version) {
    process.stdout.write(`${BAHTH_VERSION}\n`);
    return;
  }
  if (values.help || positionals.length === 0) {
    process.stdout.write(HELP);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const [command, ...inputs] = positionals;
  if (command !== 'build') usage(`unknown command "${command}"`);
  if (!inputs.length) usage('build needs at least one input file, folder or pattern');
  if (!values.out) usage('build needs --out <dir>');
  // parseArgs reads "-o=dir" as the folder "=dir"
  if (values.out.startsWith('=')) usage(`--out ${values.out}: write -o <dir> or --out=<dir>`);
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && parseBaseUrl(baseUrl) === undefined) {
    usage(`--base-url ${baseUrl}: give a path starting with / (such as /blog/) or an http(s) URL (such as https://example.org/blog/), without ? or #`);
  }
  const mapping = Object.fromEntries(
    (['id', 'title', 'body', 'lang', 'url', 'date', 'source'] as const)
      .map((f) => [f, values[`${f}-field`]] as const)
      .filter(([, v]) => v !== undefined),
  );
  const termChunkBytes = positiveInteger(values['term-chunk-bytes'], '--term-chunk-bytes');
  const headChunkBytes = positiveInteger(values['head-chunk-bytes'], '--head-chunk-bytes');
  const textChunkBytes = positiveInteger(values['text-chunk-bytes'], '--text-chunk-bytes');
  const packBytes = values['pack-bytes'] === '0' ? 0 : positiveInteger(values['pack-bytes'], '--pack-bytes');
  try {
    const summary = await buildIndex({
      inputs,
      out: values.out,
      skipInvalid: !!values['skip-invalid'],
      dedupe: !!values.dedupe,
      ...(baseUrl !== undefined && { baseUrl }),
      fields: mapping,
      ...(termChunkBytes && { termChunkBytes }),
      ...(headChunkBytes && { headChunkBytes }),
      ...(textChunkBytes && { textChunkBytes }),
      ...(packBytes !== undefined && { packBytes }),
      onProgress: progressReporter(!!values.quiet),
    });
    printWarnings(summary);
    if (!values.quiet) printSummary(summary);
  } catch (error) {
    // a file system error (the --out path is a file, no permission…) in one line, like the others
    const message = error instanceof BuildError ? error.message : (error as Error).message ?? String(error);
    process.stderr.write(`bahth: build failed: ${message}\nThe previous index in ${values.out} (if any) is unchanged.\n`);
    if (!(error instanceof BuildError) && process.env.BAHTH_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bahth: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
