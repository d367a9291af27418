/** The result card read in five seconds, and answers that are probably slips checked with the shopper ("Did you mean …?"). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerMessages } from '../../src/conversation/i18n.ts';
import { en } from '../../src/conversation/messages/en.ts';
import { instantAt } from '../../src/policy/index.ts';
import { axeViolations, openPage, useBrowserAndServer } from './browser.ts';
import { answer, drawn, resultOf, start, widget } from './drive.ts';

registerMessages('en', en);
const NOW = instantAt('2026-11-23T15:00', 'America/New_York');
const shared = useBrowserAndServer({ beforeAll, afterAll });
const FROM_IGARDEN = 'From iGarden (iGarden website or the Amazon iGarden direct store)';
const GARDEN_RETURN = ['I changed my mind', FROM_IGARDEN, '2026-11-10', 'PayPal', '129.99'];
const MICRO_TOO_LATE = ['I changed my mind', 'Sold and shipped by iMicro', 'A physical product', '2026-10-01'];

type Panel = ReturnType<typeof widget>;

/** True when the element lies wholly inside the transcript's visible area (no scrolling needed to read it). */
const inView = (panel: Panel, selector: string) =>
  panel
    .locator(selector)
    .first()
    .evaluate((element) => {
      const log = element.closest('.transcript')!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return box.top >= log.top - 1 && box.bottom <= log.bottom + 1;
    });

/** The card's parts in the order they are read (by class or tag, as they appear in the DOM). */
const partsInOrder = (panel: Panel) =>
  panel
    .locator('.result')
    .evaluate((card) =>
      [...card.querySelectorAll('h3, .deadline, .because, .amount, .outcome, .depends, h4, table, .why')]
        .filter((element) => !element.closest('#ra-why'))
        .map((element) =>
          element.matches('h4')
            ? `h4:${element.textContent}`
            : element.matches('h3')
              ? 'verdict'
              : element.matches('.why')
                ? 'why'
                : element.className.split(' ')[0]!,
        ),
    );

describe('a result read at a glance', () => {
  it.each([
    { width: 320, height: 568 },
    { width: 1280, height: 800 },
  ])('the verdict, the last day and the amount come first and show without scrolling ($width × $height)', async (viewport) => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW, viewport });
    const panel = widget(page);
    await start(panel);
    for (const text of GARDEN_RETURN) await answer(panel, text);
    await resultOf(panel);
    expect(await partsInOrder(panel)).toEqual(['verdict', 'deadline', 'amount', 'outcome', 'h4:What to do next', 'h4:Make sure that', 'refund', 'why']);
    expect(await panel.locator('.amount').innerText()).toBe('You get back at most: $125.45');
    for (const selector of ['.result h3', '.deadline', '.amount']) await expect.poll(() => inView(panel, selector), { message: selector }).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('"Why?" quotes each clause once, and says both refund times with the longer to plan for', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW });
    const panel = widget(page);
    await start(panel);
    for (const text of GARDEN_RETURN) await answer(panel, text);
    await resultOf(panel);
    await panel.getByRole('button', { name: 'Why?' }).click();
    const quotes = await panel.locator('#ra-why blockquote').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(2);
    expect(new Set(quotes).size).toBe(quotes.length);
    const stages = await panel.locator('#ra-why li').allInnerTexts();
    expect(stages.filter((text) => text.startsWith('Refund:'))).toHaveLength(1);
    expect(stages.find((text) => text.startsWith('Refund:'))).toContain('3–5 and 5–10 business days after inspection; allow up to 10');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a refusal', () => {
  it('says why up front, then what can still be done, before the clauses; no check as a fault where a fault is turned down the same', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/imicro.html`, {
      now: NOW,
      viewport: { width: 320, height: 568 },
    });
    const panel = widget(page);
    await start(panel);
    for (const text of MICRO_TOO_LATE) await answer(panel, text);
    expect((await resultOf(panel)).title).toBe('No — this can’t be returned');
    expect(await partsInOrder(panel)).toEqual(['verdict', 'because', 'h4:What you can still do', 'why']);
    expect(await panel.locator('.because').innerText()).toBe(
      'The 30-day window counted from the invoice date (Thursday, October 1, 2026) ended on Saturday, October 31, 2026.',
    );
    // iMicro's defects follow its 30-day return: checked as a fault, the answer would be the same refusal.
    expect(await panel.locator('.still li').allInnerTexts()).toEqual(['Ask iMicro Customer Service if you have questions about your case.']);
    await expect.poll(() => inView(panel, '.because')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // "Why?" gives the clause behind the reason said up front, without saying the reason again.
    await panel.getByRole('button', { name: 'Why?' }).click();
    expect(await panel.locator('#ra-why .reasons li').first().innerText()).toMatch(/^The policy says\s*“Any product "sold and shipped" by iMicro/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers a check as a fault where the policy treats a fault differently, at once, the other answers kept', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW });
    const panel = widget(page);
    await start(panel);
    // Delivered 31 days ago: a change of mind is too late; a fault has terms of its own.
    for (const text of ['I changed my mind', FROM_IGARDEN, '2026-10-23']) await answer(panel, text);
    expect((await resultOf(panel)).title).toBe('No — this can’t be returned');
    expect(await panel.locator('.still li').allInnerTexts()).toContain('If it’s faulty, the policy treats it differently. Check it as a fault');
    expect(await axeViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Check it as a fault' }).click();
    // Asked again as a defect: the answers that still apply are kept, the situation reads "It's defective".
    await expect.poll(() => panel.locator('.bubble.shopper .text').first().innerText()).toBe('It’s defective');
    expect(await panel.locator('.bubble.shopper .text').allInnerTexts()).toContain(FROM_IGARDEN);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('an answer that is probably a slip', () => {
  it('a date years back: "Did you mean …?", with the answer kept to correct, and the suggestion one tap away', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, {
      now: NOW,
      viewport: { width: 320, height: 568 },
    });
    const panel = widget(page);
    await start(panel);
    for (const text of GARDEN_RETURN.slice(0, 2)) await answer(panel, text);
    await answer(panel, '3/3/2019');
    const replies = panel.locator('.composer .replies button');
    await expect.poll(() => replies.allInnerTexts()).toEqual(['Tuesday, March 3, 2026', 'Yes, Sunday, March 3, 2019', 'No, let me change it']);
    expect(await panel.locator('.bubble.assistant').last().innerText()).toBe(
      'Sunday, March 3, 2019 is more than a year ago. Did you mean Tuesday, March 3, 2026?',
    );
    // Focus is on the first reply, in a group labelled by the doubt.
    expect(await panel.evaluate((host) => host.shadowRoot!.activeElement?.textContent)).toBe('Tuesday, March 3, 2026');
    expect(await panel.locator('.composer .replies').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'No, let me change it' }).click();
    await drawn(panel);
    // Nothing lost: the typed text is still in the box, focused, to correct.
    expect(await panel.locator('.composer input').inputValue()).toBe('3/3/2019');
    expect(await panel.evaluate((host) => host.shadowRoot!.activeElement?.tagName)).toBe('INPUT');
    await panel.locator('.composer input').press('Enter');
    await drawn(panel);
    await panel.getByRole('button', { name: 'Tuesday, March 3, 2026' }).click();
    await drawn(panel);
    await expect.poll(() => panel.locator('.bubble.shopper .text').allInnerTexts()).toEqual(['I changed my mind', FROM_IGARDEN, 'Tuesday, March 3, 2026']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
