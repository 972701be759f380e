// Measurement hooks, the same on every system's page. Keystroke time: a capture-phase keydown
// listener keeps event.timeStamp; when the page reports results for a query (bench-results from
// the anchors' shared harness, bahth-results from <bahth-search>), rAF then a MessageChannel
// message runs after the frame that shows them: that instant minus the keydown is "keystroke to
// results painted". For bahth, whose list shows titles before snippets, tComplete is also kept:
// after the frame that shows the snippets too.
(() => {
  const B = (window.__bench = { events: [], key: null });
  document.addEventListener('keydown', (e) => { B.key = { t0: e.timeStamp, key: e.key }; }, true);
  const countOptions = (root) => {
    let n = root.querySelectorAll('[role="option"]').length;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += countOptions(el.shadowRoot);
    return n;
  };
  // called in a frame's rAF, a posted message runs once that frame is rendered
  const afterThisFrame = (then) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => then(performance.now());
    ch.port2.postMessage(0);
  };
  const afterFrame = (then) => requestAnimationFrame(() => afterThisFrame(then));
  // <bahth-search> paints titles first and fills snippets in when their text arrives
  // (placeholders meanwhile; a result already shown keeps its snippet until then): tComplete is
  // after the frame that shows the new snippets, once the element no longer waits for any
  // (its snippetsPending state, read here only to know when it is done).
  const placeholders = () => {
    const el = document.querySelector('bahth-search');
    return el?.snippetsPending || el?.shadowRoot?.querySelector('[part~="placeholder"]');
  };
  const onResults = (query, count, snippets) => {
    const tResults = performance.now();
    afterFrame((tPaint) => {
      const event = { query, count, dom: countOptions(document), tResults, tPaint, epoch: performance.timeOrigin + tPaint };
      B.events.push(event);
      if (!snippets) return;
      // Checked in a frame's rAF (never outside one, where done may not be painted yet), done
      // means the frame about to render shows the snippets: the instant after it counts.
      const check = () => (placeholders() ? requestAnimationFrame(check) : afterThisFrame((t) => (event.tComplete = t)));
      requestAnimationFrame(check);
    });
  };
  document.addEventListener('bench-results', (e) => onResults(e.detail.query, e.detail.count, false));
  document.addEventListener('bahth-results', (e) => onResults(e.detail.query, e.detail.hits, true));
  B.findInput = (root = document) => {
    const direct = root.querySelector('input');
    if (direct) return direct;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { const f = B.findInput(el.shadowRoot); if (f) return f; }
    }
    return null;
  };
})();
