/**
 * The policy data format. The types every other module uses are inferred from
 * this schema, so the format is defined once and a merchant's JSON is checked
 * against exactly what the evaluator reads.
 */
import * as v from 'valibot';
import { PAYMENT_METHODS, SITUATIONS } from './facts.ts';
import { isCalendarDate } from './dates.ts';

const text = v.pipe(v.string('text'), v.trim(), v.nonEmpty('non-empty text'));
const ruleId = v.pipe(
  v.string('an id such as "returns.window"'),
  v.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'an id of lower-case letters, digits, dots and dashes'),
);
const positiveWholeNumber = v.pipe(
  v.number('a positive whole number'),
  v.integer('a positive whole number'),
  v.minValue(1, 'a positive whole number'),
);
const basisPoints = v.pipe(
  v.number('a rate in basis points (3.8 % is 380)'),
  v.integer('a rate in whole basis points (3.8 % is 380)'),
  v.minValue(0, 'a rate from 0 to 10000 basis points'),
  v.maxValue(10_000, 'a rate from 0 to 10000 basis points'),
);
const situation = v.picklist(SITUATIONS, `one of ${SITUATIONS.join(', ')}`);
const situations = v.pipe(v.array(situation, 'a list of situations'), v.nonEmpty('at least one situation'));

/** Text a shopper reads: a plain string, or one string a language (`{ "en": "…", "es": "…" }`, English required). */
const localText = v.union(
  [text, v.objectWithRest({ en: text }, text)],
  'text, or an object of texts by language with at least "en"',
);

/** Every rule names itself and quotes the policy sentence it encodes. */
const rule = { id: ruleId, quote: text };

const dateAnchor = v.picklist(['invoice', 'order', 'delivery'], 'one of invoice, order, delivery');
/** A fixed date (`2023-11-01`) or a yearly one (`--11-01`). */
const datedOrYearly = v.pipe(
  v.string('a date written YYYY-MM-DD, or --MM-DD for every year'),
  v.check(
    (value: string) => (value.startsWith('--') ? isCalendarDate(`2000${value.slice(1)}`) : isCalendarDate(value)),
    'a date written YYYY-MM-DD, or --MM-DD for every year',
  ),
);

const step = v.strictObject(
  {
    ...rule,
    text: localText,
    onlyIf: v.optional(
      v.picklist(
        ['free-return-label', 'shopper-pays-return-shipping', 'within-full-refund-window', 'after-full-refund-window'],
        'one of free-return-label, shopper-pays-return-shipping, within-full-refund-window, after-full-refund-window',
      ),
    ),
  },
  'a step { id, quote, text }',
);
const steps = v.array(step, 'a list of steps');

const scopeRule = v.strictObject({
  ...rule,
  fact: v.picklist(['soldBy', 'productType'], 'one of soldBy, productType'),
  values: v.pipe(v.array(text, 'a list of values'), v.nonEmpty('at least one value')),
  verdict: v.picklist(['not-eligible', 'handled-elsewhere'], 'one of not-eligible, handled-elsewhere'),
  situations,
  handledBy: v.optional(localText),
  steps: v.optional(steps, []),
});

const returnWindow = v.strictObject({ ...rule, days: positiveWholeNumber, from: dateAnchor });

const extension = v.pipe(
  v.strictObject({
    ...rule,
    purchasedOn: dateAnchor,
    purchasedFrom: datedOrYearly,
    purchasedThrough: datedOrYearly,
    returnBy: datedOrYearly,
  }),
  v.check(
    (e) => new Set([e.purchasedFrom, e.purchasedThrough, e.returnBy].map((d) => d.startsWith('--'))).size === 1,
    'purchasedFrom, purchasedThrough and returnBy all dated, or all yearly (--MM-DD)',
  ),
);

const condition = v.strictObject({
  ...rule,
  fact: v.picklist(
    ['packagingComplete', 'labelsIntact', 'hasProofOfPurchase', 'entireBundleReturned'],
    'one of packagingComplete, labelsIntact, hasProofOfPurchase, entireBundleReturned',
  ),
  effect: v.picklist(['void', 'may-charge'], 'one of void, may-charge'),
  /** true: the conversation asks; false: shown as a requirement and assumed met unless the facts say otherwise. */
  ask: v.boolean('true or false'),
  onlyForBundles: v.optional(v.boolean('true or false'), false),
  situations,
  requirement: localText,
});

const returnShipping = v.strictObject({
  ...rule,
  cost: v.picklist(['free-label', 'deducted', 'shopper-pays'], 'one of free-label, deducted, shopper-pays'),
  freeUpToPounds: v.optional(v.pipe(v.number('a weight in pounds'), v.minValue(0, 'a weight of 0 or more'))),
});

