/** Accessibility, a strict CSP, privacy, reload, several widgets and narrow screens, in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '../../src/policy/index.ts';
import { igarden } from '../support/policies.ts';
import { axeViolations, openPage, useBrowserAndServer } from './browser.ts';
import { answer, DONT_KNOW, expected, resultOf, start, widget } from './drive.ts';

const timeZone = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', timeZone);
const shared = useBrowserAndServer({ beforeAll, afterAll });

const FROM_IGARDEN = 'From iGarden (iGarden website or the Amazon iGarden direct store)';
/** iGarden: a defect found 10 days after delivery, paid by PayPal. The store's inspection decides: the result shows both ways. */
const DEFECT_AFTER_10_DAYS = ['It’s defective', FROM_IGARDEN, 'In the United States or Canada', '2026-11-13', 'PayPal', '129.99'];

describe('axe-core, WCAG 2.2 AA with target-size', () => {
  it('finds nothing in any state: closed, open, every kind of question, "I don’t know", a re-ask, every verdict, "It depends"', async () => {
    const found: Record<string, string[]> = {};
    const check = async (state: string, page: Parameters<typeof axeViolations>[0]) => {
      found[state] = await axeViolations(page);
    };
    for (const theme of ['light', 'dark'] as const) {
      const open = async (store: string) => {
        const opened = await openPage(shared.browser, `${shared.server.origin}/pages/${store}.html`, { now: NOW, colorScheme: theme });
        return { ...opened, panel: widget(opened.page) };
      };
      {
        const { page, context, panel } = await open('imicro');
        await panel.locator('button.launcher').waitFor();
        await check(`${theme}: closed`, page);
        await panel.locator('button.launcher').click();
        // Opened, it asks at once: the first question and its quick replies, no greeting screen to get past.
        await panel.locator('.composer .replies button').first().waitFor();
        await check(`${theme}: open on the first question`, page);
        await answer(panel, 'I changed my mind');
        // Every question after the first offers "I don't know".
        await panel.locator('.composer').getByRole('button', { name: DONT_KNOW, exact: true }).waitFor();
        await check(`${theme}: choice with "I don’t know"`, page);
        for (const text of ['Sold and shipped by iMicro', 'A physical product']) await answer(panel, text);
        await panel.locator('.composer input[data-kind=date]').waitFor();
        await check(`${theme}: date`, page);
        for (const text of ['2026-11-10', 'Yes, everything is complete', 'No']) await answer(panel, text);
        await panel.locator('.composer input[inputmode=decimal]').waitFor();
        await check(`${theme}: weight`, page);
        await answer(panel, 'abc');
        await panel.locator('.bubble.problem').waitFor();
        await check(`${theme}: re-ask`, page);
        await answer(panel, '4 lb');
        await resultOf(panel);
        await check(`${theme}: eligible`, page);
        await panel.getByRole('button', { name: 'Why?' }).click();
        await check(`${theme}: eligible, explained`, page);
        await context.close();
      }
      {
        // The price is asked where a fee is a share of it: an iGarden change of mind, after the payment method.
        const { page, context, panel } = await open('igarden');
        await start(panel);
        for (const text of ['I changed my mind', FROM_IGARDEN, '2026-11-10', 'PayPal']) await answer(panel, text);
        await panel.locator('.composer input[inputmode=decimal]').waitFor();
        await check(`${theme}: amount`, page);
        await context.close();
      }
      {
        // "I don't know" answered: the result shows every way it can go.
        const { page, context, panel } = await open('imicro');
        await start(panel);
        for (const text of ['I changed my mind', 'Sold and shipped by iMicro', 'A physical product', '2026-11-10', DONT_KNOW, 'No', '4 lb'])
          await answer(panel, text);
        await resultOf(panel);
        await panel.locator('.result .depends li').first().waitFor();
        await check(`${theme}: it depends, after "I don’t know"`, page);
        await context.close();
      }
      {
        // The store's inspection decides: both ways are shown.
        const { page, context, panel } = await open('igarden');
        await start(panel);
        for (const text of DEFECT_AFTER_10_DAYS) await answer(panel, text);
        await resultOf(panel);
        await panel.locator('.result .depends li').first().waitFor();
        await check(`${theme}: it depends, on the store’s inspection`, page);
        await panel.getByRole('button', { name: 'Why?' }).click();
        await check(`${theme}: it depends, explained`, page);
        await context.close();
      }
    }
    const verdicts: [string, string[]][] = [
      ['not eligible', ['I changed my mind', 'Sold and shipped by iMicro', 'A digital product (download, key, subscription)']],
      ['handled elsewhere', ['I changed my mind', 'Another shop']],
      ['needs review', ['It arrived damaged', 'Sold and shipped by iMicro', 'A physical product']],
    ];
    for (const [name, answers] of verdicts) {
      const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/imicro.html`, { now: NOW });
      const panel = widget(page);
      await start(panel);
      for (const text of answers) await answer(panel, text);
      await resultOf(panel);
      await check(name, page);
      await context.close();
    }
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW });
    const panel = widget(page);
    await start(panel);
    for (const text of ['Cancel my order', FROM_IGARDEN, 'No', 'No', 'Yesterday']) await answer(panel, text);
    await panel.locator('.composer input[type=time]').waitFor();
    await check('time', page);
    await context.close();
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((state) => [state, []])));
  });
});

describe('under a strict Content Security Policy', () => {
  it('a full conversation raises no violation and no console error', async () => {
    const { page, context, problems, violations } = await openPage(shared.browser, `${shared.server.origin}/pages/csp-igarden.html`, { now: NOW });
    const panel = widget(page);
    await start(panel);
    for (const text of ['I changed my mind', FROM_IGARDEN, '2026-11-10', 'PayPal', '129.99']) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(
      expected(igarden, { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal', pricePaidCents: 12_999 }),
    );
    await panel.getByRole('button', { name: 'Why?' }).click();
    await panel.getByRole('button', { name: 'Add the deadline to my calendar' }).click();
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('privacy', () => {
  it('no request leaves 127.0.0.1 and no cookie is set', async () => {
    const { page, context, requests } = await openPage(shared.browser, `${shared.server.origin}/pages/imicro.html`, { now: NOW });
    const panel = widget(page);
    await start(panel);
    for (const text of ['It arrived damaged', 'Sold and shipped by iMicro', 'A physical product']) await answer(panel, text);
    await resultOf(panel);
    expect(requests.filter((url) => !url.startsWith(`${shared.server.origin}/`))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await context.close();
  });
});

describe('reload', () => {
  it('mid-conversation, the answers and the current question come back', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW });
    let panel = widget(page);
    await start(panel);
    for (const text of ['It’s defective', FROM_IGARDEN]) await answer(panel, text);
    await page.reload();
    panel = widget(page);
    await panel.locator('button.launcher').click();
    await expect.poll(() => panel.locator('.bubble.shopper .text').allInnerTexts()).toEqual(['It’s defective', FROM_IGARDEN]);
    await expect.poll(() => panel.locator('.notice').innerText()).toContain('picked up where you left off');
    await expect
      .poll(() => panel.locator('.replies').getByRole('button').allInnerTexts())
      .toEqual(['In the United States or Canada', 'Somewhere else', DONT_KNOW]);
    await context.close();
  });
});

describe('after a reload on a phone', () => {
  /** True when the element's box lies inside the transcript's visible area. */
  const inView = (panel: ReturnType<typeof widget>, selector: string) =>
    panel
      .locator(selector)
      .last()
      .evaluate((element) => {
        const log = element.closest('.transcript')!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return box.top >= log.top - 1 && box.bottom <= log.bottom + 1;
      });

  it('the transcript opens on the newest message, not the top', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW, viewport: { width: 320, height: 568 } });
    let panel = widget(page);
    await start(panel);
    for (const text of DEFECT_AFTER_10_DAYS.slice(0, 4)) await answer(panel, text);
    await page.reload();
    panel = widget(page);
    await panel.locator('button.launcher').click();
    await panel.locator('.replies button').first().waitFor();
    await expect.poll(() => inView(panel, '.bubble')).toBe(true);
    await context.close();
  });

  it('an inline panel restored after a reload shows its newest message too', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/inline.html`, { now: NOW, viewport: { width: 320, height: 568 } });
    let panel = widget(page);
    for (const text of ['I changed my mind', 'Sold and shipped by iMicro', 'A physical product']) await answer(panel, text);
    await page.reload();
    panel = widget(page);
    await panel.locator('.replies button').first().waitFor();
    expect(await panel.locator('.transcript').evaluate((log) => log.scrollHeight > log.clientHeight)).toBe(true);
    await expect.poll(() => inView(panel, '.bubble')).toBe(true);
    await context.close();
  });

  it('a decided conversation opens on the verdict', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW, viewport: { width: 320, height: 568 } });
    let panel = widget(page);
    await start(panel);
    for (const text of DEFECT_AFTER_10_DAYS) await answer(panel, text);
    await panel.locator('.result').waitFor();
    await page.reload();
    panel = widget(page);
    await panel.locator('button.launcher').click();
    await panel.locator('.result h3').waitFor();
    await expect.poll(() => inView(panel, '.result h3')).toBe(true);
    await context.close();
  });
});

