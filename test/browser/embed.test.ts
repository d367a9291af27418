/** The ways a merchant embeds the widget: its own policy, the ES module API with analytics events, the classic script. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { instantAt, validatePolicy } from '../../src/policy/index.ts';
import { igarden, imicro } from '../support/policies.ts';
import { openPage, useBrowserAndServer } from './browser.ts';
import { answer, expected, resultOf, start, widget } from './drive.ts';

const timeZone = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', timeZone);
const shared = useBrowserAndServer({ beforeAll, afterAll });


/** The merchant's policy the page gives inline, the n-th on the page, read as the widget reads it. */
function inlinePolicy(page: string, index: number): unknown {
  const html = readFileSync(new URL(`pages/${page}`, import.meta.url), 'utf8');
  const scripts = [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  return JSON.parse(scripts[index]!);
}

describe('a merchant’s own policy', () => {
  it('a valid one runs; an invalid one tells the merchant the path and the shopper a polite fallback', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/own-policy.html`, { now: NOW });
    const good = widget(page, 0);
    for (const text of ['I changed my mind', '2026-11-20', '200']) await answer(good, text);
    const policy = validatePolicy(inlinePolicy('own-policy.html', 0));
    if (!policy.ok) throw new Error(`the page's good policy should be valid: ${policy.errors.join('; ')}`);
    expect(await resultOf(good)).toEqual(expected(policy.policy, { situation: 'changed-mind', deliveredAt: '2026-11-20', pricePaidCents: 20_000 }));
    // €200 less the 15% restocking fee.
    expect((await resultOf(good)).total).toBe('€170.00');
    await expect.poll(() => widget(page, 1).locator('.fallback').innerText()).toBe(
      'The return assistant isn’t available on this page right now. Please contact the store for help with a return.',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('rules[0].window.days: expected a positive whole number, got "thirty"');
    await context.close();
  });
});

describe('the ES module API', () => {
  it('mounts, opens, prefills, and reports open, answer, decision and close events with nothing personal', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/api.html`, { now: NOW });
    await page.waitForFunction(() => 'widget' in window);
    await page.evaluate(() => (window as unknown as { widget: { open: () => Promise<void> } }).widget.open());
    const panel = widget(page);
    await panel.locator('.composer .replies button').first().waitFor();
    await page.evaluate(() => (window as unknown as { widget: { prefill: (facts: object) => void } }).widget.prefill({ paymentMethod: 'paypal' }));
    // The page gives the seller and the price, and prefills the payment method: only the situation and the delivery date are asked.
    for (const text of ['I changed my mind', '2026-11-10']) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(expected(igarden, { situation: 'changed-mind', soldBy: 'store', pricePaidCents: 12_999, paymentMethod: 'paypal', deliveredAt: '2026-11-10' }));
    // $129.99 less the 3.49% PayPal transaction fee ($4.54).
    expect((await resultOf(panel)).total).toBe('$125.45');
    await page.keyboard.press('Escape');
    const events = await page.evaluate(() => (window as unknown as { events: { name: string; detail: Record<string, unknown> }[] }).events);
    expect(events.map((event) => event.name)).toEqual(['open', 'answer', 'answer', 'decision', 'close']);
    expect(events.find((event) => event.name === 'decision')!.detail).toEqual({
      policy: 'igarden',
      verdict: 'eligible',
      situation: 'changed-mind',
      reasons: ['igarden.window.30-days'],
    });
    // Answers are reported by question only: never a date, a price or anything typed.
    expect(JSON.stringify(events)).not.toMatch(/2026-11-10|129|125/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the classic script', () => {
  it('mounts from its data attributes and reaches a decision', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/classic.html`, { now: NOW });
    const panel = widget(page);
    await start(panel);
    // The page says it is a digital product (data-category): the seller is asked, the category never.
    for (const text of ['I changed my mind', 'Sold and shipped by iMicro']) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(expected(imicro, { situation: 'changed-mind', soldBy: 'store', category: 'digital' }));
    expect(problems).toEqual([]);
    await context.close();
  });
});
