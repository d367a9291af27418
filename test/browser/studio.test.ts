/**
 * The policy studio in Chromium, driven as a merchant would: start from an example, break a value and
 * see the error at its path, fix it and see the preview's answer change, add a shopper case and export
 * the table, run that file with the CLI and get the same result, import JSON-LD; axe at WCAG 2.2 AA in
 * each state; keyboard only; drafts across a reload. The studio is built here with the demo site's
 * own Vite config (as `vite build` builds it) and served as static files.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDecision } from '../../src/conversation/index.ts';
import { addDays, evaluate, localDateAt, validatePolicy } from '../../src/policy/index.ts';
import type { Facts } from '../../src/policy/index.ts';
import { axeViolations, launch, openPage } from './browser.ts';
import { answer, expectedResult, resultOf, widget } from './drive.ts';
import { buildAndServeSite, root } from '../studio/site.ts';

const timeZone = 'America/New_York';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

/**
 * Sephora Hong Kong, an online order received 13 days ago, sealed, a single item: the answers, and the facts they give.
 * The page's clock is not fixed (the editor's lint waits on the real one), so the dates are counted from today.
 */
const receivedOn = addDays(localDateAt(Date.now(), timeZone), -13);
const SHOPPER = ['I changed my mind', 'No', 'Unopened and unused, a single item', 'Online at sephora.hk', receivedOn];
const SHOPPER_FACTS: Facts = {
  situation: 'changed-mind',
  statedNonReturnable: false,
  unopened: true,
  partOfSet: false,
  boughtWhere: 'online',
  deliveredAt: receivedOn,
};
const examplePolicy = JSON.parse(readFileSync(join(root, 'examples/policies/sephora-hk/policy.json'), 'utf8')) as { rules: { window?: { days?: number } }[] };

/** What the widget should show this shopper under a policy: the title describeDecision() gives. */
function expectedTitle(data: unknown): string {
  const validation = validatePolicy(data);
  if (!validation.ok) throw new Error(validation.errors.join('\n'));
  const decision = evaluate(validation.policy, SHOPPER_FACTS, Date.now(), { timeZone });
  if (!decision.settled) throw new Error('the shopper’s case should settle');
  return expectedResult(describeDecision(decision, validation.policy, 'en')).title;
}

const shared = {} as { browser: Awaited<ReturnType<typeof launch>>; site: Awaited<ReturnType<typeof buildAndServeSite>> };
let origin = '';

beforeAll(async () => {
  [shared.site, shared.browser] = await Promise.all([buildAndServeSite(), launch()]);
  origin = shared.site.origin;
}, 120_000);

afterAll(async () => {
  await shared.browser?.close();
  await shared.site?.close();
});

const open = () => openPage(shared.browser, `${origin}/studio/`);

/** The editor’s text, as CodeMirror holds it (read through the editor’s own DOM link: only part of a long text is drawn). */
const editorText = (page: Page) =>
  page.evaluate(() =>
    (
      document.querySelector('.cm-content') as HTMLElement & { cmTile?: { root: { view: { state: { doc: { toString(): string } } } } } }
    ).cmTile!.root.view.state.doc.toString(),
  );

/** Finds text in the editor with its search panel (Ctrl+F), and types over it, as a merchant edits. */
async function replaceInEditor(page: Page, find: string, replacement: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  await page.keyboard.type(find);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.type(replacement);
}

/**
 * Rests the mouse on the first place `text` is drawn in the editor until its hover help shows. The place is
 * measured again on each try: the editor may still be scrolling, or drawing, when the first is made.
 */
async function hoverText(page: Page, text: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const box = await page.locator('.cm-content').evaluate((content, wanted) => {
      const scroller = content.closest('.cm-scroller')!.getBoundingClientRect();
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rect = range.getBoundingClientRect();
        const visible = rect.top >= scroller.top && rect.bottom <= scroller.bottom;
        return visible ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
      }
      return null;
    }, text);
    if (box) {
      await page.mouse.move(1, 1);
      await page.mouse.move(box.x, box.y, { steps: 3 });
      try {
        await page.locator('.field-help').waitFor({ timeout: 1_500 });
        return;
      } catch {
        // Not shown yet: measure again and rest the mouse there again.
      }
    } else {
      await page.waitForTimeout(200);
    }
  }
  throw new Error(`no hover help over ${text}`);
}

