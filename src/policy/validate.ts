/** Checks a merchant's own policy data (untrusted JSON) before it is used. */
import * as v from 'valibot';
import { policySchema } from './schema.ts';
import type { Policy } from './schema.ts';

export type PolicyValidation = { ok: true; policy: Policy } | { ok: false; errors: string[] };

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = typeof value === 'object' && value !== null ? (Array.isArray(value) ? 'a list' : 'an object') : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path || '(policy)';
}

/** Ids of every rule in a policy, with where each stands. */
function ruleIds(value: unknown, path: string, out: [string, string][]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => ruleIds(item, `${path}[${index}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.quote === 'string') out.push([record.id, `${path}.id`]);
    for (const [key, child] of Object.entries(record)) ruleIds(child, path ? `${path}.${key}` : key, out);
  }
}

/** What the structure alone cannot say: ids are unique, and each offered situation has terms to decide it. */
function crossChecks(policy: Policy): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const ids: [string, string][] = [];
  ruleIds(policy, '', ids);
  for (const [id, where] of ids) {
    const first = seen.get(id);
    if (first) errors.push(`${where}: expected an id used once, got "${id}" (also at ${first})`);
    else seen.set(id, where);
  }
  if (policy.defect?.international && !policy.domesticRegion) {
    errors.push('domesticRegion: required when defect.international is given (who counts as domestic, e.g. "the United States or Canada")');
  }
  policy.situations.forEach((situation, index) => {
    if (situation === 'cancel-order' && !policy.cancellation) {
      errors.push(`situations[${index}]: "cancel-order" needs a cancellation section`);
    }
    if (situation === 'damaged-on-arrival' && !policy.damageReview && !policy.defect?.situations.includes(situation)) {
      errors.push(`situations[${index}]: "damaged-on-arrival" needs a damageReview section or a defect section that lists it`);
    }
  });
  return errors;
}

/**
 * Validates policy data. Errors name the path and what was expected, e.g.
 * `returns.window.days: expected a positive whole number, got "thirty"`.
 * @example
 * const result = validatePolicy(JSON.parse(text));
 * if (!result.ok) console.error(result.errors.join('\n'));
 */
export function validatePolicy(data: unknown): PolicyValidation {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [`(policy): expected a policy object, got ${describe(data)}`] };
  }
  const result = v.safeParse(policySchema, data, { abortEarly: false });
  if (!result.success) {
    const errors = result.issues.map((issue) => {
      if (issue.type === 'strict_object' && issue.expected === 'never') {
        return `${pathOf(issue)}: not a field of the policy format (check its spelling)`;
      }
      if (issue.type === 'strict_object' && issue.input === undefined && issue.path?.length) {
        return `${pathOf(issue)}: required, but missing`;
      }
      return `${pathOf(issue)}: expected ${issue.message}, got ${describe(issue.input)}`;
    });
    return { ok: false, errors: [...new Set(errors)] };
  }
  const errors = crossChecks(result.output);
  return errors.length ? { ok: false, errors } : { ok: true, policy: result.output };
}
