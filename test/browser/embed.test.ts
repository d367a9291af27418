/** The ways a merchant embeds the widget: its own policy, the ES module API with analytics events, the classic script. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '../../src/policy/index.ts';
import { openPage, useBrowserAndServer } from './browser.ts';
import { answer, resultOf, start, widget } from './drive.ts';

const NOW = instantAt('2026-11-23T15:00', 'America/New_York');
const shared = useBrowserAndServer({ beforeAll, afterAll });

describe('a merchant’s own policy', () => {
  it('a valid one runs; an invalid one tells the merchant the path and the shopper a polite fallback', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/own-policy.html`, { now: NOW });
    const good = widget(page, 0);
    await good.getByRole('button', { name: 'Start' }).click();
    for (const text of ['I changed my mind', '2026-11-20', '200']) await answer(good, text);
    expect(await resultOf(good)).toEqual({ title: 'Yes — you can return it', deadline: 'Last day to start: Friday, December 4, 2026', total: '€170.00' });
    await expect.poll(() => widget(page, 1).locator('.fallback').innerText()).toBe(
      'The return assistant isn’t available on this page right now. Please contact the store for help with a return.',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('returns.window.days: expected a positive whole number, got "thirty"');
    await context.close();
  });
});

describe('the ES module API', () => {
  it('mounts, opens, prefills, and reports open, answer, decision and close events with nothing personal', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/api.html`, { now: NOW });
    await page.waitForFunction(() => 'widget' in window);
    await page.evaluate(() => (window as unknown as { widget: { open: () => Promise<void> } }).widget.open());
    const panel = widget(page);
    await panel.getByRole('button', { name: 'Start' }).click();
    await page.evaluate(() => (window as unknown as { widget: { prefill: (facts: object) => void } }).widget.prefill({ paymentMethod: 'paypal' }));
    for (const text of ['I changed my mind', '2026-11-10']) await answer(panel, text);
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
    for (const text of ['I changed my mind', 'Sold and shipped by iMicro']) await answer(panel, text);
    expect((await resultOf(panel)).title).toBe('No — this can’t be returned');
    expect(problems).toEqual([]);
    await context.close();
  });
});
