/** English: every text the conversation shows. `{name}` marks a value filled in. */

/**
 * A text said with a number: one form for each plural category the language has (`Intl.PluralRules`; English has
 * `one` and `other`, Arabic six), `{count}` the number. `other` is required.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const en = {
  greeting: 'Hi! I can check whether your {store} purchase can be returned or cancelled, by when, and how much you’d get back. It takes a few quick questions.',

  /** The same, for a shopper checking before they buy. */
  questionsBeforeBuying: {
    soldBy: 'Who will you buy it from?',
    paymentMethod: 'How will you pay?',
    pricePaidCents: 'How much will you pay for it ({currency})?',
    originalShippingCents: 'How much will you pay for shipping ({currency})?',
  } as Record<string, string>,

  /** Questions for the built-in facts; a policy may word its own. Facts of the merchant's own are always asked in the policy's words. */
  questions: {
    situation: 'What would you like to do?',
    orderedAt: 'When did you place the order?',
    orderedAtTime: 'At what time did you place the order on {date}?',
    invoiceDate: 'What is the invoice date? It’s on your order confirmation.',
    deliveredAt: 'When was it delivered?',
    deliveredAtTime: 'At what time was it delivered on {date}?',
    timeOf: 'At what time was that on {date}?',
    pricePaidCents: 'How much did you pay for it ({currency})?',
    originalShippingCents: 'How much did you pay for shipping ({currency})?',
    paymentMethod: 'How did you pay?',
    weightPounds: 'About how much does it weigh, packed? (in lb or kg)',
    country: 'Which country are you in?',
    region: 'Where are you located?',
    soldBy: 'Who sold it to you?',
    category: 'What kind of item is it?',
    memberTier: 'Are you a member?',
    shipped: 'Has your order shipped yet?',
    preOrder: 'Was it a pre-order?',
    productionStarted: 'Has production of your order begun?',
    hasProofOfPurchase: 'Do you have a receipt, invoice or order confirmation?',
  },

  options: {
    situation: {
      'changed-mind': 'I changed my mind',
      defective: 'It’s defective',
      'damaged-on-arrival': 'It arrived damaged',
      'wrong-item': 'I was sent the wrong item',
      'not-arrived': 'It never arrived',
      'cancel-order': 'Cancel my order',
      'before-buying': 'Check before I buy',
    },
    yes: 'Yes',
    no: 'No',
    dontKnow: 'I don’t know',
  },

  /** Phrases a shopper may type (matched without case or accents; the longest match wins). Options of a policy's facts bring their own words. */
  synonyms: {
    situation: {
      'changed-mind': ['changed my mind', 'change of mind', 'changed mind', 'dont want', 'do not want', 'dont like', 'do not like', 'no longer need', 'wrong size', 'return', 'return it', 'i want a refund', 'refund', 'send it back', 'doesnt fit', 'does not fit'],
      defective: ['defective', 'broke', 'broken', 'doesnt work', 'does not work', 'not working', 'stopped working', 'faulty', 'defect', 'dead'],
      'damaged-on-arrival': ['damaged', 'arrived damaged', 'arrived broken', 'arrived smashed', 'smashed', 'dented', 'cracked', 'crushed', 'damage'],
      'wrong-item': ['wrong item', 'wrong item sent', 'sent the wrong', 'not what i ordered', 'wrong product', 'wrong colour', 'wrong color'],
      'not-arrived': ['never arrived', 'not arrived', 'didnt arrive', 'did not arrive', 'hasnt arrived', 'never came', 'lost in the post', 'not delivered', 'missing parcel', 'missing package'],
      'cancel-order': ['cancel', 'cancellation', 'cancel order', 'cancel my order'],
      'before-buying': ['before i buy', 'before buying', 'havent bought', 'not bought', 'thinking of buying', 'if i buy', 'check before'],
    },
    /**
     * Yes and no to a yes-no question. An answer that says both ("yes and no", "nope, still sealed") is asked again,
     * unless one phrase is part of a longer one of the other ("of course" in "of course not"). Words that answer only
     * some questions ("sealed", "opened") are left out: whether "still sealed" means yes depends on what was asked.
     */
    yes: ['yes', 'y', 'yeah', 'yea', 'yep', 'yup', 'uh huh', 'sure', 'sure did', 'sure is', 'correct', 'i do', 'i did', 'i have', 'it is', 'it was', 'it did', 'it has', 'of course', 'ok', 'okay', 'true', 'absolutely', 'definitely', 'certainly', 'indeed', 'no problem'],
    no: ['no', 'n', 'nope', 'nah', 'no way', 'not', 'not really', 'not yet', 'not at all', 'not anymore', 'never', 'i dont', 'i do not', 'i didnt', 'i did not', 'i have not', 'it isnt', 'its not', 'it is not', 'it wasnt', 'it was not', 'it didnt', 'it did not', 'it hasnt', 'it has not', 'didnt', 'havent', 'hasnt', 'isnt', 'wasnt', 'false', 'none', 'missing', 'lost', 'of course not', 'absolutely not', 'definitely not', 'certainly not', 'negative'],
    /** Read before any other answer, whatever was asked: "not sure" is never "sure", "no idea" never "no". */
    dontKnow: ['i dont know', 'dont know', 'do not know', 'not sure', 'not certain', 'no idea', 'unsure', 'dunno', 'i dont remember', 'cant remember', 'cant say', 'hard to say', 'no clue', 'beats me', 'who knows', 'maybe', 'idk'],
    /** Words dropped from a typed date before it is read ("on the 11th of December"); the phrases below are matched whole. */
    dateFillers: ['on', 'the', 'of', 'it', 'was'],
    today: ['today', 'now', 'just now', 'earlier today', 'this morning', 'this afternoon', 'this evening'],
    yesterday: ['yesterday', 'yesterday morning', 'yesterday afternoon', 'yesterday evening', 'last night'],
    dayBeforeYesterday: ['day before yesterday'],
    /** "3 days ago", "a week ago": `count` is digits or one of `numbers`, `unit` one of `days` or `weeks`. */
    ago: '(?<count>\\S+) (?<unit>\\S+) ago',
    /** Number words, from one. */
    numbers: [['a', 'an', 'one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten']],
    days: ['day', 'days'],
    weeks: ['week', 'weeks'],
    /** A weekday ({day}, its full name): "last Tuesday" is the latest one before today; a bare "Tuesday" too, but asked again when today is a Tuesday. */
    lastWeekday: ['last {day}', 'past {day}', 'this past {day}'],
    weekday: ['{day}'],
    /** Words ignored in an amount or a weight ("about 200 bucks"). */
    approximately: ['about', 'around', 'roughly', 'approx', 'approximately', 'circa', 'like', 'some'],
    /** Currency words, by the word in the English name of the currencies they may mean ("dollar": US Dollar, Canadian Dollar…). */
    currencies: {
      dollar: ['dollar', 'dollars', 'buck', 'bucks'],
      euro: ['euro', 'euros'],
      pound: ['pound', 'pounds', 'quid'],
      peso: ['peso', 'pesos'],
    },
    kg: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'],
    lb: ['lb', 'lbs', 'pound', 'pounds'],
    g: ['g', 'gr', 'gram', 'grams', 'gramme', 'grammes'],
    oz: ['oz', 'ounce', 'ounces'],
  },

  shortcuts: { today: 'Today', yesterday: 'Yesterday' },

  reAsk: {
    empty: 'Please type an answer or pick one of the options.',
    'not-understood': 'Sorry, I didn’t catch that. Please choose one: {options}.',
    'invalid-date': 'I couldn’t read that as a date. Try something like {example}, “today” or “yesterday”.',
    'future-date': 'That date is in the future. When did it actually happen?',
    'too-old': 'That date is too long ago to be right. Please check it.',
    'before-order': 'That’s before the order date you gave ({orderDate}). Please check this date, or change the order date above.',
    'invalid-time': 'I couldn’t read that as a time. Try something like 14:30 or 2:30 pm.',
    'future-time': 'That time is still ahead of us today. When did it actually happen?',
    'not-an-amount': 'Please enter the amount as a number, like {example}.',
    'not-a-weight': 'Please enter a weight like “12 lb” or “5 kg”.',
    'not-a-number': 'Please enter a number, like 3.',
    'too-long': 'That answer is too long. Please keep it short.',
    'other-currency': 'This store charges in {currency}. Please enter the amount you paid in {currency}, as on your receipt.',
  },

  /** Answers that are probably slips, checked before they count. */
  doubts: {
    'long-ago': '{date} is more than a year ago. Is that right?',
    'long-ago-suggest': '{date} is more than a year ago. Did you mean {suggestion}?',
    free: 'You paid {amount} for it? That’s fine if it was free, a gift or a giveaway, say.',
    yes: 'Yes, {answer}',
    yesFree: 'Yes, it was free',
    change: 'No, let me change it',
  },

  verdicts: {
    eligible: 'Yes — you can return it',
    'eligible-cancel': 'Yes — you can cancel it',
    'eligible-before-buying': 'Yes — you could return it',
    'not-eligible': 'No — this can’t be returned',
    'not-eligible-cancel': 'No — this order can’t be cancelled',
    'needs-review': '{store} needs to review this',
    'handled-elsewhere': 'This is handled by {handledBy}',
  },
  handledByDefault: 'someone other than {store}',

  /** Why, for each kind of reason; a rule's own `reason` text, when it has one, is shown instead of `rule`. */
  reasons: {
    'window-open': 'You’re within the {days}-day window counted from the {from} ({fromDay}).',
    'window-open-business': 'You’re within the {days}-business-day window counted from the {from} ({fromDay}).',
    'window-open-elapsed': 'You’re within the time allowed after the {from}.',
    'window-closed': 'The {days}-day window counted from the {from} ({fromDay}) ended on {lastDay}.',
    'window-closed-business': 'The {days}-business-day window counted from the {from} ({fromDay}) ended on {lastDay}.',
    'window-closed-elapsed': 'The time allowed after the {from} has passed.',
    'window-closed-event': 'It’s too late: {until}.',
    'extension-applies': 'The holiday extension applies: returns are accepted until {lastDay}.',
    rule: 'The policy covers this case.',
    also: 'The policy says so again here.',
    'requirement-not-met': 'This condition of the policy isn’t met.',
    'may-charge': 'The store may charge for this.',
    'not-covered': '{store}’s policy doesn’t say how this is handled.',
    'not-stated': 'The policy doesn’t say who pays return shipping: ask {store} before you send anything.',
  },
  /** How a date fact reads in "counted from the …". */
  anchors: { invoiceDate: 'invoice date', orderedAt: 'order date', deliveredAt: 'delivery', other: 'date' } as Record<string, string>,

  result: {
    lastDay: 'Last day to start your return: {date}',
    lastDayCancel: 'Last day to cancel: {date}',
    lastDayToday: 'today is the last day',
    daysLeft: { one: '{count} day left', other: '{count} days left' } as Plural,
    countedFrom: 'Counted from the {from}: {date}',
    earliest: { one: 'At least until {date} ({count} day after delivery)', other: 'At least until {date} ({count} days after delivery)' } as Plural,
    reportBy: 'Report by {dateTime}',
    reportByDay: 'Report within {hours} hours of delivery (by {date} at the latest)',
    cancelBy: 'Cancel by {dateTime}',
    cancelByDay: 'Cancel within {hours} hours of ordering (by {date} at the latest)',
    actBy: 'By {dateTime}',
    actByDay: 'Within {hours} hours (by {date} at the latest)',
    until: { shipped: 'Before the order ships', productionStarted: 'Before production begins', other: 'While it is still possible' } as Record<string, string>,
    outcomes: {
      refund: 'Refund to your original payment method',
      'store-credit': 'Store credit (a refund card or gift card), not money back',
      exchange: 'Exchange only: no money back',
      replacement: 'A replacement',
      repair: 'A repair',
      choice: 'Your choice: {choices}',
    },
    outcomeWords: { refund: 'a refund', 'store-credit': 'store credit', exchange: 'an exchange', replacement: 'a replacement', repair: 'a repair', choice: 'a choice' },
    dependsTitle: 'It depends',
    dependsIntro: 'This depends on something nobody can know yet. Every way it can go:',
    dependsOn: 'If {condition}',
    answerIs: 'your answer to “{question}” is “{answer}”',
    rangeAfter: '{fact} is after {from}',
    rangeUpTo: '{fact} is {to} or earlier',
    rangeBetween: '{fact} is after {from} and no later than {to}',
    rangeAbove: '{fact} is more than {from}',
    rangeAtMost: '{fact} is {to} or less',
    rangeFromTo: '{fact} is more than {from} and at most {to}',
    factNames: { deliveredAt: 'the delivery date', orderedAt: 'the order date', invoiceDate: 'the invoice date', pricePaidCents: 'the price paid', originalShippingCents: 'the shipping paid', weightPounds: 'the weight' } as Record<string, string>,
    refundTitle: 'What comes back',
    pricePaid: 'Price paid',
    pricePaidUnknown: 'The price you paid',
    returnShippingNotStated: 'Return shipping: the policy doesn’t say — ask {store}',
    originalShippingRefunded: 'Original shipping (refunded)',
    originalShippingKept: 'Original shipping (not refunded)',
    returnShippingFree: 'Return shipping: free label',
    returnShippingDeducted: 'Return shipping (deducted)',
    returnShippingYours: 'Return shipping (you pay the carrier)',
    feeRate: '{name} ({rate})',
    feeFlat: '{name}',
    unknown: 'amount not known yet',
    notRefunded: 'not refunded',
    total: 'You get back',
    totalAtMost: 'You get back at most',
    totalPlus: '{amount} plus original shipping',
    totalPrice: 'You get back the price you paid, less the lines above',
    stepsTitle: 'What to do next',
    requirementsTitle: 'Make sure that',
    timelineTitle: 'How long it takes',
    notesTitle: 'Good to know',
    why: 'Why?',
    policySays: 'The policy says',
    /** Shown with a quote given in the shopper's language: the merchant's own words, as published. */
    original: 'Original wording',
    timeline: '{stage}: {range} {unit} after {after}',
    timelineTwo: '{stage}: the policy states {ranges} {unit} after {after}',
    timelineTwoPlan: '{stage}: the policy states {ranges} {unit} after {after}; allow up to {max}',
    stillTitle: 'What you can still do',
    faultyIntro: 'If it’s faulty, the policy treats it differently.',
    checkFaulty: 'Check it as a fault',
    contact: 'Ask {contact} if you have questions about your case.',
    stages: { inspection: 'Inspection', processing: 'Processing', refund: 'Refund' },
    after: { receipt: 'they receive it', inspection: 'inspection', processing: 'processing' },
    businessDays: { one: 'business day', other: 'business days' } as Plural,
    days: { one: 'day', other: 'days' } as Plural,
    atLeast: 'at least {min}',
    within: 'within {max}',
    between: '{min}–{max}',
  },

  followUps: {
    explain: 'How we worked it out',
    copy: 'Copy a summary for support',
    calendar: 'Add the deadline to my calendar',
    another: 'Check another item',
    restart: 'Start over',
    undo: 'Undo last answer',
    edit: 'Change',
    copied: 'Summary copied.',
  },

  notices: {
    restored: 'Welcome back — I picked up where you left off.',
    discarded: 'I couldn’t restore your earlier answers, so we’re starting again.',
    memoryOnly: 'Your answers won’t be kept if you reload this page.',
    hostFactProblem: 'Some details from this page couldn’t be used, so I’ll ask about them.',
    factsChanged: 'The product details on this page changed, so I updated the result.',
  },

  summary: {
    title: '{store} return pre-check',
    checkedOn: 'Checked on {date}',
    answers: 'What I told the assistant',
    result: 'Result',
  },

  ui: {
    moreOptions: 'More options',
    dismiss: 'OK',
    keepAnswer: 'Keep my earlier answer',
    title: '{store} returns and cancellations',
    close: 'Close',
    placeholder: 'Type your answer',
    datePlaceholder: 'For example {example}, or 3 days ago',
    send: 'Send',
    verdictIcons: { eligible: 'Eligible', 'not-eligible': 'Not eligible', 'needs-review': 'Needs review', 'handled-elsewhere': 'Handled elsewhere' },
    fallback: 'The return assistant isn’t available on this page right now. Please contact {store} for help with a return.',
    fallbackNoStore: 'The return assistant isn’t available on this page right now. Please contact the store for help with a return.',
    amount: 'Amount',
    item: 'Item',
  },
  calendar: {
    title: 'Last day to return to {store}',
    reportTitle: 'Report the problem to {store}',
  },
};

export type Messages = typeof en;
