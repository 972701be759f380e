// Measurement hooks, the same on every system's page. Keystroke time: a capture-phase keydown
// listener keeps event.timeStamp; when the page reports results for a query (bench-results from
// the anchors' shared harness, bahth-results from <bahth-search>), rAF then a MessageChannel
// message runs after the frame that shows them: that instant minus the keydown is "keystroke to
// results painted".
(() => {
  const B = (window.__bench = { events: [], key: null });
  document.addEventListener('keydown', (e) => { B.key = { t0: e.timeStamp, key: e.key }; }, true);
  const countOptions = (root) => {
    let n = root.querySelectorAll('[role="option"]').length;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += countOptions(el.shadowRoot);
    return n;
  };
  const onResults = (query, count) => {
    const tResults = performance.now();
    requestAnimationFrame(() => {
      const dom = countOptions(document);
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { const tPaint = performance.now(); B.events.push({ query, count, dom, tResults, tPaint, epoch: performance.timeOrigin + tPaint }); };
      ch.port2.postMessage(0);
    });
  };
  document.addEventListener('bench-results', (e) => onResults(e.detail.query, e.detail.count));
  document.addEventListener('bahth-results', (e) => onResults(e.detail.query, e.detail.hits));
  B.findInput = (root = document) => {
    const direct = root.querySelector('input');
    if (direct) return direct;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { const f = B.findInput(el.shadowRoot); if (f) return f; }
    }
    return null;
  };
})();
