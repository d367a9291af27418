/**
 * Policy format 2. The types every other module uses are inferred from this
 * schema, and the JSON Schema for editors is generated from it, so the format is
 * defined once and a merchant's JSON is checked against exactly what the evaluator reads.
 *
 * A policy declares its facts (with their questions), then an ordered list of
 * rules: the first rule whose `when` holds (and whose window is open, or says what
 * happens once it closes) decides. Each rule quotes the clause it encodes.
 */
import * as v from 'valibot';
import { isCalendarDate } from './dates.ts';
import { FACT_KINDS, SITUATIONS } from './facts.ts';

/**
 * Object schemas whose entries have no prototype: valibot walks them with for…in, and a page that adds
 * properties to Object.prototype would otherwise add "fields" to the format.
 */
function strictObject<const E extends v.ObjectEntries, const M extends v.ErrorMessage<v.StrictObjectIssue> | undefined = undefined>(entries: E, message?: M) {
  return v.strictObject(Object.assign(Object.create(null) as E, entries), message as M);
}
function objectWithRest<const E extends v.ObjectEntries, const R extends v.GenericSchema>(entries: E, rest: R, message?: string) {
  return v.objectWithRest(Object.assign(Object.create(null) as E, entries), rest, message);
}

const text = v.pipe(v.string('text'), v.trim(), v.nonEmpty('non-empty text'));
const id = v.pipe(v.string('an id such as "returns.window"'), v.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'an id of lower-case letters, digits, dots and dashes'));
const factName = v.pipe(v.string('a fact name'), v.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a fact name of letters and digits, such as "tagsAttached"'));
const positiveWholeNumber = v.pipe(v.number('a positive whole number'), v.integer('a positive whole number'), v.minValue(1, 'a positive whole number'));
const cents = v.pipe(v.number('a whole number of cents'), v.integer('a whole number of cents'), v.minValue(0, 'cents of 0 or more'));
const basisPoints = v.pipe(
  v.number('a rate in basis points (3.8 % is 380)'),
  v.integer('a rate in whole basis points (3.8 % is 380)'),
  v.minValue(0, 'a rate from 0 to 10000 basis points'),
  v.maxValue(10_000, 'a rate from 0 to 10000 basis points'),
);
const calendarDate = v.pipe(
  v.string('a date written YYYY-MM-DD'),
  v.check((value: string) => isCalendarDate(value), 'a real date written YYYY-MM-DD'),
);
/** A fixed date (`2023-11-01`) or a yearly one (`--11-01`). */
const datedOrYearly = v.pipe(
  v.string('a date written YYYY-MM-DD, or --MM-DD for every year'),
  v.check(
    (value: string) => (value.startsWith('--') ? isCalendarDate(`2000${value.slice(1)}`) : isCalendarDate(value)),
    'a date written YYYY-MM-DD, or --MM-DD for every year',
  ),
);
const scalar = v.union([v.string(), v.number(), v.boolean()], 'text, a number, or true/false');

/** Text a shopper reads: a plain string, or one string a language (`{ "en": "…", "es": "…" }`, English required). */
const localText = v.union([text, objectWithRest({ en: text }, text)], 'text, or an object of texts by language with at least "en"');

/** A language ("fr") or a language in a region ("fr-CA"), as BCP 47 writes it. */
const languageTag = v.pipe(v.string('a language tag'), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "fr" or "fr-CA"'));

/** Every rule names itself and quotes the policy sentence it encodes. */
const clause = { id, quote: text };
const clauseSchema = strictObject(clause, 'a clause { id, quote }');

/** How long: exactly one unit. `firstDay: "same-day"` counts the day of the event as day 1. */
const spanEntries = {
  days: v.optional(positiveWholeNumber),
  businessDays: v.optional(positiveWholeNumber),
  hours: v.optional(positiveWholeNumber),
  minutes: v.optional(positiveWholeNumber),
  firstDay: v.optional(v.picklist(['next-day', 'same-day'], 'next-day or same-day'), 'next-day'),
};
interface SpanLike {
  days?: number | undefined;
  businessDays?: number | undefined;
  hours?: number | undefined;
  minutes?: number | undefined;
}
const oneUnit = (span: SpanLike) => [span.days, span.businessDays, span.hours, span.minutes].filter((value) => value !== undefined).length === 1;
const span = v.pipe(
  strictObject(spanEntries, 'a length { days | businessDays | hours | minutes }'),
  v.check((value) => oneUnit(value), 'exactly one of days, businessDays, hours, minutes'),
);

/** A condition over facts, as written. */
export interface ConditionInput {
  all?: ConditionInput[];
  any?: ConditionInput[];
  not?: ConditionInput;
  fact?: string;
  is?: string | number | boolean;
  in?: (string | number | boolean)[];
  above?: number;
  atLeast?: number;
  below?: number;
  atMost?: number;
  within?: v.InferInput<typeof span>;
  onOrAfter?: string;
  onOrBefore?: string;
}
/** A condition over facts, as the evaluator reads it. */
export type Condition = Omit<ConditionInput, 'all' | 'any' | 'not' | 'within'> & {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  within?: v.InferOutput<typeof span>;
};

const COMPARISONS = ['is', 'in', 'above', 'atLeast', 'below', 'atMost', 'within', 'onOrAfter', 'onOrBefore'] as const;

function conditionShape(condition: Condition): boolean {
  const groups = [condition.all, condition.any, condition.not].filter((part) => part !== undefined).length;
  const tests = COMPARISONS.filter((key) => condition[key] !== undefined).length;
  if (groups > 0) return groups === 1 && tests === 0 && condition.fact === undefined;
  // Number ranges may combine a lower and an upper bound; every other test stands alone.
  const range = ['above', 'atLeast', 'below', 'atMost'].filter((key) => condition[key as keyof Condition] !== undefined).length;
  const dateRange = ['onOrAfter', 'onOrBefore'].filter((key) => condition[key as keyof Condition] !== undefined).length;
  return condition.fact !== undefined && tests >= 1 && (tests === 1 || tests === range || tests === dateRange);
}

export const conditionSchema: v.GenericSchema<ConditionInput, Condition> = v.pipe(
  strictObject(
    {
      all: v.optional(v.pipe(v.array(v.lazy(() => conditionSchema)), v.nonEmpty('at least one condition'))),
      any: v.optional(v.pipe(v.array(v.lazy(() => conditionSchema)), v.nonEmpty('at least one condition'))),
      not: v.optional(v.lazy(() => conditionSchema)),
      fact: v.optional(factName),
      is: v.optional(scalar),
      in: v.optional(v.pipe(v.array(scalar), v.nonEmpty('at least one value'))),
      above: v.optional(v.number()),
      atLeast: v.optional(v.number()),
      below: v.optional(v.number()),
      atMost: v.optional(v.number()),
      within: v.optional(span),
      onOrAfter: v.optional(calendarDate),
      onOrBefore: v.optional(calendarDate),
    },
    'a condition: { all }, { any }, { not }, or { fact, is | in | above | atLeast | below | atMost | within | onOrAfter | onOrBefore }',
  ),
  v.check(conditionShape, 'one of { all: [...] }, { any: [...] }, { not: {...} } or { fact, <one test> }'),
) as v.GenericSchema<ConditionInput, Condition>;

const when = v.optional(conditionSchema);

/** Words a shopper may type for an option, in any language (matched without case or accents). */
const words = v.optional(v.array(text));
const option = v.union([localText, strictObject({ label: localText, help: v.optional(localText), words })], 'a label, or { label, help, words }');
const factSpec = strictObject(
  {
    kind: v.optional(v.picklist(FACT_KINDS, `one of ${FACT_KINDS.join(', ')}`)),
    question: v.optional(localText),
    /** The question as asked of a shopper checking before they buy ("Where will you buy it?"), when `question` is worded for after. */
    questionBeforeBuying: v.optional(localText),
    help: v.optional(localText),
    /** For a choice: each option's value and its label in the merchant's words. */
    options: v.optional(
      v.record(v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an option value of lower-case letters, digits and dashes')), option),
    ),
    /**
     * Where the value comes from: `ask` (the shopper; the default), `page` (an element attribute or the page's JSON-LD; asked if the page does not say),
     * or `store` (decided by the store after the return arrives, e.g. its inspection: never asked; the result shows each outcome).
     */
    from: v.optional(v.picklist(['ask', 'page', 'store'], 'ask, page or store'), 'ask'),
    /** How a value of this fact reads in "it depends on …" sentences, per value (`{ "true": "the tags are still on" }`). */
    says: v.optional(v.record(v.string(), localText)),
  },
  'a fact { kind, question, options, from }',
);

const step = strictObject({ ...clause, when, text: localText }, 'a step { id, quote, text }');
const note = strictObject({ ...clause, when, text: localText }, 'a note { id, quote, text }');
const timelineEntry = strictObject({
  ...clause,
  when,
  stage: v.picklist(['inspection', 'processing', 'refund'], 'one of inspection, processing, refund'),
  after: v.picklist(['receipt', 'inspection', 'processing'], 'one of receipt, inspection, processing'),
  minDays: v.optional(positiveWholeNumber),
  maxDays: v.optional(positiveWholeNumber),
  businessDays: v.optional(v.boolean('true or false'), false),
});

export const OUTCOMES = ['refund', 'store-credit', 'exchange', 'replacement', 'repair', 'choice'] as const;
const outcomeRule = strictObject({
  ...clause,
  when,
  outcome: v.picklist(OUTCOMES, `one of ${OUTCOMES.join(', ')}`),
  /** For `choice`: what the shopper may choose between. */
  choices: v.optional(v.array(v.picklist(OUTCOMES.filter((o) => o !== 'choice')))),
});

const fee = v.pipe(
  strictObject({
    ...clause,
    when,
    name: localText,
    /** A share of the price paid, in basis points (15 % is 1500). */
    basisPoints: v.optional(basisPoints),
    /** A flat amount, in cents. */
    amountCents: v.optional(cents),
    /** The most the fee can be, in cents. */
    maxCents: v.optional(cents),
    minCents: v.optional(cents),
    /** True when the policy names the fee but not its amount ("any processing costs incurred"). */
    unknownAmount: v.optional(v.boolean()),
  }),
  v.check(
    (f) => [f.basisPoints, f.amountCents, f.unknownAmount].filter((x) => x !== undefined && x !== false).length === 1,
    'a fee with exactly one of basisPoints, amountCents or unknownAmount: true',
  ),
);

const originalShipping = strictObject({ ...clause, when, refunded: v.boolean('true or false') });
const returnShipping = strictObject({
  ...clause,
  when,
  cost: v.picklist(['free-label', 'free', 'deducted', 'shopper-pays'], 'one of free-label, free, deducted, shopper-pays'),
  /** A stated cost in cents (a $7.95 label deducted); unknown when left out. */
  amountCents: v.optional(cents),
});

const requirement = strictObject(
  {
    ...clause,
    when,
    /** What must hold. */
    require: conditionSchema,
    /** What happens when it does not: the return is refused, the store may charge, or the store reviews it. */
    otherwise: v.picklist(['not-eligible', 'may-charge', 'needs-review'], 'one of not-eligible, may-charge, needs-review'),
    /** false: shown as a requirement and assumed met unless the facts say otherwise (never asked). */
    ask: v.optional(v.boolean('true or false'), true),
    text: localText,
  },
  'a requirement { id, quote, require, otherwise, text }',
);

const extension = v.pipe(
  strictObject({
    ...clause,
    /** The date fact the purchase is dated by. */
    purchasedOn: factName,
    purchasedFrom: datedOrYearly,
    purchasedThrough: datedOrYearly,
    returnBy: datedOrYearly,
  }),
  v.check(
    (e) => new Set([e.purchasedFrom, e.purchasedThrough, e.returnBy].map((d) => d.startsWith('--'))).size === 1,
    'purchasedFrom, purchasedThrough and returnBy all dated, or all yearly (--MM-DD)',
  ),
);

const windowSchema = v.pipe(
  strictObject({
    ...spanEntries,
    /** The date fact counted from (`deliveredAt`, `orderedAt`, `invoiceDate`, or a date fact of the policy's own); a list counts from the latest of them ("whichever is later"). */
    from: v.optional(v.union([factName, v.pipe(v.array(factName), v.minLength(2, 'at least two date facts'))], 'a date fact, or a list of date facts')),
    /** Open while this yes-no fact is false ("until it ships": `"until": "shipped"`). */
    until: v.optional(factName),
    extensions: v.optional(v.array(extension), []),
  }),
  v.check(
    (w) =>
      w.until !== undefined
        ? !oneUnit(w) && [w.days, w.businessDays, w.hours, w.minutes].every((x) => x === undefined) && w.from === undefined
        : oneUnit(w) && w.from !== undefined,
    'either { days | businessDays | hours | minutes, from } or { until }',
  ),
);

/** What a returnable (or cancellable) case gives back and asks of the shopper. Every list may carry `when` per entry. */
const termsEntries = {
  outcome: v.optional(v.array(outcomeRule)),
  requirements: v.optional(v.array(requirement)),
  fees: v.optional(v.array(fee)),
  originalShipping: v.optional(v.array(originalShipping)),
  returnShipping: v.optional(v.array(returnShipping)),
  steps: v.optional(v.array(step)),
  timeline: v.optional(v.array(timelineEntry)),
  notes: v.optional(v.array(note)),
};
const terms = strictObject(termsEntries, 'terms { outcome, requirements, fees, originalShipping, returnShipping, steps, timeline, notes }');

export const VERDICTS = ['eligible', 'not-eligible', 'handled-elsewhere', 'needs-review'] as const;

const rule = strictObject(
  {
    ...clause,
    /** Further clauses that say the same thing (quoted as reasons too). */
    also: v.optional(v.array(clauseSchema)),
    when,
    verdict: v.picklist(VERDICTS, `one of ${VERDICTS.join(', ')}`),
    /** The headline, when the widget's own ("Yes — you can return it") would not fit ("Yes — you can file an A-to-z claim"). */
    title: v.optional(localText),
    /** What the clause means for this purchase, in plain words (shown as the reason). */
    reason: v.optional(localText),
    window: v.optional(windowSchema),
    /** Once the window has closed: the purchase is not eligible (the default), or the next rule decides. */
    ifClosed: v.optional(v.picklist(['not-eligible', 'next'], 'not-eligible or next'), 'not-eligible'),
    /** Who handles it, for `handled-elsewhere` ("the manufacturer"). */
    handledBy: v.optional(localText),
    /** Named shared terms to apply before the rule's own. */
    uses: v.optional(v.array(id)),
    ...termsEntries,
  },
  'a rule { id, quote, when, verdict, … }',
);

const group = strictObject({
  /** The facts one answer sets. */
  facts: v.pipe(v.array(factName), v.minLength(2, 'at least two facts')),
  question: localText,
  /** Each option's label and the facts it sets. */
  options: v.record(
    v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an option value of lower-case letters, digits and dashes')),
    strictObject({ label: localText, sets: v.record(factName, scalar), words }),
  ),
});

export const policySchema = strictObject(
  {
    $schema: v.optional(v.string()),
    format: v.literal(2, 'format 2'),
    id,
    store: strictObject({
      name: text,
      currency: v.pipe(v.string('a currency code'), v.regex(/^[A-Z]{3}$/, 'a three-letter currency code such as USD')),
      website: v.optional(text),
      email: v.optional(v.pipe(v.string('an email address'), v.email('an email address'))),
      phone: v.optional(text),
      /** How a shopper reaches the store, in words ("iGarden support (support@igarden.ai)"). */
      contact: localText,
      /** Countries the policy applies in (ISO 3166-1 alpha-2), for the JSON-LD. */
      countries: v.optional(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a two-letter country code such as US')))),
    }),
    /** What shoppers can come for, in the order offered (a subset of the built-in situations). */
    situations: v.pipe(v.array(v.picklist(SITUATIONS, `one of ${SITUATIONS.join(', ')}`)), v.nonEmpty('at least one situation')),
    /** Every fact the rules read: built-in names with their options, and the merchant's own with their questions. */
    facts: v.record(factName, factSpec),
    /** Questions that one tap answers for several facts. */
    groups: v.optional(v.record(factName, group), {}),
    /** Named terms shared by several rules (`"uses": ["standard"]`). */
    terms: v.optional(v.record(id, terms), {}),
    /** Rules in order: the first that applies decides. */
    rules: v.pipe(v.array(rule), v.nonEmpty('at least one rule')),
    /** Notes shown with every decision whose facts match. */
    notes: v.optional(v.array(note), []),
    /** Clauses that bind nobody in a pre-check, each with why. */
    informationOnly: v.optional(v.array(strictObject({ ...clause, why: text })), []),
    /** The language the quotes are written in, as the merchant published them: "en" when not given. */
    quoteLanguage: v.optional(languageTag),
    /**
     * Quotes in the shoppers' languages, by the quote's exact text (`{ "<quote>": { "fr": "…" } }`): a quote itself
     * stays the merchant's published words, shown beside its translation.
     */
    quoteTranslations: v.optional(v.record(text, v.record(languageTag, text))),
  },
  'a policy object',
);

/** A store's return policy, as the evaluator reads it. */
export type Policy = v.InferOutput<typeof policySchema>;
/** A policy as written by hand or in JSON: lists may be left out. */
export type PolicyInput = v.InferInput<typeof policySchema>;
export type LocalText = v.InferOutput<typeof localText>;
export type Rule = v.InferOutput<typeof rule>;
export type Terms = v.InferOutput<typeof terms>;
export type FactSpec = v.InferOutput<typeof factSpec>;
export type Step = v.InferOutput<typeof step>;
export type Note = v.InferOutput<typeof note>;
export type TimelineEntry = v.InferOutput<typeof timelineEntry>;
export type Fee = v.InferOutput<typeof fee>;
export type Requirement = v.InferOutput<typeof requirement>;
export type Extension = v.InferOutput<typeof extension>;
export type Window = v.InferOutput<typeof windowSchema>;
export type Span = v.InferOutput<typeof span>;
export type OutcomeKind = (typeof OUTCOMES)[number];
export type Group = v.InferOutput<typeof group>;
