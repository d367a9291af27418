/** The built widget in Chromium: full conversations by keyboard and mouse, matching evaluate(). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDecision } from '../../src/conversation/index.ts';
import { evaluate, instantAt } from '../../src/policy/index.ts';
import { igarden, imicro } from '../support/policies.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { openPage, useBrowserAndServer } from './browser.ts';
import { answerByKeyboard, resultOf, tabTo, widget } from './drive.ts';

const timeZone = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', timeZone);
const shared = useBrowserAndServer({ beforeAll, afterAll });

function expected(policy: Policy, facts: Facts) {
  const decision = evaluate(policy, facts, NOW, { timeZone });
  if (!decision.settled) throw new Error('the scenario should settle');
  const view = describeDecision(decision, policy, 'en');
  return { title: view.title, deadline: view.deadline?.label ?? null, total: view.refund?.total ?? null };
}

type Step = { choose: string } | { type: string };
const scenarios: { name: string; policy: Policy; page: string; steps: Step[]; facts: Facts }[] = [
  {
    name: 'iMicro: a graphics card returned within 30 days',
    policy: imicro,
    page: 'imicro.html',
    steps: [
      { choose: 'I changed my mind' },
      { choose: 'Sold and shipped by iMicro' },
      { choose: 'A physical product' },
      // A native date input, typed as a keyboard user would: month, day, year.
      { type: '11012026' },
      { choose: 'Yes, everything is complete' },
      { choose: 'No' },
      { type: '$549.99' },
      { type: '14 kg' },
    ],
    facts: { situation: 'changed-mind', soldBy: 'store', category: 'standard', invoiceDate: '2026-11-01', packagingComplete: true, labelsIntact: true, isBundle: false, pricePaidCents: 54_999, weightPounds: 14 * 2.20462262185 },
  },
  {
    name: 'iMicro: a software key is final sale',
    policy: imicro,
    page: 'imicro.html',
    steps: [{ choose: 'Check before I buy' }, { choose: 'Sold and shipped by iMicro' }, { choose: 'A digital product (download, key, subscription)' }],
    facts: { situation: 'before-buying', soldBy: 'store', category: 'digital' },
  },
  {
    name: 'iGarden: a defect reported the day after delivery',
    policy: igarden,
    page: 'igarden.html',
    steps: [{ choose: 'It’s defective' }, { choose: 'Sold and shipped by iGarden' }, { choose: 'In the United States or Canada' }, { choose: 'Yesterday' }, { type: '599' }],
    facts: { situation: 'defective', soldBy: 'store', region: 'domestic', deliveredAt: '2026-11-22', pricePaidCents: 59_900 },
  },
  {
    name: 'iGarden: cancelling an order placed yesterday afternoon',
    policy: igarden,
    page: 'igarden.html',
    steps: [{ choose: 'Cancel my order' }, { choose: 'Sold and shipped by iGarden' }, { choose: 'No' }, { choose: 'No' }, { choose: 'Yesterday' }, { type: '0430P' }, { type: '49' }],
    facts: { situation: 'cancel-order', soldBy: 'store', shipped: false, preOrder: false, orderedAt: '2026-11-22T16:30', pricePaidCents: 4_900 },
  },
];

describe('a whole conversation by keyboard only', () => {
  it.each(scenarios)('$name', async ({ policy, page: pageName, steps, facts }) => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/${pageName}`, { now: NOW });
    await widget(page).locator('button.launcher').waitFor();
    await tabTo(page, (focus) => focus.text === 'Can I return this?');
    await page.keyboard.press('Enter');
    await answerByKeyboard(page, { choose: 'Start' });
    for (const step of steps) await answerByKeyboard(page, step);
    expect(await resultOf(widget(page))).toEqual(expected(policy, facts));
    // Escape closes and gives focus back to the launcher.
    await page.keyboard.press('Escape');
    await expect.poll(() => widget(page).locator('.overlay').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('launcher');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('by mouse', () => {
  it('an iGarden change of mind, with the refund breakdown', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW });
    const panel = widget(page);
    await panel.locator('button.launcher').click();
    await panel.getByRole('button', { name: 'Start' }).click();
    for (const label of ['I changed my mind', 'Sold and shipped by iGarden']) await panel.getByRole('button', { name: label, exact: true }).click();
    await panel.locator('.composer input').fill('2026-11-10');
    await panel.getByRole('button', { name: 'Send' }).click();
    await panel.locator('.composer input').fill('129.99');
    await panel.getByRole('button', { name: 'Send' }).click();
    await panel.getByRole('button', { name: 'PayPal', exact: true }).click();
    const facts: Facts = { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', pricePaidCents: 12_999, paymentMethod: 'paypal' };
    expect(await resultOf(panel)).toEqual(expected(igarden, facts));
    await expect.poll(() => panel.locator('.refund tbody tr').allInnerTexts()).toEqual([
      'Price paid\t$129.99',
      'Original shipping (not refunded)\tnot refunded',
      'Return shipping (deducted)\t−amount not known yet',
      'Transaction fee (3.49%)\t−$4.54',
    ]);
    await panel.getByRole('button', { name: 'Why?' }).click();
    await expect.poll(() => panel.locator('#ra-why blockquote').first().innerText()).toContain('30 calendar days of delivery');
    expect(problems).toEqual([]);
    await context.close();
  });
});
