/**
 * `npm run screens`: the screenshot set in docs/screens/, taken from the built widget in Chromium with the
 * browser tests' own helpers: both stores, light and dark, English and Spanish, phone and desktop, the first
 * question and the main results. Run after `npm run build:widget`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import { createActor } from 'xstate';
import { currentQuestion, machineFor, registerMessages } from '../src/conversation/index.ts';
import type { Locale } from '../src/conversation/index.ts';
import { en } from '../src/conversation/messages/en.ts';
import { es } from '../src/conversation/messages/es.ts';
import { instantAt } from '../src/policy/index.ts';
import type { Policy } from '../src/policy/index.ts';
import { igarden, imicro } from '../test/support/policies.ts';
import { openPage, useBrowserAndServer } from '../test/browser/browser.ts';
import { answer, resultOf, start, widget } from '../test/browser/drive.ts';

registerMessages('en', en);
registerMessages('es', es);
const ZONE = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', ZONE);
const shared = useBrowserAndServer({ beforeAll, afterAll });
const folder = new URL('../docs/screens/', import.meta.url);

/** A shot: a store, what the shopper answers (as the policy's values: worded in each language when clicked), and its name. */
interface Shot {
  policy: Policy;
  name: string;
  caption: string;
  answers: string[];
}

const SHOTS: Shot[] = [
  { policy: imicro, name: 'first-question', caption: 'opened: the first question at once', answers: [] },
  {
    policy: imicro,
    name: 'returnable',
    caption: 'a change of mind within 30 days',
    answers: ['changed-mind', 'store', 'standard', '2026-11-10', 'complete', 'not-bundle', '4 lb'],
  },
  { policy: imicro, name: 'refused', caption: 'past the 30 days: what can still be done', answers: ['changed-mind', 'store', 'standard', '2026-10-01'] },
  {
    policy: igarden,
    name: 'refund',
    caption: 'a change of mind, with the refund worked out',
    answers: ['changed-mind', 'store', '2026-11-10', 'paypal', '129.99'],
  },
  {
    policy: igarden,
    name: 'it-depends',
    caption: 'a defect 10 days on: it depends on the inspection',
    answers: ['defective', 'store', 'domestic', '2026-11-13', 'paypal', '129.99'],
  },
];
const DEVICES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } } as const;

/** The label of the quick reply for `value` in `locale`, read from the same conversation run in Node; null when it is typed. */
function labelsFor(policy: Policy, values: string[], locale: Locale): (string | null)[] {
  const actor = createActor(machineFor(policy), { input: { policy, now: NOW, timeZone: ZONE, locale } });
  actor.start();
  return values.map((value) => {
    const option = currentQuestion(actor.getSnapshot().context)?.options.find((choice) => String(choice.value) === value);
    actor.send({ type: 'answer.submit', answer: option ? option.value : value });
    return option?.label ?? null;
  });
}

it('takes the screenshot set', async () => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const index: string[] = [];
  for (const shot of SHOTS) {
    for (const locale of ['en', 'es'] as const) {
      const labels = labelsFor(shot.policy, shot.answers, locale);
      for (const theme of ['light', 'dark'] as const) {
        for (const [device, viewport] of Object.entries(DEVICES)) {
          const { page, context, problems } = await openPage(shared.browser, 'about:blank', {
            now: NOW,
            viewport,
            colorScheme: theme,
            locale: locale === 'es' ? 'es-ES' : 'en-US',
          });
          // The test store page in the shot's language.
          await page.route('**/pages/*.html', async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, body: (await response.text()).replace('<html lang="en">', `<html lang="${locale}">`) });
          });
          await page.goto(`${shared.server.origin}/pages/${shot.policy.id}.html`);
          const panel = widget(page);
          await start(panel);
          for (const [step, value] of shot.answers.entries()) {
            // Amounts are typed as a Spanish speaker writes them (129,99).
            await answer(panel, labels[step] ?? (locale === 'es' ? value.replace('.', ',') : value));
          }
          if (shot.answers.length) await resultOf(panel);
          await page.mouse.move(0, 0);
          const file = `${shot.policy.id}-${shot.name}-${locale}-${theme}-${device}.png`;
          const picture =
            device === 'phone'
              ? await page.screenshot({ animations: 'disabled', caret: 'hide' })
              : await panel.locator('.panel').screenshot({ animations: 'disabled', caret: 'hide' });
          writeFileSync(new URL(file, folder), picture);
          if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
          index.push(`| ${shot.policy.store.name} | ${shot.caption} | ${locale} | ${theme} | ${device} | [${file}](${file}) |`);
          await context.close();
        }
      }
    }
  }
  writeFileSync(
    new URL('README.md', folder),
    [
      '# Screens',
      '',
      'Generated by `npm run screens` (after `npm run build:widget`) from the built widget in Chromium, with the browser tests’ helpers; do not edit by hand.',
      'The test store pages, 23 November 2026 at 15:00 in New York.',
      '',
      '| store | what | language | theme | device | file |',
      '| --- | --- | --- | --- | --- | --- |',
      ...index,
      '',
    ].join('\n'),
  );
  console.log(`wrote ${readdirSync(folder).length - 1} screenshots to docs/screens/`);
}, 600_000);
