import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium, chromiumFlags } from './scripts/find-chromium.mjs';

/** A free local port: the default 8000 may be held by something else on the machine. */
const freePort = () => new Promise((resolve, reject) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  }).on('error', reject);
});

/** Counts tests of every session (a file that fails to load counts as a failure) for scripts/test.mjs. */
function countingReporter(outFile) {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else counts.failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += session.errors.length;
      }
      mkdirSync('.tmp/counts', { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
    },
  };
}

/**
 * `executeServerCommand('cdp', { method, params })` sends a Chrome DevTools Protocol command to
 * the test's page, for what the browser can emulate but Playwright does not expose: a touch
 * screen (`pointer: coarse`) and another platform (`navigator.platform`), as DevTools' device
 * mode does.
 */
function cdpPlugin() {
  const sessions = new Map();
  return {
    name: 'cdp-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
      return (await sessions.get(page).send(payload.method, payload.params)) ?? true;
    },
  };
}

export default {
  files: process.env.WTR_FILES ?? 'test/browser/**/*.test.ts',
  port: Number(process.env.WTR_PORT ?? (await freePort())),
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: Number(process.env.WTR_FINISH ?? 240000),
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), cdpPlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumFlags },
    }),
  ],
  reporters: [defaultReporter(), countingReporter('.tmp/counts/browser.json')],
};
