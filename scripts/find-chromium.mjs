import { existsSync } from 'node:fs';

/** Finds the Chromium binary the browser tests and the benchmark drive, or returns undefined. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

/** Flags Chromium needs on these machines: no sandbox as root, no network chatter, no GPU. */
export const chromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];
