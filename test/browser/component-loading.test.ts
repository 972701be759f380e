import { expect, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { BahthHarness, CORRUPT, HTML_FALLBACK, INCOMPATIBLE, INDEX, INDEX_EN, INDEX_TEXTLESS, MISSING, fetchedFrom } from './harness/bahth-harness.js';

/** The top of each directory of an index (the fixtures are small: their manifests list every chunk). */
async function directories(folder: string): Promise<Record<string, { level: number; entries: Array<[unknown, string, number]>; packs: Array<[number, number, string, number]> }>> {
  const { directories } = await (await fetch(`${folder}manifest.json`)).json();
  for (const kind of Object.keys(directories)) expect(directories[kind].level, kind).to.equal(0);
  return directories;
}
/** Names of the files of one kind (terms, heads, ends) of an index, from its manifest. */
async function indexFiles(folder: string, kind: string): Promise<string[]> {
  return (await directories(folder))[kind]!.entries.map(([, hash]) => `${kind}.${hash}.bin`).sort();
}
/** Names of the files of one kind of `folder` the page fetched so far. */
function filesFetched(folder: string, kind: string): string[] {
  const names = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith(`${folder}${kind}.`)).map((p) => p.slice(folder.length));
  return [...new Set(names)].sort();
}
/** The preload packs of an index, from its manifest: [kind, file name, bytes, the names of the chunk files it holds]. */
async function packFiles(folder: string): Promise<Array<[string, string, number, string[]]>> {
  const all = await directories(folder);
  return Object.entries(all).flatMap(([kind, { entries, packs }]) => packs.map(([first, count, hash, bytes]): [string, string, number, string[]] =>
    [kind, `packs.${hash}.bin`, bytes, entries.slice(first, first + count).map(([, chunk]) => `${kind}.${chunk}.bin`)]));
}
const termFiles = (folder: string) => indexFiles(folder, 'terms');
const termFilesFetched = async (folder: string) => filesFetched(folder, 'terms');

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Collects uncaught errors and unhandled rejections while a test runs. */
function watchUncaught() {
  const seen: unknown[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

// Tests of this file share one page, and openIndex shares one opened index per URL: the first
// tests use index folders nothing else here has touched.
describe('<bahth-search> loading', () => {
  it('fetches nothing before intent; pointer over the input starts loading', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await pause(400);
    expect(fetchedFrom(INDEX)).to.equal(false);
    const box = h.input.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => fetchedFrom(INDEX), 'hovering the input did not load the index');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('focus starts loading, and what was typed meanwhile is searched once loaded', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX_EN} lang="en" preload-bytes="0"></bahth-search>`);
    await pause(200);
    expect(fetchedFrom(INDEX_EN)).to.equal(false);
    await h.type('olive');
    // a fetch shows in resource timing only once its response has ended
    await waitUntil(() => fetchedFrom(INDEX_EN), 'focus did not start loading the index', { timeout: 2000 });
    await h.resultsFor('olive');
    expect(h.input.value).to.equal('olive');
    expect(h.titles).to.deep.equal(['Olive harvest season begins in the villages']);
    await pause(500); // time enough for an idle preload, which preload-bytes="0" switches off
  });

  it('preloads every head, term, word-ends and sound-table chunk, in a few packs, when idle after the first results', async () => {
    // INDEX_EN was searched by the test above with preload-bytes="0": it still lacks term chunks.
    expect(await termFilesFetched(INDEX_EN)).to.not.deep.equal(await termFiles(INDEX_EN));
    const textsBefore = filesFetched(INDEX, 'texts');
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en" preload-bytes="10000000"></bahth-search>`);
    await h.search('olive');
    // a pack whose chunks the search fetched already is not fetched again (the one sound-table chunk of this small index)
    const packs = (await packFiles(INDEX)).filter(([kind, , , chunks]) => chunks.some((chunk) => !filesFetched(INDEX, kind).includes(chunk))).map(([, name]) => name).sort();
    expect(new Set((await packFiles(INDEX)).map(([kind]) => kind))).to.deep.equal(new Set(['heads', 'terms', 'ends', 'sounds']));
    await waitUntil(() => filesFetched(INDEX, 'packs').length === packs.length, 'the packs were not preloaded', { timeout: 5000 })
      .catch(() => expect(filesFetched(INDEX, 'packs')).to.deep.equal(packs));
    expect(filesFetched(INDEX, 'packs')).to.deep.equal(packs);
    // texts are for the results shown only, never preloaded: at most one text chunk per result of 'olive'
    expect(filesFetched(INDEX, 'texts').filter((name) => !textsBefore.includes(name)).length).to.be.at.most(h.titles.length);
    // the chunks came in the packs: searching other words, in both languages, fetches no term or head chunk
    await pause(300);
    const chunksBefore = [...filesFetched(INDEX, 'terms'), ...filesFetched(INDEX, 'heads')];
    expect(chunksBefore.length).to.be.below((await termFiles(INDEX)).length + (await indexFiles(INDEX, 'heads')).length);
    for (const q of ['harvest', 'مكتبة', 'دمشق']) {
      await h.clear();
      await h.search(q);
      expect(h.titles.length, q).to.be.above(0);
    }
    expect([...filesFetched(INDEX, 'terms'), ...filesFetched(INDEX, 'heads')]).to.deep.equal(chunksBefore);
  });

  it('preloads no more than preload-bytes: heads first', async () => {
    const packs = await packFiles(INDEX_TEXTLESS);
    const budget = packs.filter(([kind]) => kind === 'heads').reduce((n, [, , bytes]) => n + bytes, 0); // room for the heads only
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX_TEXTLESS} lang="en" preload-bytes=${budget}></bahth-search>`);
    // the query itself may read a run of term chunks through their pack: preloading starts after its results
    let shown = Infinity;
    h.el.addEventListener('bahth-results', () => (shown = Math.min(shown, performance.now())));
    await h.search('olive');
    const preloaded = () => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => new URL(e.name).pathname.startsWith(`${INDEX_TEXTLESS}packs.`) && e.startTime > shown);
    await waitUntil(() => preloaded().length > 0, 'nothing was preloaded', { timeout: 5000 });
    await pause(500);
    const fetched = preloaded().sort((a, b) => a.startTime - b.startTime);
    const kindOf = (e: PerformanceResourceTiming) => packs.find(([, name]) => e.name.endsWith(`/${name}`))![0];
    expect(kindOf(fetched[0]!)).to.equal('heads');
    expect(fetched.reduce((n, e) => n + e.encodedBodySize, 0)).to.be.above(0).and.at.most(budget);
    expect(fetched.length).to.be.below(packs.length);
  });

  it('paints titles first, with placeholders where snippets go, then fills in the snippets', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    // what the list looks like in the update that shows it: the text is fetched only after
    // that frame is painted, so it cannot be there yet
    const first = new Promise<{ titles: number; placeholders: number; heights: number[] }>((resolve) => {
      h.el.addEventListener('bahth-results', async (e) => {
        if (e.detail.query !== 'harvest') return;
        await h.el.updateComplete;
        resolve({ titles: h.titles.length, placeholders: h.placeholders.length, heights: h.placeholders.map((p) => p.getBoundingClientRect().height) });
      });
    });
    // the whole word at once: typed a letter at a time, a result already shown for "harves"
    // would keep its snippet (next test)
    void h.el.search('harvest');
    const list = await first;
    expect(list.titles).to.be.above(0);
    expect(list.placeholders).to.equal(list.titles);
    expect(list.heights.every((height) => height > 0)).to.equal(true);
    await h.resultsFor('harvest');
    const snippets = h.options.map((o) => o.querySelector('[part=snippet]')!);
    expect(snippets.every((s) => s.textContent!.length > 0)).to.equal(true);
    expect(snippets.some((s) => s.querySelector('mark'))).to.equal(true);
  });

  it('a result still in the list keeps its snippet while the next keystroke fetches the new ones: no flash to a placeholder', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${INDEX} lang="en"></bahth-search>`);
    await h.type('harvest');
    await h.resultsFor('harvest');
    const snippetOf = (o: HTMLElement) => o.querySelector('[part~=snippet]')!.textContent;
    const before = new Map(h.options.map((o) => [o.getAttribute('href'), snippetOf(o)]));
    expect(before.size).to.be.above(0);
    const next = new Promise<{ placeholders: number; kept: boolean[] }>((resolve) => {
      h.el.addEventListener('bahth-results', async (e) => {
        if (e.detail.query !== 'harvests') return;
        await h.el.updateComplete;
        resolve({ placeholders: h.placeholders.length, kept: h.options.map((o) => before.get(o.getAttribute('href')) === snippetOf(o)) });
      });
    });
    await h.type('s');
    const list = await next;
    // "harvests" finds the same articles as "harvest": each keeps the snippet it showed
    expect(list.kept.length).to.equal(before.size);
    expect(list.kept.every(Boolean)).to.equal(true);
    expect(list.placeholders).to.equal(0);
    await h.resultsFor('harvests');
    expect(h.options.some((o) => o.querySelector('[part~=snippet] mark'))).to.equal(true);
  });

  it('when the text cannot be fetched, results keep title and link and lose only the snippet', async () => {
    const uncaught = watchUncaught();
    try {
      const h = await BahthHarness.render(html`<bahth-search index=${INDEX_TEXTLESS} lang="en"></bahth-search>`);
      await h.type('olive');
      await h.listFor('olive');
      await waitUntil(() => !h.placeholders.length, 'the placeholders stayed', { timeout: 5000 });
      expect(h.titles).to.deep.equal(['Olive harvest season begins in the villages']);
      expect(h.options[0]!.querySelector('[part~=snippet]')).to.equal(null);
      expect(h.error).to.equal(null);
      expect(h.errors).to.deep.equal([]);
      expect(uncaught.seen).to.deep.equal([]);
    } finally {
      uncaught.stop();
    }
  });

  it('load="eager" fetches at once, load="idle" soon after', async () => {
    await BahthHarness.render(html`<div>
      <bahth-search index="${MISSING}eager/" load="eager"></bahth-search>
      <bahth-search index="${MISSING}idle/" load="idle"></bahth-search>
    </div>`);
    await waitUntil(() => fetchedFrom(`${MISSING}eager/`), 'eager did not fetch', { timeout: 1000 });
    await waitUntil(() => fetchedFrom(`${MISSING}idle/`), 'idle did not fetch', { timeout: 4000 });
  });

  it('load="visible" waits until the element scrolls into view', async () => {
    const h = await BahthHarness.render(html`<div>
      <div style="block-size: 300vh"></div>
      <bahth-search index="${MISSING}visible/" load="visible"></bahth-search>
    </div>`);
    await pause(400);
    expect(fetchedFrom(`${MISSING}visible/`)).to.equal(false);
    h.el.scrollIntoView();
    await waitUntil(() => fetchedFrom(`${MISSING}visible/`), 'visible did not fetch', { timeout: 2000 });
    scrollTo(0, 0);
  });
});

