/** Languages in Chromium: a French page, a German page with the store's own translated quotes, and a right-to-left language the page adds. */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeDecision, loadMessages, registerMessages } from '../../src/conversation/index.ts';
import type { Locale } from '../../src/conversation/index.ts';
import { de } from '../../src/conversation/messages/de.ts';
import { fr } from '../../src/conversation/messages/fr.ts';
import { evaluate, instantAt, validatePolicy } from '../../src/policy/index.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { igarden } from '../support/policies.ts';
import { axeViolations, openPage, useBrowserAndServer } from './browser.ts';
import { answer, expectedResult, resultOf, start, widget } from './drive.ts';

const timeZone = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', timeZone);
const shared = useBrowserAndServer({ beforeAll, afterAll });
registerMessages('fr', fr);
registerMessages('de', de);

afterEach(() => {
  globalThis.returnAssistantLanguages = undefined;
});

function expected(policy: Policy, facts: Facts, locale: Locale) {
  const decision = evaluate(policy, facts, NOW, { timeZone });
  if (!decision.settled) throw new Error('the scenario should settle');
  return expectedResult(describeDecision(decision, policy, locale));
}

/** A JSON block of a test page, as the page gives it. */
function pageJson(page: string, pattern: RegExp): unknown {
  return JSON.parse(pattern.exec(readFileSync(new URL(`pages/${page}`, import.meta.url), 'utf8'))![1]!);
}

