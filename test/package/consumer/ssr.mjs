// Imports every export of the installed package in Node, where there is no window, and uses the policy engine.
import { readFileSync } from 'node:fs';
import * as api from 'return-assistant';
import * as element from 'return-assistant/element';
import * as policyEngine from 'return-assistant/policy';
import schema from 'return-assistant/schema.json' with { type: 'json' };

const [policyFile, now] = process.argv.slice(2);
const checked = policyEngine.validatePolicy(JSON.parse(readFileSync(policyFile, 'utf8')));
const decision = checked.ok ? policyEngine.evaluate(checked.policy, {}, Number(now), { timeZone: 'America/New_York' }) : checked.errors;
console.log(
  JSON.stringify({ window: typeof window, api: Object.keys(api).sort(), element: Object.keys(element), policy: Object.keys(policyEngine).sort(), schema: schema.$schema, decision }),
);
