/** The built widget in Chromium: full conversations by keyboard and mouse, matching evaluate(). */
import { POUNDS_PER_KILOGRAM } from '../../src/conversation/parse.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDecision } from '../../src/conversation/index.ts';
import { addDays, evaluate, instantAt, localDateAt } from '../../src/policy/index.ts';
import { IMICRO_KEPT, igarden, imicro } from '../support/policies.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { axeViolations, openPage, useBrowserAndServer } from './browser.ts';
import { answer, answerByKeyboard, expectedResult, resultOf, tabTo, widget } from './drive.ts';

const timeZone = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', timeZone);
const TODAY = localDateAt(NOW, timeZone);
const shared = useBrowserAndServer({ beforeAll, afterAll });

function decide(policy: Policy, facts: Facts) {
  const decision = evaluate(policy, facts, NOW, { timeZone });
  if (!decision.settled) throw new Error('the scenario should settle');
  return decision;
}

function expected(policy: Policy, facts: Facts) {
  return expectedResult(describeDecision(decide(policy, facts), policy, 'en'));
}

const FROM_IGARDEN = 'From iGarden (iGarden website or the Amazon iGarden direct store)';

/** How the policy says a value of a fact in "If …" lines: its `says` text. */
function says(policy: Policy, fact: string, value: boolean | string): string {
  const text = policy.facts[fact]?.says?.[String(value)];
  if (!text) throw new Error(`the policy has no words for ${fact} = ${String(value)}`);
  return typeof text === 'string' ? text : text.en;
}

type Step = { choose: string } | { type: string };
const scenarios: { name: string; policy: Policy; page: string; steps: Step[]; facts: Facts; ways?: string[] }[] = [
  {
    name: 'iMicro: a graphics card returned within 30 days',
    policy: imicro,
    page: 'imicro.html',
    steps: [
      { choose: 'I changed my mind' },
      { choose: 'Sold and shipped by iMicro' },
      { choose: 'A physical product' },
      // A date typed as a shopper would, in the locale's order (month/day/year in English).
      { type: '11/01/2026' },
      { choose: 'Yes, everything is complete' },
      { choose: 'No' },
      // No fee is a share of the price, so iMicro never asks it.
      { type: '14 kg' },
    ],
    facts: {
      ...IMICRO_KEPT,
      invoiceDate: '2026-11-01',
      weightPounds: 14 * POUNDS_PER_KILOGRAM,
    },
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
    steps: [
      { choose: 'It’s defective' },
      { choose: FROM_IGARDEN },
      { choose: 'In the United States or Canada' },
      { choose: 'Yesterday' },
      { choose: 'PayPal' },
      { type: '599' },
    ],
    facts: { situation: 'defective', soldBy: 'store', region: 'domestic', deliveredAt: addDays(TODAY, -1), paymentMethod: 'paypal', pricePaidCents: 59_900 },
    // Within 48 hours too, the inspection may find it working: both ways are shown.
    ways: [says(igarden, 'qualityConfirmed', true), says(igarden, 'qualityConfirmed', false)],
  },
  {
    name: 'iGarden: a defect found 10 days after delivery (beyond 48 hours, within 30 days)',
    policy: igarden,
    page: 'igarden.html',
    steps: [
      { choose: 'It’s defective' },
      { choose: FROM_IGARDEN },
      { choose: 'In the United States or Canada' },
      { type: 'Nov 13' },
      { choose: 'PayPal' },
      { type: '$129.99' },
    ],
    facts: { situation: 'defective', soldBy: 'store', region: 'domestic', deliveredAt: addDays(TODAY, -10), paymentMethod: 'paypal', pricePaidCents: 12_999 },
    // iGarden's inspection decides, so the card shows both ways it can go.
    ways: [says(igarden, 'qualityConfirmed', true), says(igarden, 'qualityConfirmed', false)],
  },
  {
    name: 'iGarden: cancelling an order placed yesterday afternoon',
    policy: igarden,
    page: 'igarden.html',
    // No fee is a share of the price, so it is not asked: the total reads "the price you paid".
    steps: [{ choose: 'Cancel my order' }, { choose: FROM_IGARDEN }, { choose: 'No' }, { choose: 'No' }, { choose: 'Yesterday' }, { type: '0430P' }],
    facts: { situation: 'cancel-order', soldBy: 'store', shipped: false, preOrder: false, orderedAt: `${addDays(TODAY, -1)}T16:30` },
  },
];

describe('a whole conversation by keyboard only', () => {
  it.each(scenarios)('$name', async ({ policy, page: pageName, steps, facts, ways }) => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/${pageName}`, { now: NOW });
    await widget(page).locator('button.launcher').waitFor();
    await tabTo(page, (focus) => focus.text === 'Can I return this?');
    await page.keyboard.press('Enter');
    for (const step of steps) await answerByKeyboard(page, step);
    const shown = await resultOf(widget(page));
    expect(shown).toEqual(expected(policy, facts));
    if (ways) {
      expect(shown.depends).toHaveLength(ways.length);
      for (const way of ways) expect(shown.depends!.filter((line) => line.startsWith(`If ${way}:`))).toHaveLength(1);
    }
    // Each way it can go says its total once ("You get back: $599.00", never "You get back: You get back …"); soft, so the rest is still checked.
    for (const line of shown.depends ?? []) expect.soft(line.match(/You get back/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    // Escape closes and gives focus back to the launcher.
    await page.keyboard.press('Escape');
    await expect.poll(() => widget(page).locator('.overlay').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('launcher');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the 10-day defect is past the 48-hour remedy: the 30-day window decides, with both ways the inspection can go', () => {
    // What the scenario above checks the card against, checked here to be what that scenario is about.
    const decision = decide(igarden, scenarios.find((scenario) => scenario.name.includes('10 days after delivery'))!.facts);
    expect(decision.ruleId).toBe('igarden.window.30-days');
    expect(decision.alternatives.map((way) => way.when)).toEqual(
      expect.arrayContaining([[{ fact: 'qualityConfirmed', value: true }], [{ fact: 'qualityConfirmed', value: false }]]),
    );
    expect(decision.alternatives).toHaveLength(2);
  });
});

describe('by mouse', () => {
  it('an iGarden change of mind, with the refund breakdown', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW });
    const panel = widget(page);
    await panel.locator('button.launcher').click();
    // A change of mind: situation, seller, delivery date, payment method, then the price (a fee is a share of it).
    for (const text of ['I changed my mind', FROM_IGARDEN, '2026-11-10', 'PayPal', '129.99']) await answer(panel, text);
    const facts: Facts = { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal', pricePaidCents: 12_999 };
    expect(await resultOf(panel)).toEqual(expected(igarden, facts));
    const view = describeDecision(decide(igarden, facts), igarden, 'en');
    await expect.poll(() => panel.locator('.refund tbody tr').allInnerTexts()).toEqual(view.refund!.rows.map((row) => `${row.label}\t${row.amount}`));
    await expect
      .poll(() => panel.locator('.refund tbody tr').allInnerTexts())
      .toEqual([
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
