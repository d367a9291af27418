/** Driving the widget as a shopper: by keyboard or by mouse, reading what the panel shows. */
import type { Locator, Page } from 'playwright-core';
import { describeDecision } from '../../src/conversation/index.ts';
import type { ResultView } from '../../src/conversation/index.ts';
import { evaluate, instantAt } from '../../src/policy/index.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';

/** The panel of the n-th widget on the page (shadow DOM is pierced by Playwright's locators). */
export const widget = (page: Page, index = 0): Locator => page.locator('return-assistant').nth(index);

/** The text and tag of the focused element, looking inside shadow roots. */
export function focused(page: Page): Promise<{ tag: string; text: string; type: string | null }> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { tag: element?.tagName.toLowerCase() ?? '', text: element?.textContent?.trim() ?? '', type: element?.getAttribute('type') ?? null };
  });
}

/** Tabs (forward) until the focused element matches, then returns; throws after 40 presses. */
export async function tabTo(page: Page, matches: (focus: { tag: string; text: string; type: string | null }) => boolean): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (matches(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached the wanted element by Tab; last focus: ${JSON.stringify(await focused(page))}`);
}

/** Answers by keyboard only: an option by its label, or typed text in the answer box. */
export async function answerByKeyboard(page: Page, answer: { choose: string } | { type: string }): Promise<void> {
  if ('choose' in answer) {
    await tabTo(page, (focus) => focus.tag === 'button' && focus.text === answer.choose);
    await page.keyboard.press('Enter');
  } else {
    await tabTo(page, (focus) => focus.tag === 'input');
    await page.keyboard.type(answer.type);
    await page.keyboard.press('Enter');
  }
  await drawn(page);
}

/** The label of the "I don't know" quick reply every question but the first offers. */
export const DONT_KNOW = 'I don’t know';

/** What the result card says, in the shape `expectedResult` gives from describeDecision(). */
export interface ShownResult {
  title: string;
  /** What comes back ("Refund to your original payment method"), or null. */
  outcome: string | null;
  /** The deadline's label ("Last day to start your return: …"), or null. */
  deadline: string | null;
  /** The line after it ("N days left · Counted from the delivery: …"), or null. */
  deadlineDetail: string | null;
  /** The refund table's last line: its label and amount (the amount is empty when the price was not asked). */
  totalLabel: string | null;
  total: string | null;
  /** The "It depends" section: one line for each way it can go, or null when there is none. */
  depends: string[] | null;
}

/** What the result card says. */
export async function resultOf(panel: Locator): Promise<ShownResult> {
  const card = panel.locator('.result');
  await card.waitFor();
  const text = async (selector: string) => ((await card.locator(selector).count()) ? (await card.locator(selector).innerText()).trim() : null);
  const detail = await text('.deadline > span');
  return {
    title: (await card.locator('h3 .title').innerText()).trim(),
    outcome: await text('.outcome'),
    deadline: await text('.deadline strong'),
    deadlineDetail: detail === null ? null : detail.replace(/^·\s*/, ''),
    totalLabel: await text('tfoot th'),
    total: await text('tfoot td'),
    depends: (await card.locator('.depends').count()) ? (await card.locator('.depends li').allInnerTexts()).map((line) => line.trim()) : null,
  };
}

/** What the result card should say: describeDecision()'s view, in the shape `resultOf` reads. */
export function expectedResult(view: ResultView): ShownResult {
  return {
    title: view.title,
    outcome: view.outcome,
    deadline: view.deadline?.label ?? null,
    deadlineDetail: view.deadline?.detail ?? null,
    totalLabel: view.refund?.totalLabel ?? null,
    total: view.refund?.total ?? null,
    depends: view.alternatives.length
      ? view.alternatives.map((way) => `${way.condition}: ${[way.title, way.deadline, way.total].filter(Boolean).join(' · ')}`)
      : null,
  };
}

/** The moment the browser tests fix their pages' clocks to: 23 November 2026, 15:00 in New York (the browser contexts' zone). */
const TESTS_NOW = instantAt('2026-11-23T15:00', 'America/New_York');

/** What the result card should say for these facts: evaluate() then describeDecision(), in English. */
export function expected(policy: Policy, facts: Facts, now = TESTS_NOW, timeZone = 'America/New_York'): ShownResult {
  const decision = evaluate(policy, facts, now, { timeZone });
  if (!decision.settled) throw new Error(`the scenario should settle; it needs ${decision.needed.map((need) => need.fact).join(', ')}`);
  return expectedResult(describeDecision(decision, policy, 'en'));
}

/** Answers by mouse: clicks the option with that exact label, or fills the answer box and presses Enter. */
export async function answer(panel: Locator, text: string): Promise<void> {
  const composer = panel.locator('.composer');
  // Fail fast, and say why, when nothing is being asked (the result is already shown): not after a 30 s locator timeout.
  try {
    await composer.waitFor({ timeout: 5_000 });
  } catch {
    const shown = (await panel.locator('.result h3 .title').count()) ? `the result "${await panel.locator('.result h3 .title').innerText()}"` : 'no question';
    throw new Error(`cannot answer "${text}": the panel shows ${shown}`);
  }
  const option = composer.getByRole('button', { name: text, exact: true });
  if (await option.count()) {
    await option.first().click();
  } else {
    const input = composer.locator('input');
    if (!(await input.count())) throw new Error(`cannot answer "${text}": no such option and no answer box`);
    await input.fill(text);
    await input.press('Enter');
  }
  await drawn(panel);
}

/**
 * Waits until the panel has drawn the last answer: an answer is drawn in a task after the click or key, and until
 * then the panel says it is busy (and drops what is sent, as about a question no longer shown).
 */
export async function drawn(panel: Locator | Page): Promise<void> {
  await panel.locator('.overlay[aria-busy="true"], .inline[aria-busy="true"]').waitFor({ state: 'detached' });
}

/** Opens the launcher: the first question is asked at once, with its quick replies; returns once the panel has finished rising. */
export async function start(panel: Locator): Promise<void> {
  await panel.locator('button.launcher').click();
  await panel.locator('.composer .replies button').first().waitFor();
  await panel.locator('.overlay').evaluate((overlay) => Promise.all(overlay.getAnimations({ subtree: true }).map((animation) => animation.finished)));
}