describe('the full-screen panel on a phone', () => {
  it('keeps Tab and Shift+Tab inside the panel: the page behind it is hidden', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW, viewport: { width: 320, height: 640 } });
    const panel = widget(page);
    await start(panel);
    await answer(panel, 'It’s defective');
    const insideWidget = () =>
      page.evaluate(() => document.activeElement?.tagName.toLowerCase() === 'return-assistant' && document.activeElement.shadowRoot?.activeElement !== null);
    for (let presses = 0; presses < 25; presses += 1) {
      await page.keyboard.press('Tab');
      expect(await insideWidget()).toBe(true);
    }
    for (let presses = 0; presses < 25; presses += 1) {
      await page.keyboard.press('Shift+Tab');
      expect(await insideWidget()).toBe(true);
    }
    await context.close();
  });
});

describe('the launcher on a phone', () => {
  it('is a small round button that leaves an inline widget’s first answer button and the page’s text uncovered', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/two.html`, { now: NOW, viewport: { width: 320, height: 568 } });
    const launcher = widget(page, 1).getByRole('button', { name: 'Can I return this?' });
    await launcher.waitFor();
    const start = widget(page, 0).locator('.composer .replies button').first();
    // The inline widget's first answer button brought down to where the launcher sits, at the foot of the screen.
    await start.evaluate((button) => {
      const box = button.getBoundingClientRect();
      window.scrollBy(0, box.bottom - (window.innerHeight - 20));
    });
    const [small, covered] = [(await launcher.boundingBox())!, (await start.boundingBox())!];
    expect(small.width).toBeLessThanOrEqual(56);
    const overlaps =
      small.x < covered.x + covered.width && covered.x < small.x + small.width && small.y < covered.y + covered.height && covered.y < small.y + small.height;
    expect(overlaps).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('two widgets on one page, the script included twice', () => {
  it('mounts one launcher for the script, keeps the inline Spanish widget apart', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/two.html`, { now: NOW });
    await widget(page, 1).locator('button.launcher').waitFor();
    expect(await page.locator('return-assistant').count()).toBe(2);
    const garden = widget(page, 0);
    const micro = widget(page, 1);
    await answer(garden, 'Cancelar mi pedido');
    await start(micro);
    await answer(micro, 'It’s defective');
    expect(await garden.locator('.bubble.shopper .text').allInnerTexts()).toEqual(['Cancelar mi pedido']);
    expect(await micro.locator('.bubble.shopper .text').allInnerTexts()).toEqual(['It’s defective']);
    const keys = await page.evaluate(() => Object.keys(sessionStorage).sort());
    expect(keys).toEqual(['return-assistant:igarden:inline-garden', 'return-assistant:imicro:default']);
    const duplicateIds = await page.evaluate(() =>
      [...document.querySelectorAll('return-assistant')].flatMap((element) => {
        const ids = [...element.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
        return ids.filter((id, index) => ids.indexOf(id) !== index);
      }),
    );
    expect(duplicateIds).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a 320 px wide screen', () => {
  it.each([
    [
      'an iMicro return',
      'imicro',
      ['I changed my mind', 'Sold and shipped by iMicro', 'A physical product', '2026-11-10', 'Yes, everything is complete', 'No', '4 lb'],
      0,
    ],
    ['an iGarden defect that depends on the inspection', 'igarden', DEFECT_AFTER_10_DAYS, 2],
  ] as const)('opens full screen with no horizontal scroll: %s', async (_name, store, answers, ways) => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/${store}.html`, {
      now: NOW,
      viewport: { width: 320, height: 640 },
    });
    const panel = widget(page);
    await start(panel);
    for (const text of answers) await answer(panel, text);
    expect((await resultOf(panel)).depends?.length ?? 0).toBe(ways);
    const box = await panel.locator('.overlay').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const overflow = await panel.locator('.transcript').evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every line of the refund, label and amount, is inside the result card: nothing cut off at the edge.
    const card = (await panel.locator('.result').boundingBox())!;
    const edges = await panel.locator('.refund th, .refund td').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
    expect(edges.length).toBeGreaterThan(0);
    expect(Math.max(...edges)).toBeLessThanOrEqual(card.x + card.width);
    await context.close();
  });
});

describe('an inline widget', () => {
  it('does not take focus from the page when it loads, even mid-conversation', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/two.html`, { now: NOW });
    const garden = widget(page, 0);
    await garden.locator('.composer .replies button').first().waitFor();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await answer(garden, 'He cambiado de opinión');
    await page.reload();
    await widget(page, 0).locator('.replies button').first().waitFor();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await context.close();
  });
});
