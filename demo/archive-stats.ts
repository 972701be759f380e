// Measures the widgets' searches of the archive index: keystroke (or example click) to results,
// the time it took to open the index (its manifest, from Resource Timing) and the bytes
// fetched so far (the index both widgets share: openIndex keeps one per URL).
import { openIndex, type BahthResultsEvent } from '../src/index.js';
import type { Fact } from './analyzer-panel.js';
import { kb, ms } from './dom.js';

/** Calls `report` with the facts of every search either widget shows. Returns `started()`, to call before `el.search(q)`. */
export function trackArchiveSearches(indexUrl: string, report: (query: string, facts: Fact[]) => void): { started(): void } {
  const base = new URL(indexUrl, document.baseURI).href;
  let startedAt: number | undefined;
  let first = true;
  let size: Promise<number | undefined> | undefined;

  document.addEventListener('input', (e) => {
    if (e.composedPath().some((n) => n instanceof Element && n.localName === 'bahth-search')) startedAt = performance.now();
  }, true);

  document.addEventListener('bahth-results', async (e: BahthResultsEvent) => {
    const { query, readAs, hits, total } = e.detail;
    const searchMs = startedAt === undefined ? undefined : performance.now() - startedAt;
    startedAt = undefined;
    const index = await openIndex(indexUrl);
    size ??= fetch(new URL('manifest.json', base)).then((r) => r.json()).then((manifest: { size: number }) => manifest.size, () => undefined);
    const all = await size;
    const facts: Fact[] = [
      ['النتائج', 'results', `${hits} / ${total}`],
    ];
    // typed on the other keyboard layout: the panel shows what it was searched as
    if (readAs) facts.unshift(['كُتب على لوحة المفاتيح الأخرى', 'typed on the other keyboard layout', query]);
    if (searchMs !== undefined) {
      facts.push(first
        ? ['أول بحث (مع فتح الفهرس)', 'first search (index opened too)', ms(searchMs)]
        : ['من آخر حرف إلى النتائج', 'keystroke to results', ms(searchMs)]);
    }
    const open = openTime(base);
    if (open !== undefined) facts.push(['فتح الفهرس (manifest)', 'opening the index', ms(open)]);
    facts.push(['حُمّل من الفهرس حتى الآن', 'index fetched so far', all ? `${kb(index.bytesLoaded)} / ${kb(all)}` : kb(index.bytesLoaded)]);
    facts.push(['الوثائق', 'documents', String(index.documentCount)]);
    first = false;
    report(readAs ?? query, facts);
  });

  return { started: () => void (startedAt = performance.now()) };
}

/** From the start of the manifest's request to its end, once it was fetched. */
function openTime(base: string): number | undefined {
  const manifest = performance.getEntriesByName(`${base}manifest.json`)[0] as PerformanceResourceTiming | undefined;
  return manifest && manifest.responseEnd - manifest.startTime;
}
