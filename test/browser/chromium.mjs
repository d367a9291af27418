// Finds a Chromium or Chrome for the browser tests: CHROMIUM_PATH, then the usual system places, then Playwright's
// own download if a developer made one. Plain JavaScript so that `npm test` can ask before anything else runs
// (`node test/browser/chromium.mjs`): with none, it stops with one line saying what to install.
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PLACES = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT =
  'No Chromium or Chrome found for the browser tests: install one (Debian/Ubuntu: apt-get install chromium; macOS, Windows: Google Chrome; without root: npx playwright-core install chromium) or set CHROMIUM_PATH to its executable.';

const runnable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Playwright's Chromium builds, newest first, where `npx playwright install chromium` puts them. */
function playwrightBuilds() {
  const caches = [join(homedir(), '.cache/ms-playwright'), join(homedir(), 'Library/Caches/ms-playwright')];
  return caches.flatMap((cache) => {
    let folders = [];
    try {
      folders = readdirSync(cache)
        .filter((name) => /^chromium-\d+$/.test(name))
        .sort()
        .reverse();
    } catch {
      return [];
    }
    return folders.flatMap((folder) => [
      join(cache, folder, 'chrome-linux64/chrome'),
      join(cache, folder, 'chrome-linux/chrome'),
      join(cache, folder, 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'),
      join(cache, folder, 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'),
    ]);
  });
}

/**
 * The browser executable to drive, or null. CHROMIUM_PATH wins, and must then be runnable.
 * @example findChromium({ CHROMIUM_PATH: '/usr/bin/chromium' }) // '/usr/bin/chromium'
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return runnable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((folder) => NAMES.map((name) => join(folder, name)));
  return [...onPath, ...PLACES, ...playwrightBuilds()].find(runnable) ?? null;
}

/** Why none was found, in one line. */
export function missingChromium(env = process.env) {
  return env.CHROMIUM_PATH ? `CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", which is not a runnable file. ${INSTALL_HINT}` : INSTALL_HINT;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (!found) {
    console.error(missingChromium());
    process.exit(1);
  }
}
