/**
 * A policy that is not built in: the page's own (JSON inside the element, `element.policyData`, a
 * `<script type="application/json">` on the page named by `policy="#its-id"`, or the schema.org MerchantReturnPolicy
 * the store already publishes for search engines), read and validated, or an unknown id, reported. A chunk that only such pages load: a page with a built-in policy downloads none of it.
 */
import type { Policy } from '../policy/index.ts';
import { BUILT_IN_POLICY_IDS } from '../policy/policies/index.ts';
import { runInTasks } from '../policy/steps.ts';
import { validatePolicyInSteps } from '../policy/validate.ts';
import { nextTask } from './tasks.ts';

function warn(message: string): void {
  console.error(`return-assistant: ${message}`);
}

/**
 * The validated policy, or null after a console error that names every problem.
 * @example await ownPolicy(document.querySelector('return-assistant[policy="json-ld"]'))
 */
export async function ownPolicy(element: HTMLElement & { policyData?: unknown }): Promise<Policy | null> {
  let data: unknown = element.policyData;
  const id = element.getAttribute('policy') ?? '';
  // Inside the element, or anywhere on the page by its id: read as text, so it works under the strictest CSP.
  const named = id.startsWith('#') ? (element.getRootNode() as Document | ShadowRoot).getElementById(id.slice(1)) : null;
  const inline = id.startsWith('#')
    ? named?.matches('script[type="application/json"]') && named
    : element.querySelector(':scope > script[type="application/json"]');
  if (id.startsWith('#') && !inline && data === undefined) {
    warn(`policy="${id}", but the page has no <script type="application/json" id="${id.slice(1)}">`);
    return null;
  }
  if (data === undefined && inline) {
    try {
      data = JSON.parse(inline.textContent ?? '');
    } catch (error) {
      warn(`the inline policy is not valid JSON (${(error as Error).message})`);
      return null;
    }
  }
  let problem = 'the policy data is invalid';
  if (data === undefined && id !== 'json-ld') {
    warn(`unknown policy "${id}": use one of ${[...BUILT_IN_POLICY_IDS, 'json-ld'].join(', ')}, or give your own policy data`);
    return null;
  }
  if (data === undefined) {
    const { policyFromJsonLd } = await import('../policy/json-ld.ts');
    const documents: unknown[] = [];
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        documents.push(JSON.parse(script.textContent ?? ''));
      } catch {
        // A page's broken JSON-LD is its own business: the others are still read.
      }
    }
    data = policyFromJsonLd(documents, { storeName: document.title || undefined });
    if (!data) {
      warn('policy="json-ld", but the page has no schema.org MerchantReturnPolicy');
      return null;
    }
    problem = "the page's MerchantReturnPolicy could not be read";
  }
  // Only its errors matter here: the search for situations no rule covers (a warning the studio and the CLI give) is
  // skipped, 40–60 ms on a slow phone. The rest is done in steps, each a task of its own, the first after this module's.
  await nextTask();
  const result = await runInTasks(validatePolicyInSteps(data, { coverage: false }), nextTask);
  if (!result.ok) {
    warn(`${problem}:\n${result.errors.map((error) => `  ${error}`).join('\n')}`);
    return null;
  }
  return result.policy;
}
