// Pagefind's engine for the shared harness: its own browser client (pagefind.js, which starts its
// Web Worker and loads its wasm), the Arabic bundle as primary and the English one merged.
let resolveReady;
window.benchEngineReady = new Promise((r) => { resolveReady = r; });
const base = new URL(document.body.dataset.index, location.href).pathname;
const pagefind = await import(`${base}ar/pagefind.js`);
let ready = null;
const engine = {
  load() {
    ready ??= (async () => {
      await pagefind.options({ bundlePath: `${base}ar/` });
      await pagefind.mergeIndex(`${base}en/`, { language: 'en' });
      await pagefind.init();
    })();
    return ready;
  },
  async search(q, limit) {
    await engine.load();
    const s = await pagefind.search(q);
    if (!s) return [];
    const data = await Promise.all(s.results.slice(0, limit).map((r) => r.data()));
    return data.map((d) => ({ id: decodeURIComponent(d.url.replace(/^.*\/doc\//, '')), title: d.meta?.title, lang: d.language }));
  },
};
window.benchEngine = engine;
resolveReady(engine);