/** Enter on the completion list; CodeMirror ignores an Enter within 75 ms of the list changing (so a fast typist's Enter is a new line). */
async function acceptCompletion(page: Page): Promise<void> {
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
}

async function openExample(page: Page, id: string): Promise<void> {
  await page.getByLabel('Start from').selectOption(id);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByText(`Opened the ${id} example`).waitFor();
}

const problemsList = (page: Page) => page.locator('.findings li');

describe('a merchant in the studio', () => {
  it('starts from an example, breaks a value, fixes it, and sees the preview’s answer change; axe finds nothing in any state', async () => {
    const { page, context, problems, requests } = await open();
    const found: Record<string, string[]> = {};
    const check = async (state: string) => {
      found[state] = await axeViolations(page);
    };
    await page.locator('.cm-content').waitFor();
    await widget(page).locator('.composer .replies button').first().waitFor();
    await check('blank template, preview');

    await openExample(page, 'sephora-hk');
    await expect.poll(() => page.locator('[role=status].summary').first().innerText()).toMatch(/No problems|0 errors/);
    const panel = widget(page);
    for (const text of SHOPPER) await answer(panel, text);
    const before = await resultOf(panel);
    expect(before.title).toBe(expectedTitle(examplePolicy));
    await check('example, preview with a result');

    // A value of the wrong type: the error is listed with its path and marked where it was typed.
    await replaceInEditor(page, '"days": 30', '"days": "thirty"');
    const error = problemsList(page).filter({ hasText: 'rules[3].window.days' });
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.innerText()).toMatch(/Error rules\[3\]\.window\.days \(line \d+\): expected .*got "thirty"/);
    await expect.poll(() => page.locator('.cm-lintRange-error').first().innerText()).toBe('"thirty"');
    await page.getByText('The other panels show the last valid version.').waitFor();
    await check('an error in the policy');

    // Clicking the problem goes to its place in the text.
    await error.getByRole('button').click();
    expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe('"thirty"');

    await replaceInEditor(page, '"thirty"', '10');
    await expect.poll(() => problemsList(page).filter({ hasText: 'rules[3].window.days' }).count()).toBe(0);
    const edited = structuredClone(examplePolicy);
    edited.rules[3]!.window!.days = 10;
    const after = expectedTitle(edited);
    expect(after).not.toBe(before.title);
    // The preview is mounted again on the fixed policy, with the shopper's answers kept.
    await expect.poll(async () => (await panel.locator('.result h3 .title').count()) && (await resultOf(panel)).title, { timeout: 10_000 }).toBe(after);
    await check('fixed, preview with the new answer');

    // Dark, Spanish, phone width: the real widget in each.
    await page.getByLabel('Dark').check();
    await page.getByLabel('Spanish').check();
    await page.getByLabel('Phone, 360 px').check();
    await expect.poll(() => panel.locator('[lang=es]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.stage.dark.phone .frame').evaluate((frame) => frame.getBoundingClientRect().width)).toBe(360);
    await check('preview: dark, Spanish, 360 px');

    await page.getByRole('tab', { name: 'Questions' }).click();
    await page.getByText('Questions per path, mean').waitFor({ timeout: 30_000 });
    expect(await page.locator('pre.chart').textContent()).toMatch(/^\s*stateDiagram-v2/);
    expect((await page.locator('.branches > li').allInnerTexts()).length).toBeGreaterThan(0);
    await check('questions');

    await page.getByRole('tab', { name: 'Coverage' }).click();
    const source = readFileSync(join(root, 'examples/policies/sephora-hk/policy.json'), 'utf8');
    const firstQuote = (JSON.parse(source) as { rules: { quote: string }[] }).rules[3]!.quote;
    await page.getByLabel(/Your returns page/).fill(`Returns\n${firstQuote}.\nWe love our customers.`);
    await page.locator('.sentences li.encoded').first().waitFor();
    expect(await page.locator('.sentences li.not-encoded').innerText()).toContain('We love our customers.');
    await page.locator('.sentences li.encoded').getByRole('button').first().click();
    expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toContain(firstQuote.slice(0, 20));
    await check('coverage');

    expect(Object.entries(found).filter(([, violations]) => violations.length > 0)).toEqual([]);
    expect(problems).toEqual([]);
    // Nothing leaves the browser: every request is for the studio's own files.
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    await context.close();
  });

  it('completes keys and values from the JSON Schema, and explains a field on hover', async () => {
    const { page, context } = await open();
    await page.locator('.cm-content').waitFor();
    // In the blank template's first rule: a new line after its verdict, and the completion list.
    await replaceInEditor(page, '"verdict": "eligible",', '"verdict": "eligible",');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor();
    const keys = await options.allInnerTexts();
    expect(keys.join(' ')).toContain('"ifClosed"');
    expect(keys.join(' ')).toContain('"fees"');
    // Keys the rule has are not offered again.
    expect(keys.some((key) => key.startsWith('"verdict"'))).toBe(false);
    await page.keyboard.type('"ifC');
    await expect.poll(() => options.allInnerTexts()).toEqual(['"ifClosed"']);
    await acceptCompletion(page);
    await page.keyboard.press('Control+Space');
    await expect.poll(() => options.allInnerTexts()).toEqual(expect.arrayContaining(['"not-eligible"', '"next"']));
    await page.keyboard.type('"nex');
    await expect.poll(() => options.allInnerTexts()).toEqual(['"next"']);
    await acceptCompletion(page);
    await page.keyboard.type(',');
    expect(await editorText(page)).toContain('"ifClosed": "next",');
    await page.getByText('No problems: the policy is valid.').waitFor();

    await page.keyboard.press('Control+Home');
    await hoverText(page, '"currency"');
    await expect.poll(() => page.locator('.field-help').innerText()).toMatch(/^store\.currency\s+ISO 4217 code, e\.g\. USD\. Accepts text matching/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('edits the common parts in a form that stays in step with the file', async () => {
    const { page, context, problems } = await open();
    await page.locator('.cm-content').waitFor();
    await openExample(page, 'sephora-hk');
    await page.getByRole('tab', { name: 'Form' }).click();
    const windowDays = page.getByLabel('Window, days').first();
    expect(await windowDays.inputValue()).toBe('30');
    await windowDays.fill('10');
    await windowDays.press('Tab');
    await expect.poll(async () => JSON.parse(await editorText(page)).rules[3].window.days).toBe(10);
    // The rest of the file is as it was written: only that value changed.
    expect(await editorText(page)).toBe(readFileSync(join(root, 'examples/policies/sephora-hk/policy.json'), 'utf8').replace('"days": 30', '"days": 10'));
    await replaceInEditor(page, '"days": 10', '"days": 20');
    await expect.poll(() => windowDays.inputValue()).toBe('20');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('adds a shopper case, exports the table, and the CLI’s check gives the same result as the studio', async () => {
    const { page, context, problems } = await open();
    await page.locator('.cm-content').waitFor();
    await openExample(page, 'sephora-hk');
    // A policy change the example's table does not expect: some rows fail, in the studio and in the CLI.
    await replaceInEditor(page, '"days": 30', '"days": 10');
    await expect.poll(async () => (await editorText(page)).includes('"days": 10')).toBe(true);
    await page.getByRole('tab', { name: 'Scenarios' }).click();
    await page.getByText(/\d+ passed, \d+ failed/).waitFor();

    await page.getByLabel('Name').fill('sealed, online, received 13 days ago: support says yes');
    await page.getByLabel('Now (the shopper’s local time)').fill('2026-11-23T15:00');
    for (const [fact, value] of [
      ['situation', 'changed-mind'],
      ['statedNonReturnable', 'false'],
      ['boughtWhere', 'online'],
      ['unopened', 'true'],
      ['partOfSet', 'false'],
    ] as const) {
      await page.locator(`#fact-${fact}`).selectOption(value);
    }
    await page.locator('#fact-deliveredAt').fill('2026-11-10');
    await expect.poll(() => page.locator('.new-scenario .decision strong').first().innerText()).toBe('not-eligible');
    await page.getByLabel('Verdict').selectOption('eligible');
    await page.getByRole('button', { name: 'Add to the table' }).click();
    const added = page.locator('.scenario-table tbody tr').filter({ hasText: 'support says yes' });
    await expect.poll(() => added.locator('td').first().innerText()).toBe('FAIL');
    expect(await added.innerText()).toContain('verdict: expected "eligible", got "not-eligible"');
    expect(await axeViolations(page)).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'studio-export-'));
    const [tableDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export scenarios.json' }).click()]);
    expect(tableDownload.suggestedFilename()).toBe('scenarios.json');
    await tableDownload.saveAs(join(dir, 'scenarios.json'));
    await page.getByRole('tab', { name: 'Publish' }).click();
    const [policyDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download policy.json' }).click()]);
    await policyDownload.saveAs(join(dir, 'policy.json'));
    expect(readFileSync(join(dir, 'policy.json'), 'utf8')).toBe(await editorText(page));

    await page.getByRole('tab', { name: 'Scenarios' }).click();
    const rows = await page
      .locator('.scenario-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => `${tr.children[0]!.textContent === 'ok' ? 'ok  ' : 'FAIL'} ${tr.children[1]!.firstChild!.textContent}`));
    const summary = await page.getByText(/\d+ passed, \d+ failed/).innerText();
    const cli = spawnSync(process.execPath, [join(root, 'bin/return-assistant.mjs'), 'check', join(dir, 'policy.json'), join(dir, 'scenarios.json')], {
      encoding: 'utf8',
    });
    const lines = cli.stdout.trim().split('\n');
    expect(lines.filter((line) => /^(ok|FAIL) /.test(line))).toEqual(rows);
    expect(lines.at(-1)).toBe(summary);
    expect(lines).toContain('     verdict: expected "eligible", got "not-eligible"');
    expect(cli.status).toBe(1);
    rmSync(dir, { recursive: true, force: true });

    // Opening another example replaces the table; the one with the merchant's case can be brought back.
    await openExample(page, 'imicro');
    await expect.poll(() => page.locator('.scenario-table tbody tr').filter({ hasText: 'support says yes' }).count()).toBe(0);
    await page.getByRole('button', { name: /Bring back the scenario table you had \(15 cases\)/ }).click();
    await expect.poll(() => page.locator('.scenario-table tbody tr').filter({ hasText: 'support says yes' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('publishes snippets pinned with the SRI hashes of the built widget, and the download size measured from its files', async () => {
    const { page, context } = await open();
    await page.getByRole('tab', { name: 'Publish' }).click();
    const file = readFileSync(join(root, `dist/return-assistant/${version}/return-assistant.js`));
    await expect.poll(() => page.locator('#embed-snippet').innerText()).toContain(`integrity="sha384-${createHash('sha384').update(file).digest('base64')}"`);
    const snippet = await page.locator('#embed-snippet').innerText();
    expect(snippet).toContain('<script type="application/json">{"format":2');
    expect(await page.locator('#json-ld-snippet').innerText()).toContain('"@type": "MerchantReturnPolicy"');
    // The download size is measured from the built files: the widget's gzip total agrees with zlib's on the same files.
    await page.locator('table.sizes').waitFor();
    const chunks = readdirSync(join(root, `dist/return-assistant/${version}/chunks`));
    const files = ['return-assistant.js', ...['load-', 'own-policy-', 'en-'].map((prefix) => `chunks/${chunks.find((name) => name.startsWith(prefix))!}`)];
    const gzipped = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(root, `dist/return-assistant/${version}`, name))).length, 0);
    const shown = Number(/([\d.]+) KB$/.exec(await page.locator('table.sizes tbody tr').first().locator('td').last().innerText())![1]) * 1024;
    expect(Math.abs(shown - gzipped) / gzipped).toBeLessThan(0.03);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('imports a JSON-LD block, and says why when an import fails', async () => {
    const { page, context, problems } = await open();
    await page.locator('.cm-content').waitFor();
    await page.getByText('Import schema.org JSON-LD').click();
    const box = page.getByLabel(/Paste a MerchantReturnPolicy JSON-LD block/);
    await box.fill('<html><body>no data</body></html>');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/No JSON-LD found/);
    expect(await axeViolations(page)).toEqual([]);

    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'MerchantReturnPolicy',
      applicableCountry: 'US',
      returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
      merchantReturnDays: 45,
      returnFees: 'https://schema.org/FreeReturn',
    };
    await box.fill(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported the MerchantReturnPolicy').waitFor();
    expect(await editorText(page)).toContain('merchantReturnDays: 45');
    await page.getByText('No problems: the policy is valid.').waitFor();
    await widget(page).locator('.composer .replies button').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the draft across a reload, invalid JSON and all, pointing at the broken line', async () => {
    const { page, context } = await open();
    await page.locator('.cm-content').waitFor();
    await openExample(page, 'sephora-hk');
    await replaceInEditor(page, '"format": 2,', '"format": 2');
    const syntax = problemsList(page).filter({ hasText: 'not valid JSON' });
    await syntax.waitFor();
    expect(await syntax.innerText()).toMatch(/line 3, column \d+/);
    const text = await editorText(page);
    await page.getByText('Draft saved in this browser.').waitFor();
    await page.reload();
    await page.getByText(/Restored your draft/).waitFor();
    expect(await editorText(page)).toBe(text);
    await problemsList(page).filter({ hasText: 'not valid JSON' }).waitFor();
    await context.close();
  });

  it('works, and says so, where the browser keeps no drafts', async () => {
    const context = await shared.browser.newContext({ timezoneId: timeZone });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/studio/`);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await page.getByText(/does not keep drafts/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('keyboard only', () => {
  it('opens an example, edits, leaves the editor with Tab, follows a problem to its place and switches tabs', async () => {
    const { page, context } = await open();
    await page.locator('.cm-content').waitFor();
    const active = () =>
      page.evaluate(() => ({
        tag: document.activeElement?.tagName.toLowerCase(),
        id: document.activeElement?.id,
        role: document.activeElement?.getAttribute('role'),
        text: document.activeElement?.textContent?.trim().slice(0, 40),
        editor: document.activeElement?.classList.contains('cm-content') ?? false,
      }));
    const tabUntil = async (matches: (focus: Awaited<ReturnType<typeof active>>) => boolean, shift = false) => {
      for (let presses = 0; presses < 60; presses += 1) {
        if (matches(await active())) return;
        await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
      }
      throw new Error(`never reached by Tab; focus is on ${JSON.stringify(await active())}`);
    };
    await tabUntil((focus) => focus.id === 'start-choice');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabUntil((focus) => focus.text === 'Open');
    await page.keyboard.press('Enter');
    const chosen = await page.locator('#start-choice').inputValue();
    await page.getByText(`Opened the ${chosen} example`).waitFor();

    await tabUntil((focus) => focus.editor);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(',');
    await problemsList(page).filter({ hasText: 'not valid JSON' }).waitFor();
    // Tab leaves the editor: keyboard users are never trapped in it.
    await page.keyboard.press('Tab');
    expect((await active()).editor).toBe(false);
    await tabUntil((focus) => focus.tag === 'button' && (focus.text ?? '').startsWith('Error'));
    await page.keyboard.press('Enter');
    expect((await active()).editor).toBe(true);
    await page.keyboard.press('Control+z');
    await page.getByText('No problems: the policy is valid.').waitFor();

    await tabUntil((focus) => focus.role === 'tab');
    await page.keyboard.press('ArrowRight');
    expect((await active()).text).toBe('Form');
    await page.keyboard.press('End');
    expect((await active()).text).toBe('Coverage');
    await page.getByLabel(/Your returns page/).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await active()).id).toBe('coverage-text');
    await context.close();
  });
});
