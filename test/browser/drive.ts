/** Driving the widget as a shopper: by keyboard or by mouse, reading what the panel shows. */
import type { Locator, Page } from 'playwright-core';

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
}

/** What the result card says. */
export async function resultOf(panel: Locator): Promise<{ title: string; deadline: string | null; total: string | null }> {
  const card = panel.locator('.result');
  await card.waitFor();
  const title = (await card.locator('h3 .title').innerText()).trim();
  const deadline = (await card.locator('.deadline').count()) ? (await card.locator('.deadline strong').innerText()).trim() : null;
  const total = (await card.locator('tfoot td').count()) ? (await card.locator('tfoot td').innerText()).trim() : null;
  return { title, deadline, total };
}

/** Answers by mouse: clicks the option with that exact label, or fills the answer box and presses Enter. */
export async function answer(panel: Locator, text: string): Promise<void> {
  const option = panel.locator('.composer').getByRole('button', { name: text, exact: true });
  if (await option.count()) {
    await option.first().click();
  } else {
    await panel.locator('.composer input').fill(text);
    await panel.locator('.composer input').press('Enter');
  }
}

/** Opens the launcher and starts the conversation. */
export async function start(panel: Locator): Promise<void> {
  await panel.locator('button.launcher').click();
  await panel.getByRole('button', { name: 'Start' }).click();
}
