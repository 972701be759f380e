// bahth's search without its widget, for the anchors' page (harness.js): openIndex from the
// script build (window.bahth), query() with titles only (waitForSnippets: false), and, as the
// widget does after its first results, a preload of up to 7 MiB (its preload-bytes default) at idle priority.
(() => {
  let index;
  let preloading = false;
  const engine = {
    async load(base) {
      index = await window.bahth.openIndex(new URL(base, location.href).href);
    },
    async search(q, limit) {
      const { hits } = await index.query(q, { limit, waitForSnippets: false });
      if (!preloading && hits.length) {
        preloading = true;
        // the widget's default budget, unless the run gives another (--preload-bytes)
        requestIdleCallback(() => index.preload(window.benchPreloadBytes ?? 7 * 1024 * 1024).catch(() => {}));
      }
      return hits.map((h) => ({ id: h.id, title: h.title, lang: h.lang }));
    },
  };
  window.benchEngine = engine;
  window.benchEngineReady = Promise.resolve(engine);
})();
