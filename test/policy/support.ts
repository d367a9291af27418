/** Helpers for scenario tables: a fixed "now" in the zone the tests run in. */
import { instantAt } from '../../src/policy/dates.ts';
import { evaluate } from '../../src/policy/index.ts';
import type { Decision, Facts, Policy, SettledDecision } from '../../src/policy/index.ts';

/** The zone the suite runs in (set TZ to change it); every expectation is in local calendar terms. */
export const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The instant the shopper's clock shows `local` (`YYYY-MM-DDTHH:mm`). */
export const at = (local: string): number => instantAt(local, zone);

export const NOW = '2026-11-23T15:00';

export function decide(policy: Policy, facts: Facts, now = NOW): Decision {
  return evaluate(policy, facts, at(now), { timeZone: zone });
}

export function settled(policy: Policy, facts: Facts, now = NOW): SettledDecision {
  const decision = decide(policy, facts, now);
  if (!decision.settled) {
    throw new Error(`expected a settled decision, still needs ${decision.needed.map((n) => n.fact).join(', ')}`);
  }
  return decision;
}

export { citedRuleIds } from '../../src/policy/index.ts';
