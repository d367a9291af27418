/**
 * schema.org `MerchantReturnPolicy`, both ways: a store that already publishes it for search
 * engines gets a working pre-check with no policy file (`policyFromJsonLd`), and a format-2
 * policy writes the JSON-LD for the store's product pages (`policyToJsonLd`), so one source
 * feeds the widget and search engines. What JSON-LD cannot say is listed in docs/policy-format.md.
 */
import { explore } from './explore.ts';
import type { Outcome } from './decision.ts';
import type { Facts } from './facts.ts';
import { localDateAt } from './dates.ts';
import type { Policy, PolicyInput } from './schema.ts';

type Node = Record<string, unknown>;
type RuleInput = PolicyInput['rules'][number];

const SCHEMA = 'https://schema.org/';

/** `https://schema.org/FreeReturn`, `schema:FreeReturn` or `FreeReturn` → `FreeReturn`. */
function term(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.replace(/^https?:\/\/schema\.org\//, '').replace(/^schema:/, '');
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function typeIs(node: Node, type: string): boolean {
  return list(node['@type']).some((t) => term(t) === type);
}

function own(node: Node, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every node of a JSON-LD document: top level, `@graph`, and nested objects, depth first. */
function nodesOf(data: unknown, out: Node[] = [], depth = 0): Node[] {
  if (depth > 12) return out;
  for (const item of list(data)) {
    if (!isNode(item)) continue;
    out.push(item);
    for (const key of Object.keys(item)) {
      const child = item[key];
      if (typeof child === 'object' && child !== null) nodesOf(child, out, depth + 1);
    }
  }
  return out;
}

/** The `MerchantReturnPolicy` nodes of a document (on an Offer, a Product, a ProductGroup's variants or an Organization). */
export function returnPoliciesIn(data: unknown): Node[] {
  return nodesOf(data).filter((node) => typeIs(node, 'MerchantReturnPolicy'));
}

function money(value: unknown): { cents: number; currency: string | null } | null {
  const node = list(value).find(isNode);
  if (!node) return typeof value === 'number' ? { cents: Math.round(value * 100), currency: null } : null;
  const amount = Number(own(node, 'value'));
  if (!Number.isFinite(amount) || amount < 0) return null;
  const currency = own(node, 'currency');
  return { cents: Math.round(amount * 100), currency: typeof currency === 'string' ? currency : null };
}

function countriesOf(value: unknown): string[] {
  return list(value)
    .map((country) => (isNode(country) ? (own(country, 'name') ?? own(country, 'identifier')) : country))
    .filter((code): code is string => typeof code === 'string' && /^[A-Za-z]{2}$/.test(code))
    .map((code) => code.toUpperCase());
}

export interface FromJsonLdOptions {
  /** The store's name, when the document has no Organization. */
  storeName?: string;
  /** The currency, when the document states none. */
  currency?: string;
  /** The policy id; `store` by default. */
  id?: string;
}

/** A quote for a clause read from JSON-LD: the properties it comes from, as published. */
function quoteOf(parts: Record<string, unknown>): string {
  const text = Object.entries(parts)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${isNode(value) ? JSON.stringify(value) : String(value)}`)
    .join('; ');
  return `schema.org MerchantReturnPolicy — ${text}`;
}

/**
 * Reads a page's schema.org `MerchantReturnPolicy` JSON-LD into a format-2 policy. Give it the parsed
 * JSON-LD (one object, an array, or a `@graph`); each policy found becomes rules, told apart by country
 * (`applicableCountry`) and member tier (`validForMemberTier`). Returns null when there is none.
 * @example policyFromJsonLd(JSON.parse(script.textContent), { storeName: 'Acme' })
 */
export function policyFromJsonLd(data: unknown, options: FromJsonLdOptions = {}): PolicyInput | null {
  const policies = returnPoliciesIn(data);
  if (policies.length === 0) return null;
  const organization = nodesOf(data).find((node) => typeIs(node, 'Organization') || typeIs(node, 'OnlineStore') || typeIs(node, 'Store'));
  const offer = nodesOf(data).find((node) => typeIs(node, 'Offer') && typeof own(node, 'priceCurrency') === 'string');
  const storeName = (organization && typeof own(organization, 'name') === 'string' ? (own(organization, 'name') as string) : options.storeName) ?? 'the store';
  const currencies = policies.flatMap((node) =>
    ['returnShippingFeesAmount', 'customerRemorseReturnShippingFeesAmount', 'itemDefectReturnShippingFeesAmount', 'restockingFee'].map(
      (key) => money(own(node, key))?.currency,
    ),
  );
  const currency = (offer ? (own(offer, 'priceCurrency') as string) : currencies.find((c): c is string => typeof c === 'string')) ?? options.currency ?? 'USD';

  const tiers = new Map<string, string>();
  const allCountries = new Set<string>();
  for (const node of policies) {
    for (const tier of list(own(node, 'validForMemberTier'))) {
      const name = isNode(tier) ? own(tier, 'name') : tier;
      if (typeof name === 'string')
        tiers.set(
          name
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'member',
          name,
        );
    }
    for (const country of countriesOf(own(node, 'applicableCountry'))) allCountries.add(country);
  }
  const multipleCountries = policies.filter((node) => countriesOf(own(node, 'applicableCountry')).length > 0).length > 1;

  const rules: RuleInput[] = [];
  const shared: NonNullable<PolicyInput['terms']> = {};
  let needsCondition = false;
  policies.forEach((node, index) => {
    const prefix = `jsonld.${index + 1}`;
    const conditions: NonNullable<RuleInput['when']>[] = [];
    const countries = countriesOf(own(node, 'applicableCountry'));
    // Option values are lower case (`us`); the label is the code as published (`US`).
    if (multipleCountries && countries.length > 0) conditions.push({ fact: 'country', in: countries.map((code) => code.toLowerCase()) });
    const tierNames = list(own(node, 'validForMemberTier'))
      .map((tier) => (isNode(tier) ? own(tier, 'name') : tier))
      .filter((name): name is string => typeof name === 'string');
    const tierIds = [...tiers].filter(([, name]) => tierNames.includes(name)).map(([tierId]) => tierId);
    if (tierIds.length > 0) conditions.push({ fact: 'memberTier', in: tierIds });
    const scope = (extra: NonNullable<RuleInput['when']>[] = []) => {
      const all = [...conditions, ...extra];
      return all.length === 0 ? undefined : all.length === 1 ? all[0] : { all };
    };
    const category = term(own(node, 'returnPolicyCategory'));
    const days = own(node, 'merchantReturnDays');
    const found = termsOf(node, prefix, currency);
    if (found.requirements.length > 0) needsCondition = true;
    // The same terms serve the seasonal override and the usual window: shared, so each clause keeps one id.
    shared[`policy-${index + 1}`] = found;
    const terms = { uses: [`policy-${index + 1}`] };
    const returnable = { fact: 'situation', in: ['changed-mind', 'defective', 'damaged-on-arrival', 'wrong-item', 'before-buying'] };

    // A seasonal override: purchases in its dates get its own window.
    for (const [i, override] of list(own(node, 'returnPolicySeasonalOverride')).filter(isNode).entries()) {
      const start = own(override, 'startDate');
      const end = own(override, 'endDate');
      const overrideDays = Number(own(override, 'merchantReturnDays'));
      if (typeof start !== 'string' || typeof end !== 'string' || !Number.isInteger(overrideDays) || overrideDays < 1) continue;
      rules.push({
        id: `${prefix}.seasonal-${i + 1}`,
        quote: quoteOf({ returnPolicySeasonalOverride: `${start.slice(0, 10)} to ${end.slice(0, 10)}`, merchantReturnDays: overrideDays }),
        when: scope([returnable, { fact: 'orderedAt', onOrAfter: start.slice(0, 10), onOrBefore: end.slice(0, 10) }]),
        verdict: 'eligible',
        window: { days: overrideDays, from: 'deliveredAt' },
        ...terms,
      });
    }

    const base = { id: `${prefix}.policy`, when: scope([returnable]) };
    if (category === 'MerchantReturnNotPermitted') {
      rules.push({ ...base, quote: quoteOf({ returnPolicyCategory: category }), verdict: 'not-eligible', reason: 'The store does not accept returns.' });
    } else if (category === 'MerchantReturnFiniteReturnWindow' && Number.isInteger(Number(days)) && Number(days) > 0) {
      rules.push({
        ...base,
        quote: quoteOf({ returnPolicyCategory: category, merchantReturnDays: Number(days) }),
        verdict: 'eligible',
        window: { days: Number(days), from: 'deliveredAt' },
        ...terms,
      });
    } else if (category === 'MerchantReturnUnlimitedWindow') {
      rules.push({
        ...base,
        quote: quoteOf({ returnPolicyCategory: category }),
        verdict: 'eligible',
        reason: 'Returns are accepted with no time limit.',
        ...terms,
      });
    } else {
      // Unspecified, a fixed return date, or nothing: the store has to say.
      rules.push({
        ...base,
        quote: quoteOf({ returnPolicyCategory: category || undefined, merchantReturnDays: days }),
        verdict: 'needs-review',
        reason: 'The store’s published data does not say how long returns are accepted.',
      });
    }
  });

  const facts: PolicyInput['facts'] = { deliveredAt: {}, orderedAt: {}, pricePaidCents: { from: 'page' } };
  if (multipleCountries)
    facts.country = { question: 'Which country are you in?', options: Object.fromEntries([...allCountries].map((code) => [code.toLowerCase(), code])) };
  if (tiers.size > 0) facts.memberTier = { question: 'Which membership do you have?', options: { ...Object.fromEntries(tiers), none: 'None' } };
  if (needsCondition)
    facts.itemCondition = { kind: 'choice', question: 'What condition is the item in?', options: { new: 'New, unused', used: 'Used', damaged: 'Damaged' } };

  return {
    format: 2,
    id: options.id ?? 'store',
    store: { name: storeName, currency, contact: storeName, ...(allCountries.size > 0 ? { countries: [...allCountries] } : {}) },
    situations: ['changed-mind', 'defective', 'damaged-on-arrival', 'before-buying'],
    facts,
    terms: shared,
    rules,
  };
}

/** Refund type, fees, label source and item condition of one JSON-LD policy, as format-2 terms. */
function termsOf(node: Node, prefix: string, currency: string): Required<Pick<RuleInput, 'outcome' | 'fees' | 'returnShipping' | 'requirements' | 'notes'>> {
  const outcome: NonNullable<RuleInput['outcome']> = [];
  const refundTypes = list(own(node, 'refundType')).map(term);
  const kinds = refundTypes
    .map((type) => (type === 'FullRefund' ? 'refund' : type === 'StoreCreditRefund' ? 'store-credit' : type === 'ExchangeRefund' ? 'exchange' : null))
    .filter((kind): kind is 'refund' | 'store-credit' | 'exchange' => kind !== null);
  if (kinds.length === 1) outcome.push({ id: `${prefix}.refund-type`, quote: quoteOf({ refundType: refundTypes.join(', ') }), outcome: kinds[0]! });
  else if (kinds.length > 1)
    outcome.push({ id: `${prefix}.refund-type`, quote: quoteOf({ refundType: refundTypes.join(', ') }), outcome: 'choice', choices: kinds });

  const returnShipping: NonNullable<RuleInput['returnShipping']> = [];
  const fees: NonNullable<RuleInput['fees']> = [];
  const shippingFor = (feesKey: string, amountKey: string, labelKey: string, situation: string | null, name: string) => {
    const feeTerm = term(own(node, feesKey));
    const amount = money(own(node, amountKey));
    const label = term(own(node, labelKey));
    if (!feeTerm && !amount && !label) return;
    const when = situation ? { fact: 'situation', is: situation } : undefined;
    const quote = quoteOf({
      [feesKey]: feeTerm || undefined,
      [amountKey]: amount ? `${(amount.cents / 100).toFixed(2)} ${amount.currency ?? currency}` : undefined,
      [labelKey]: label || undefined,
    });
    const id = `${prefix}.${name}`;
    if (feeTerm === 'FreeReturn')
      returnShipping.push({ id, quote, ...(when ? { when } : {}), cost: label === 'ReturnLabelCustomerResponsibility' ? 'free' : 'free-label' });
    else if (feeTerm === 'ReturnShippingFees' || amount)
      returnShipping.push({ id, quote, ...(when ? { when } : {}), cost: 'deducted', ...(amount ? { amountCents: amount.cents } : {}) });
    else if (feeTerm === 'ReturnFeesCustomerResponsibility' || label === 'ReturnLabelCustomerResponsibility')
      returnShipping.push({ id, quote, ...(when ? { when } : {}), cost: 'shopper-pays' });
  };
  shippingFor(
    'customerRemorseReturnFees',
    'customerRemorseReturnShippingFeesAmount',
    'customerRemorseReturnLabelSource',
    'changed-mind',
    'change-of-mind-shipping',
  );
  shippingFor('itemDefectReturnFees', 'itemDefectReturnShippingFeesAmount', 'itemDefectReturnLabelSource', 'defective', 'defect-shipping');
  shippingFor('returnFees', 'returnShippingFeesAmount', 'returnLabelSource', null, 'return-shipping');

  const restocking = own(node, 'restockingFee');
  const restockingMoney = isNode(restocking) ? money(restocking) : null;
  if (typeof restocking === 'number' && restocking > 0 && restocking <= 100) {
    fees.push({
      id: `${prefix}.restocking`,
      quote: quoteOf({ restockingFee: `${restocking}%` }),
      name: 'Restocking fee',
      basisPoints: Math.round(restocking * 100),
    });
  } else if (restockingMoney && restockingMoney.cents > 0) {
    fees.push({
      id: `${prefix}.restocking`,
      quote: quoteOf({ restockingFee: `${(restockingMoney.cents / 100).toFixed(2)} ${restockingMoney.currency ?? currency}` }),
      name: 'Restocking fee',
      amountCents: restockingMoney.cents,
    });
  }

  const requirements: NonNullable<RuleInput['requirements']> = [];
  const conditions = list(own(node, 'itemCondition')).map(term);
  const CONDITIONS: Record<string, string> = { NewCondition: 'new', UsedCondition: 'used', DamagedCondition: 'damaged' };
  const accepted: string[] = conditions.flatMap((condition) => (CONDITIONS[condition] ? [CONDITIONS[condition]!] : []));
  if (accepted.length > 0 && accepted.length < 3) {
    requirements.push({
      id: `${prefix}.item-condition`,
      quote: quoteOf({ itemCondition: conditions.join(', ') }),
      require: { fact: 'itemCondition', in: accepted },
      otherwise: 'not-eligible',
      text: `The item must be in this condition: ${accepted.join(' or ')}.`,
    });
  }

  const notes: NonNullable<RuleInput['notes']> = [];
  const methods = list(own(node, 'returnMethod')).map(term).filter(Boolean);
  const inStore = own(node, 'inStoreReturnsOffered');
  const ways = [
    ...new Set([
      ...methods.map((method) =>
        method === 'ReturnByMail' ? 'by mail' : method === 'ReturnInStore' ? 'in store' : method === 'ReturnAtKiosk' ? 'at a kiosk' : '',
      ),
      inStore === true ? 'in store' : '',
    ]),
  ].filter(Boolean);
  if (ways.length > 0)
    notes.push({
      id: `${prefix}.return-method`,
      quote: quoteOf({ returnMethod: methods.join(', ') || undefined, inStoreReturnsOffered: inStore }),
      text: `Returns are accepted ${ways.join(' or ')}.`,
    });
  const returnTo = countriesOf(own(node, 'returnPolicyCountry'));
  if (returnTo.length > 0)
    notes.push({
      id: `${prefix}.return-country`,
      quote: quoteOf({ returnPolicyCountry: returnTo.join(', ') }),
      text: `Returns are sent to: ${returnTo.join(', ')}.`,
    });
  const link = own(node, 'merchantReturnLink');
  if (typeof link === 'string')
    notes.push({ id: `${prefix}.link`, quote: quoteOf({ merchantReturnLink: link }), text: `The store’s full return policy: ${link}` });
  return { outcome, fees, returnShipping, requirements, notes };
}

export interface ToJsonLdOptions {
  /** Facts of one product (its category, say), for a policy that differs by product. */
  facts?: Facts;
  /** The day the windows are read on; today by default. Only chooses which dates are probed. */
  now?: number;
}

const REFUND_TYPES = { refund: 'FullRefund', 'store-credit': 'StoreCreditRefund', exchange: 'ExchangeRefund' } as const;

/**
 * Writes schema.org `MerchantReturnPolicy` JSON-LD for a format-2 policy, from what its rules decide for a
 * change-of-mind return: one object per member tier when the policy has tiers. Where purchases get different
 * windows (by category, condition…), the shortest is written, so search engines never promise more than the store.
 * @example policyToJsonLd(policy, { facts: { category: 'shoes' } })
 */
export function policyToJsonLd(policy: Policy, options: ToJsonLdOptions = {}): Node[] {
  const now = options.now ?? Date.now();
  const tierSpec = Object.hasOwn(policy.facts, 'memberTier') ? policy.facts.memberTier : undefined;
  const tiers = tierSpec?.options ? Object.keys(tierSpec.options) : [null];
  return tiers.map((tier) => {
    const facts: Facts = { ...options.facts, situation: 'changed-mind', ...(tier ? { memberTier: tier } : {}) };
    const { leaves } = explore({ policy, facts, now, timeZone: 'UTC', today: localDateAt(now, 'UTC') });
    const eligible = leaves.map((leaf) => leaf.outcome).filter((outcome) => outcome.verdict === 'eligible');
    const node: Node = { '@context': 'https://schema.org', '@type': 'MerchantReturnPolicy' };
    if (policy.store.countries?.length) node.applicableCountry = policy.store.countries;
    if (policy.store.website) node.merchantReturnLink = policy.store.website;
    if (tier && tierSpec?.options) {
      const label = tierSpec.options[tier]!;
      const name =
        typeof label === 'string'
          ? label
          : 'en' in label
            ? (label as { en: string }).en
            : typeof (label as { label: unknown }).label === 'string'
              ? (label as { label: string }).label
              : (label as { label: { en: string } }).label.en;
      node.validForMemberTier = { '@type': 'MemberProgramTier', name };
    }
    if (eligible.length === 0) {
      node.returnPolicyCategory = `${SCHEMA}MerchantReturnNotPermitted`;
      return node;
    }
    const windows = eligible.map((outcome) => outcome.deadline).filter((deadline) => deadline?.kind === 'day' && !deadline.businessDays) as Extract<
      Outcome['deadline'],
      { kind: 'day' }
    >[];
    if (windows.length === 0 && eligible.every((outcome) => outcome.deadline === null)) {
      node.returnPolicyCategory = `${SCHEMA}MerchantReturnUnlimitedWindow`;
    } else if (windows.length > 0) {
      node.returnPolicyCategory = `${SCHEMA}MerchantReturnFiniteReturnWindow`;
      node.merchantReturnDays = Math.min(...windows.map((deadline) => deadline.windowDays));
    } else {
      node.returnPolicyCategory = `${SCHEMA}MerchantReturnUnspecified`;
    }
    const typical = eligible[0]!;
    const shipping = typical.refund?.returnShipping;
    const shippingLine = typical.refund?.lines.find((line) => line.code === 'return-shipping');
    if (shipping === 'free-label' || shipping === 'free') node.returnFees = `${SCHEMA}FreeReturn`;
    else if (shipping === 'deducted' && shippingLine?.amountCents != null) {
      node.returnFees = `${SCHEMA}ReturnShippingFees`;
      node.returnShippingFeesAmount = { '@type': 'MonetaryAmount', value: (shippingLine.amountCents / 100).toFixed(2), currency: policy.store.currency };
    } else if (shipping === 'shopper-pays' || shipping === 'deducted') node.returnFees = `${SCHEMA}ReturnFeesCustomerResponsibility`;
    const restocking = typical.refund?.lines.find((line) => line.code === 'fee' && line.basisPoints !== undefined && line.basisPoints > 0);
    if (restocking?.basisPoints) node.restockingFee = restocking.basisPoints / 100;
    const kind = typical.outcome?.kind;
    if (kind && kind in REFUND_TYPES) node.refundType = `${SCHEMA}${REFUND_TYPES[kind as keyof typeof REFUND_TYPES]}`;
    return node;
  });
}
