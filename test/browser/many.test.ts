/** Many widgets on one page (issue 13, part 7): unnamed ones keep their own conversations, launchers never overlap. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '../../src/policy/index.ts';
import { openPage, useBrowserAndServer } from './browser.ts';
import { answer, start, widget } from './drive.ts';

const NOW = instantAt('2026-11-23T15:00', 'America/New_York');
const shared = useBrowserAndServer({ beforeAll, afterAll });

const answered = (page: Page, index: number) => widget(page, index).locator('.bubble.shopper .text').allInnerTexts();
/** Scrolls the n-th widget's place into view and waits for its panel. */
async function reach(page: Page, index: number): Promise<void> {
  await widget(page, index).locator('.slot, .inline').first().scrollIntoViewIfNeeded();
  await widget(page, index).locator('.panel').waitFor();
}

describe('fifty inline widgets with no id or instance', () => {
  it('load as they come near the viewport, each keeps its own conversation, and each gets it back after a reload', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/many.html`, {
      now: NOW,
      viewport: { width: 1280, height: 800 },
    });
    const panels = page.locator('return-assistant .panel');
    await panels.first().waitFor();
    // Only those within a screen of the viewport are built at first; each of the others holds its place.
    expect(await panels.count()).toBeLessThanOrEqual(4);
    expect(await page.locator('return-assistant .slot').count()).toBe(50 - (await panels.count()));
    for (let index = 0; index < 50; index += 1) await reach(page, index);
    expect(await panels.count()).toBe(50);

    const chosen = [
      [2, 'It’s defective'],
      [37, 'I changed my mind'],
    ] as const;
    for (const [index, text] of chosen) {
      await reach(page, index);
      await answer(widget(page, index), text);
    }
    for (const [index, text] of chosen) expect(await answered(page, index)).toEqual([text]);
    expect(await answered(page, 0)).toEqual([]);
    // One saved conversation each, named by this page and the widget's place on it.
    expect(await page.evaluate(() => Object.keys(sessionStorage).sort())).toEqual([
      'return-assistant:imicro:/pages/many.html#3',
      'return-assistant:imicro:/pages/many.html#38',
    ]);

    await page.reload();
    for (const [index, text] of chosen) {
      await reach(page, index);
      await expect.poll(() => answered(page, index)).toEqual([text]);
    }
    for (const index of [0, 3, 36, 49]) {
      await reach(page, index);
      expect(await answered(page, index)).toEqual([]);
    }
    // Still independent after the reload: going on in one changes no other.
    await reach(page, 37);
    await answer(widget(page, 37), 'Sold and shipped by iMicro');
    expect(await answered(page, 37)).toEqual(['I changed my mind', 'Sold and shipped by iMicro']);
    expect(await answered(page, 2)).toEqual(['It’s defective']);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('two stores’ launchers on one page', () => {
  /** The launcher's box, and the policy of the widget the browser finds at its centre. */
  async function launcherAt(page: Page, index: number) {
    const box = (await widget(page, index).locator('button.launcher').boundingBox())!;
    const policy = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('policy'), {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    return { box, policy };
  }

  it('are stacked, not on the same spot: each can be seen and clicked, and opens its own store', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/launchers.html`, {
      now: NOW,
      viewport: { width: 1280, height: 800 },
    });
    await widget(page, 1).locator('button.launcher').waitFor();
    const [micro, garden] = [await launcherAt(page, 0), await launcherAt(page, 1)];
    expect([micro.policy, garden.policy]).toEqual(['imicro', 'igarden']);
    expect(garden.box.y + garden.box.height).toBeLessThanOrEqual(micro.box.y);
    expect(micro.box.y + micro.box.height).toBeCloseTo(800 - 16, 0);

    for (const [index, store] of [
      [0, 'iMicro'],
      [1, 'iGarden'],
    ] as const) {
      await start(widget(page, index));
      await expect.poll(() => widget(page, index).locator('.bubble.assistant').first().innerText()).toContain(store);
      await page.keyboard.press('Escape');
      await expect.poll(() => widget(page, index).locator('.overlay').isVisible()).toBe(false);
    }

    // The first one gone, the other takes its place in the corner.
    await page.evaluate(() => document.querySelector('return-assistant[policy=imicro]')!.remove());
    const alone = (await widget(page, 0).locator('button.launcher').boundingBox())!;
    expect(alone.y + alone.height).toBeCloseTo(800 - 16, 0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
