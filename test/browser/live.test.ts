/** A live element: attributes the page changes are taken at once, and properties set before it is defined are kept. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { es } from '../../src/conversation/messages/es.ts';
import { instantAt } from '../../src/policy/index.ts';
import { igarden } from '../support/policies.ts';
import { axeViolations, openPage, useBrowserAndServer } from './browser.ts';
import { answer, expected, resultOf, widget } from './drive.ts';

const NOW = instantAt('2026-11-23T15:00', 'America/New_York');
const shared = useBrowserAndServer({ beforeAll, afterAll });
const gardenFacts = { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal' } as const;

describe('an element whose attributes change', () => {
  it('a new price (another variant) updates the result, keeps the answers and says the result changed', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/live.html`, { now: NOW });
    const panel = widget(page, 0);
    for (const text of ['I changed my mind', '2026-11-10', 'PayPal']) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(expected(igarden, { ...gardenFacts, pricePaidCents: 12_999 }));
    await page.locator('#live').evaluate((element) => element.setAttribute('price', '99.99'));
    // $99.99 less the 3.49% PayPal fee ($3.49): nothing asked again.
    await expect.poll(() => resultOf(panel).then((shown) => shown.total)).toBe('$96.50');
    expect(await resultOf(panel)).toEqual(expected(igarden, { ...gardenFacts, pricePaidCents: 9_999 }));
    expect(await panel.locator('.notice').innerText()).toContain('The product details on this page changed, so I updated the result.');
    expect(await panel.locator('.bubble.shopper .text').allInnerTexts()).toEqual(['I changed my mind', 'Tuesday, November 10, 2026', 'PayPal']);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a price taken away is asked for; the same value set again changes nothing', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/pages/live.html`, { now: NOW });
    const panel = widget(page, 0);
    for (const text of ['I changed my mind', '2026-11-10', 'PayPal']) await answer(panel, text);
    await resultOf(panel);
    await page.locator('#live').evaluate((element) => element.setAttribute('price', '129.99'));
    expect(await panel.locator('.notice').count()).toBe(0);
    await page.locator('#live').evaluate((element) => element.removeAttribute('price'));
    await expect.poll(() => panel.locator('.transcript').innerText()).toContain('How much did you pay for it (USD)?');
    await context.close();
  });

  it('another language draws it afresh in that language, the answers kept', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/live.html`, { now: NOW });
    const panel = widget(page, 0);
    await answer(panel, 'I changed my mind');
    await page.locator('#live').evaluate((element) => element.setAttribute('lang', 'es'));
    // The next question is asked in Spanish; the answer already given is kept as it was written.
    await expect.poll(() => panel.locator('.bubble.assistant').last().innerText()).toBe(es.questions.deliveredAt);
    expect(await panel.locator('.bubble.shopper .text').allInnerTexts()).toEqual(['I changed my mind']);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('an element given its policy before it was defined, or by the id of a script on the page', () => {
  it('both run the page’s own policy', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/live.html`, { now: NOW });
    for (const index of [1, 2]) {
      const panel = widget(page, index);
      await panel.scrollIntoViewIfNeeded();
      for (const text of ['I changed my mind', '2026-11-20', '200']) await answer(panel, text);
      // €200 less the 15% restocking fee.
      expect((await resultOf(panel)).total).toBe('€170.00');
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
