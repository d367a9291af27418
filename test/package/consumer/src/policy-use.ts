// The policy engine alone, as a Node service or a test suite uses it.
import { evaluate, validatePolicy } from 'return-assistant/policy';
import type { Decision, Facts, Policy } from 'return-assistant/policy';
import schema from 'return-assistant/schema.json' with { type: 'json' };

export function decide(data: unknown, facts: Facts): Decision | string[] {
  const checked = validatePolicy(data);
  if (!checked.ok) return checked.errors;
  const policy: Policy = checked.policy;
  return evaluate(policy, facts, Date.now(), { timeZone: 'America/New_York' });
}

export const schemaDialect: string = schema.$schema;

// @ts-expect-error a price is a number of cents, not a string
export const wrongFacts: Facts = { pricePaidCents: '12.00' };
