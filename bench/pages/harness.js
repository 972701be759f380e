// The anchors' page: one <input> and a plain list of the top 5 titles, rendered the same way for
// every engine. The engine (window.benchEngine: load(base, io), search(q, limit)) is loaded with the
// page; its index is fetched on the first input. Stale answers are dropped.
(() => {
  const input = document.getElementById('q');
  const list = document.getElementById('results');
  const base = document.body.dataset.index;
  const io = {
    text: (u) => fetch(u).then((r) => { if (!r.ok) throw new Error(`${r.status} ${u}`); return r.text(); }),
    json: (u) => fetch(u).then((r) => { if (!r.ok) throw new Error(`${r.status} ${u}`); return r.json(); }),
  };
  let loading = null;
  let seq = 0;
  const render = (query, hits) => {
    const items = hits.map((h) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = h.title ?? h.id;
      if (h.lang) li.lang = h.lang;
      return li;
    });
    list.replaceChildren(...items);
    document.dispatchEvent(new CustomEvent('bench-results', { detail: { query, count: hits.length } }));
  };
  const run = async () => {
    const id = ++seq;
    const query = input.value;
    if (!query.trim()) { render(query, []); return; }
    const engine = await window.benchEngineReady;
    loading ??= engine.load(base, io);
    await loading;
    if (id !== seq) return;
    const hits = await engine.search(query, 5);
    if (id !== seq) return;
    render(query, hits);
  };
  input.addEventListener('input', () => { run().catch((e) => { window.__benchError = String(e?.stack ?? e); }); });
})();