describe('<bahth-search> errors', () => {
  const unavailable = { en: 'Search is unavailable right now.', ar: 'البحث غير متاح الآن.' };
  const cases = [
    { folder: MISSING, code: 'not-found', reason: /manifest\.json: HTTP 404/, ...unavailable },
    // a host that answers a missing file with its app's page, status 200
    { folder: HTML_FALLBACK, code: 'not-found', reason: /HTML page/, ...unavailable },
    { folder: CORRUPT, code: 'corrupt', reason: /corrupt|rebuild/, ...unavailable },
    { folder: INCOMPATIBLE, code: 'incompatible', reason: /rebuild/, ...unavailable },
    // nothing listens on port 9 (discard): the fetch itself fails
    { folder: 'http://127.0.0.1:9/index/', code: 'network', reason: /cannot fetch/, en: 'Search could not load. Check your connection.', ar: 'تعذّر تحميل البحث. تحقّق من اتصالك.' },
  ] as const;

  for (const c of cases) {
    for (const lang of ['en', 'ar'] as const) {
      it(`a ${c.code} index (${c.folder.split('/').at(-2)}) tells a ${lang} visitor in plain words, with Retry; the reason goes to bahth-error and console.warn`, async () => {
        const uncaught = watchUncaught();
        const warned: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
        try {
          const h = await BahthHarness.render(html`<bahth-search index=${c.folder} lang=${lang}></bahth-search>`);
          await h.type(lang === 'ar' ? 'وزير' : 'minister');
          const error = await h.failed();
          expect(error.code).to.equal(c.code);
          expect(error.message).to.match(c.reason);
          expect(error.index).to.equal(c.folder);
          expect(warned).to.have.length(1);
          expect(warned[0]).to.contain(error.message).and.contain(c.folder).and.contain(c.code);
          expect(h.error!.getAttribute('role')).to.equal('alert');
          expect(h.error!.textContent).to.contain(c[lang]);
          expect(h.error!.textContent).to.not.match(/index|فهرس/, 'no developer wording for the visitor');
          const retry = h.root.querySelector<HTMLButtonElement>('[part=retry]')!;
          expect(retry.textContent).to.equal(lang === 'ar' ? 'إعادة المحاولة' : 'Retry');
          expect(h.options).to.have.length(0);
          expect(h.root.querySelector('.panel.open'), 'no empty results panel under the message').to.equal(null);
          expect(h.input.value).to.equal(lang === 'ar' ? 'وزير' : 'minister', 'the field still holds the query');
          await pause(100);
          expect(uncaught.seen).to.deep.equal([]);
        } finally {
          console.warn = warn;
          uncaught.stop();
        }
      });
    }
  }

  it('after a failure, typing on neither refetches nor reports again', async () => {
    const h = await BahthHarness.render(html`<bahth-search index="${MISSING}typing/" lang="en"></bahth-search>`);
    await h.type('m');
    await h.failed();
    await h.type('inister');
    await pause(200);
    expect(h.input.value).to.equal('minister');
    expect(h.errors).to.have.length(1);
    const fetches = performance.getEntriesByType('resource').filter((e) => e.name.includes(`${MISSING}typing/`));
    expect(fetches).to.have.length(1);
  });

  it('Retry fetches again, keeps focus in the field, and reports the error again', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${MISSING} lang="en"></bahth-search>`);
    const manifestFetches = () =>
      performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === `${MISSING}manifest.json`).length;
    h.el.focus();
    await h.failed();
    const fetched = manifestFetches();
    h.root.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await waitUntil(() => h.errors.length === 2, 'Retry did not report again');
    expect(manifestFetches()).to.be.greaterThan(fetched);
    expect(h.root.activeElement).to.equal(h.input);
  });

  it('a new index attribute replaces a failed one, and the query is searched there', async () => {
    const h = await BahthHarness.render(html`<bahth-search index=${MISSING} lang="en"></bahth-search>`);
    await h.type('olive');
    await h.failed();
    h.el.index = INDEX;
    await h.resultsFor('olive');
    expect(h.error).to.equal(null);
    expect(h.titles).to.deep.equal(['Olive harvest season begins in the villages']);
  });
});
