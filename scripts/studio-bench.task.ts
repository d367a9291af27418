/**
 * `npm run bench:studio`: how long the policy studio takes to load, in headless Chromium (Debian's), built as
 * `vite build` builds it and served on 127.0.0.1. Each run opens a fresh browser context (no cache, no draft)
 * and times, from the start of navigation: the editor ready (CodeMirror drawn and the policy checked, its
 * problems summary shown) and the preview ready (the real widget mounted, its Start button drawn).
 * Warm-up runs, then measured runs; prints the median and range.
 */
import { it } from 'vitest';
import { launch } from '../test/browser/browser.ts';
import { buildAndServeSite } from '../test/studio/site.ts';

const WARM_UP = 2;
const RUNS = 9;

/** Installed before the page's scripts: notes the first moment each condition holds (checked on every DOM change). */
function instrument(): void {
  const times: Record<string, number> = {};
  (window as unknown as { studioTimes: Record<string, number> }).studioTimes = times;
  const conditions: Record<string, () => boolean> = {
    editor: () => document.querySelector('.cm-content') !== null && document.querySelector('.findings [role=status]')?.textContent !== '',
    preview: () => document.querySelector('return-assistant')?.shadowRoot?.querySelector('button') != null,
  };
  const check = () => {
    for (const [name, holds] of Object.entries(conditions)) if (times[name] === undefined && holds()) times[name] = performance.now();
    if (Object.keys(times).length === Object.keys(conditions).length) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  const frame = () => {
    check();
    if (Object.keys(times).length < Object.keys(conditions).length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it('times the studio’s load', async () => {
  const [site, browser] = await Promise.all([buildAndServeSite(), launch()]);
  const samples: { editor: number; preview: number; domContentLoaded: number }[] = [];
  try {
    for (let run = 0; run < WARM_UP + RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(instrument);
      await page.goto(`${site.origin}/studio/`);
      await page.waitForFunction(() => Object.keys((window as unknown as { studioTimes: object }).studioTimes).length === 2, null, { timeout: 30_000 });
      const times = await page.evaluate(() => ({
        ...(window as unknown as { studioTimes: { editor: number; preview: number } }).studioTimes,
        domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      }));
      if (run >= WARM_UP) samples.push(times);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const rows = (['domContentLoaded', 'editor', 'preview'] as const).map((measure) => {
    const values = samples.map((sample) => sample[measure]);
    return { measure, 'median (ms)': Math.round(median(values)), 'min (ms)': Math.round(Math.min(...values)), 'max (ms)': Math.round(Math.max(...values)) };
  });
  console.log(`Policy studio load, ${RUNS} runs after ${WARM_UP} warm-up runs, from the start of navigation:`);
  console.table(rows);
});