const fee = v.strictObject({
  ...rule,
  name: localText,
  basisPoints: v.strictObject(
    {
      any: v.optional(basisPoints),
      ...Object.fromEntries(PAYMENT_METHODS.map((method) => [method, v.optional(basisPoints)])),
    } as Record<'any' | (typeof PAYMENT_METHODS)[number], v.OptionalSchema<typeof basisPoints, undefined>>,
    `rates by payment method: any, ${PAYMENT_METHODS.join(', ')}`,
  ),
});

const refundTerms = v.strictObject({
  returnShipping,
  originalShipping: v.optional(v.strictObject({ ...rule, refunded: v.boolean('true or false') })),
  fees: v.optional(v.array(fee, 'a list of fees'), []),
});

const timelineEntry = v.strictObject({
  ...rule,
  stage: v.picklist(['inspection', 'processing', 'refund'], 'one of inspection, processing, refund'),
  after: v.picklist(['receipt', 'inspection', 'processing'], 'one of receipt, inspection, processing'),
  minDays: v.optional(positiveWholeNumber),
  maxDays: v.optional(positiveWholeNumber),
  businessDays: v.boolean('true or false'),
});

const note = v.strictObject({ ...rule, text: localText, situations });

const returns = v.strictObject({
  window: returnWindow,
  extensions: v.optional(v.array(extension, 'a list of extensions'), []),
  conditions: v.optional(v.array(condition, 'a list of conditions'), []),
  refund: refundTerms,
  steps,
  timeline: v.optional(v.array(timelineEntry, 'a list of timeline entries'), []),
});

const defect = v.strictObject({
  situations: v.pipe(
    v.array(v.picklist(['defective', 'damaged-on-arrival'], 'one of defective, damaged-on-arrival')),
    v.nonEmpty('at least one situation'),
  ),
  report: v.strictObject({
    ...rule,
    withinHours: positiveWholeNumber,
    email: v.pipe(v.string('an email address'), v.email('an email address')),
  }),
  /** Further clauses that say the same deadline (quoted as reasons too). */
  alsoStatedBy: v.optional(v.array(v.strictObject(rule)), []),
  refund: refundTerms,
  fullRefund: v.strictObject(rule),
  replacement: v.optional(v.strictObject(rule)),
  caveats: v.optional(v.array(note), []),
  steps,
  warranty: v.optional(v.strictObject({ ...rule, text: localText })),
  international: v.optional(v.strictObject({ ...rule, steps })),
});

const damageReview = v.strictObject({ ...rule, steps });

const cancellation = v.strictObject({
  beforeShipment: v.strictObject(rule),
  preOrder: v.optional(v.strictObject({ ...rule, caveat: localText })),
  fullRefund: v.strictObject({ ...rule, withinHours: positiveWholeNumber }),
  afterFullRefundWindow: v.strictObject({ ...rule, deduction: localText }),
  afterShipment: v.strictObject({ ...rule, steps }),
  steps,
});

export const policySchema = v.strictObject(
  {
    format: v.literal(1, 'format 1'),
    id: ruleId,
    store: v.strictObject({
      name: text,
      currency: v.pipe(v.string('a currency code'), v.regex(/^[A-Z]{3}$/, 'a three-letter currency code such as USD')),
      website: v.optional(text),
      email: v.optional(v.pipe(v.string('an email address'), v.email('an email address'))),
      contact: localText,
    }),
    situations: v.pipe(v.array(situation, 'a list of situations'), v.nonEmpty('at least one situation')),
    scope: v.optional(v.array(scopeRule, 'a list of scope rules'), []),
    returns,
    defect: v.optional(defect),
    damageReview: v.optional(damageReview),
    cancellation: v.optional(cancellation),
    domesticRegion: v.optional(localText),
    notes: v.optional(v.array(note, 'a list of notes'), []),
    refundNotes: v.optional(v.array(note, 'a list of notes'), []),
    informationOnly: v.optional(v.array(v.strictObject({ ...rule, why: text }), 'a list of clauses'), []),
  },
  'a policy object',
);

/** A store's return policy, as the evaluator reads it. */
export type Policy = v.InferOutput<typeof policySchema>;
/** A policy as written by hand or in JSON: lists may be left out. */
export type PolicyInput = v.InferInput<typeof policySchema>;
export type LocalText = v.InferOutput<typeof localText>;
export type Step = v.InferOutput<typeof step>;
export type Note = v.InferOutput<typeof note>;
export type TimelineEntry = v.InferOutput<typeof timelineEntry>;
export type RefundTerms = v.InferOutput<typeof refundTerms>;
export type Condition = v.InferOutput<typeof condition>;
export type Extension = v.InferOutput<typeof extension>;