const FROM_IGARDEN = 'From iGarden (iGarden website or the Amazon iGarden direct store)';
const gardenReturn: Facts = { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal', pricePaidCents: 12_999 };

describe('a page in French or German', () => {
  it('French (Canada): the launcher, the questions and the result in French, dates written the Canadian way', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/lang-fr.html`, { now: NOW, locale: 'fr-CA' });
    const panel = widget(page);
    const launcher = panel.locator('button.launcher');
    expect(await launcher.innerText()).toBe('Puis-je le retourner\u202f?');
    // The launcher's label is French; the panel, which writes dates, says which French.
    expect(await launcher.getAttribute('lang')).toBe('fr');
    await start(panel);
    expect(await panel.locator('.overlay').evaluate((overlay) => [overlay.getAttribute('lang'), overlay.getAttribute('dir')])).toEqual(['fr-CA', 'ltr']);
    expect(await panel.locator('h2').innerText()).toBe('Retours et annulations iGarden');
    // The policy has no French texts: its own words (the seller's name) are in English, the rest in French.
    for (const text of ['J’ai changé d’avis', FROM_IGARDEN]) await answer(panel, text);
    expect(await panel.locator('.composer input').getAttribute('placeholder')).toBe('Par exemple 2026-11-20, ou il y a 3 jours');
    // "11/10" has no usual order where dates are written year first: asked again, with the Canadian example.
    await answer(panel, '11/10');
    await expect.poll(() => panel.locator('.bubble.problem').last().innerText()).toContain('2026-11-20');
    for (const text of ['2026-11-10', 'PayPal', '129,99']) await answer(panel, text);
    const shown = await resultOf(panel);
    expect(shown).toEqual(expected(igarden, gardenReturn, 'fr-CA'));
    expect(shown.title).toBe('Oui — vous pouvez le retourner');
    expect(shown.deadline).toBe('Dernier jour pour lancer votre retour\u00a0: jeudi 10 décembre 2026');
    expect(shown.deadlineDetail).toMatch(/^il reste 17 jours · /);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('German: the store’s own policy in German, its quotes translated with the original a tap away', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/lang-de.html`, { now: NOW, locale: 'de-DE' });
    const panel = widget(page);
    expect(await panel.locator('button.launcher').innerText()).toBe('Kann ich es zurückgeben?');
    await start(panel);
    // German writes dates day first, with dots.
    for (const text of ['Ich habe es mir anders überlegt', '20.11.2026', '200']) await answer(panel, text);
    const validated = validatePolicy(pageJson('lang-de.html', /<script type="application\/json">([\s\S]*?)<\/script>/));
    if (!validated.ok) throw new Error(`the page's policy should be valid: ${validated.errors.join('; ')}`);
    const facts: Facts = { situation: 'changed-mind', deliveredAt: '2026-11-20', pricePaidCents: 20_000 };
    const shown = await resultOf(panel);
    // de-DE is the browser's: the page says only "de".
    expect(shown).toEqual(expected(validated.policy, facts, 'de-DE'));
    expect(shown.title).toBe('Ja — Sie können es zurückgeben');
    await expect.poll(() => panel.locator('.result ol li').first().innerText()).toMatch(/^Schreiben Sie Gadget Barn bis .* eine E-Mail\.$/);
    await panel.getByRole('button', { name: 'Warum?' }).click();
    const quote = panel.locator('#ra-why blockquote', { hasText: 'Rückgabe innerhalb von 14 Tagen' });
    await expect.poll(() => quote.count()).toBe(1);
    // In the panel's language (no lang of its own); the merchant's words folded beneath, marked as English.
    expect(await quote.getAttribute('lang')).toBeNull();
    await quote.locator('summary').click();
    expect(await quote.locator('summary').innerText()).toBe('Originalwortlaut');
    expect(await quote.locator('details p').evaluate((original) => [original.getAttribute('lang'), original.textContent])).toEqual([
      'en',
      '“Return within 14 days of delivery.”',
    ]);
    // Every quote is either translated (the original folded beneath) or shown as published, marked as English.
    const quotes = await panel
      .locator('#ra-why blockquote')
      .evaluateAll((all) => all.map((each) => [each.getAttribute('lang'), !!each.querySelector('details')]));
    for (const shape of quotes)
      expect([
        [null, true],
        ['en', false],
      ]).toContainEqual(shape);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a right-to-left language the page adds', () => {
  it('at 320 px: the launcher and panel in Arabic, laid out right to left, no horizontal scroll, to a result', async () => {
    const viewport = { width: 320, height: 640 };
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/lang-rtl.html`, { now: NOW, viewport, locale: 'ar' });
    const arabic = pageJson('lang-rtl.html', /<script type="application\/json" id="arabic">([\s\S]*?)<\/script>/) as { label: string };
    const panel = widget(page);
    const launcher = panel.locator('button.launcher');
    expect(await launcher.evaluate((button) => [button.textContent, button.getAttribute('lang'), getComputedStyle(button).direction])).toEqual([
      arabic.label,
      'ar',
      'rtl',
    ]);
    await start(panel);
    const overlay = panel.locator('.overlay');
    expect(await overlay.evaluate((box) => [box.getAttribute('lang'), box.getAttribute('dir'), getComputedStyle(box).direction])).toEqual(['ar', 'rtl', 'rtl']);
    // Mirrored: the close button at the left of the title, the assistant's bubbles along the right.
    const [title, close] = [await panel.locator('h2').boundingBox(), await panel.locator('button.close').boundingBox()];
    expect(close!.x).toBeLessThan(title!.x);
    const [bubble, transcript] = [await panel.locator('.bubble.assistant').first().boundingBox(), await panel.locator('.transcript').boundingBox()];
    expect(transcript!.x + transcript!.width - (bubble!.x + bubble!.width)).toBeLessThan(bubble!.x - transcript!.x);
    for (const text of ['غيّرت رأيي', FROM_IGARDEN, '2026-11-10', 'PayPal', '129.99']) await answer(panel, text);
    globalThis.returnAssistantLanguages = { ar: arabic };
    await loadMessages('ar');
    const shown = await resultOf(panel);
    expect(shown).toEqual(expected(igarden, gardenReturn, 'ar'));
    expect(shown.title).toBe('نعم — يمكنك إرجاعه');
    // 17 is of Arabic's "many" plural category.
    expect(shown.deadlineDetail).toMatch(/^بقي .+ يومًا · /);
    const overflow = await page.evaluate(() => {
      const host = document.querySelector('return-assistant')!.shadowRoot!;
      const boxes = [document.scrollingElement!, ...host.querySelectorAll('.panel, .transcript, .result')];
      return boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.className || box.tagName);
    });
    expect(overflow).toEqual([]);
    // The English clauses under "Why?" keep their own direction in the Arabic panel.
    await panel.getByRole('button', { name: 'لماذا؟' }).click();
    const quotes = await panel
      .locator('#ra-why blockquote')
      .evaluateAll((all) => all.map((quote) => [quote.getAttribute('lang'), getComputedStyle(quote).direction]));
    expect(quotes.length).toBeGreaterThan(0);
    for (const shape of quotes) expect(shape).toEqual(['en', 'ltr']);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
