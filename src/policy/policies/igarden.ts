/**
 * iGarden (smart-garden devices) return and cancellation policy, encoded clause by clause.
 * Every `quote` is the policy's own sentence, verbatim.
 */
import type { Policy } from '../schema.ts';

const NON_QUALITY_DEDUCTIONS =
  'For non-quality-related return requests, (i) original shipping cost will not be refunded and (ii) return shipping costs and transaction fees (3.8% for credit card users, 3.49% for PayPal users) shall be deducted from your refund.';
const REPORT_48_HOURS = 'Report defects within 48 hours of delivery by contacting support@igarden.ai';
const ALL_SITUATIONS = ['changed-mind', 'defective', 'damaged-on-arrival', 'cancel-order', 'before-buying'] as const;
const RETURN_SITUATIONS = ['changed-mind', 'defective', 'damaged-on-arrival', 'before-buying'] as const;

const returnRequestSteps = [
  {
    id: 'igarden.step.request',
    quote: 'Have your order number and purchase email ready and submit a return request [here]',
    text: {
      en: 'With your order number and purchase email ready, submit a return request to iGarden by {lastDay}.',
      es: 'Con su número de pedido y el correo de compra a mano, envíe una solicitud de devolución a iGarden antes del {lastDay}.',
    },
  },
  {
    id: 'igarden.step.confirmation',
    quote: 'iGarden customer support team will confirm whether your order qualifies for return and send detailed return instructions.',
    text: {
      en: 'iGarden support confirms that your order qualifies and sends you detailed return instructions.',
      es: 'El soporte de iGarden confirma que su pedido cumple los requisitos y le envía instrucciones detalladas.',
    },
  },
  {
    id: 'igarden.step.ship',
    quote: 'Use the provided instructions (and label, if applicable) to return your product.',
    text: {
      en: 'Return the product following those instructions (and with their label, if one is provided), with all accessories and the original packaging.',
      es: 'Devuelva el producto siguiendo esas instrucciones (y con su etiqueta, si se la dan), con todos los accesorios y el embalaje original.',
    },
  },
];

export const igarden: Policy = {
  format: 1,
  id: 'igarden',
  store: {
    name: 'iGarden',
    currency: 'USD',
    email: 'support@igarden.ai',
    contact: { en: 'iGarden support (support@igarden.ai)', es: 'el soporte de iGarden (support@igarden.ai)' },
  },
  situations: [...ALL_SITUATIONS],
  scope: [
    {
      id: 'igarden.scope.retailer',
      quote:
        "For purchase made through any retailer, please contact the retailer and follow such retailer’s return policy.",
      fact: 'soldBy',
      values: ['third-party', 'other-retailer'],
      verdict: 'handled-elsewhere',
      situations: [...ALL_SITUATIONS],
      handledBy: { en: 'the retailer', es: 'el minorista' },
      steps: [
        {
          id: 'igarden.scope.contact-retailer',
          quote: "For purchase made through any retailer, please contact the retailer and follow such retailer’s return policy.",
          text: {
            en: 'Contact the retailer you bought it from and follow their return policy. iGarden’s policy covers purchases made directly from the iGarden website or the Amazon iGarden direct store.',
            es: 'Contacte con el minorista al que se lo compró y siga su política de devoluciones. La política de iGarden cubre las compras hechas directamente en la web de iGarden o en la tienda directa de iGarden en Amazon.',
          },
        },
      ],
    },
  ],
  returns: {
    window: {
      id: 'igarden.window.30-days',
      quote:
        'For products purchased from the iGarden Official Store, our return policy allows you to request a return within 30 calendar days of delivery for any reason.',
      days: 30,
      from: 'delivery',
    },
    extensions: [],
    conditions: [
      {
        id: 'igarden.condition.receipt',
        quote: 'A valid receipt, invoice, or order confirmation is required.',
        fact: 'hasProofOfPurchase',
        effect: 'void',
        ask: false,
        onlyForBundles: false,
        situations: [...RETURN_SITUATIONS],
        requirement: {
          en: 'Keep a valid receipt, invoice or order confirmation: it is required.',
          es: 'Conserve un recibo, factura o confirmación de pedido válidos: son obligatorios.',
        },
      },
      {
        id: 'igarden.condition.packaging',
        quote: 'All accessories and original packaging must be included; missing items or improper packaging may incur charges.',
        fact: 'packagingComplete',
        effect: 'may-charge',
        ask: false,
        onlyForBundles: false,
        situations: [...RETURN_SITUATIONS],
        requirement: {
          en: 'Include all accessories and the original packaging; missing items or improper packaging may incur charges.',
          es: 'Incluya todos los accesorios y el embalaje original; los artículos que falten o un embalaje inadecuado pueden generar cargos.',
        },
      },
    ],
    refund: {
      originalShipping: { id: 'igarden.refund.original-shipping', quote: NON_QUALITY_DEDUCTIONS, refunded: false },
      returnShipping: {
        id: 'igarden.refund.return-shipping',
        quote: 'Returning products for any reason other than a proven defect.',
        cost: 'deducted',
      },
      fees: [
        {
          id: 'igarden.refund.transaction-fee',
          quote: NON_QUALITY_DEDUCTIONS,
          name: { en: 'Transaction fee', es: 'Comisión de transacción' },
          basisPoints: { 'credit-card': 380, paypal: 349 },
        },
      ],
    },
    steps: returnRequestSteps,
    timeline: [
      {
        id: 'igarden.timeline.inspection',
        quote: 'iGarden warehouse team will inspect returned items within 1–3 business days of receipt.',
        stage: 'inspection',
        after: 'receipt',
        minDays: 1,
        maxDays: 3,
        businessDays: true,
      },
      {
        // The policy states two refund times; both are shown.
        id: 'igarden.timeline.refund-guidelines',
        quote: 'Approved returns are refunded via your original payment method within 3–5 business days',
        stage: 'refund',
        after: 'inspection',
        minDays: 3,
        maxDays: 5,
        businessDays: true,
      },
      {
        id: 'igarden.timeline.refund-fees',
        quote: 'Approved returns are refunded to your original payment method within 5-10 business days of our receipt and inspection.',
        stage: 'refund',
        after: 'inspection',
        minDays: 5,
        maxDays: 10,
        businessDays: true,
      },
    ],
  },
  defect: {
    situations: ['defective', 'damaged-on-arrival'],
    report: { id: 'igarden.defect.48-hours', quote: REPORT_48_HOURS, withinHours: 48, email: 'support@igarden.ai' },
    alsoStatedBy: [
      { id: 'igarden.limits.damage-48-hours', quote: 'Claims for damaged or missing items must be reported within 48 hours of delivery' },
    ],
    refund: {
      originalShipping: {
        id: 'igarden.defect.original-shipping',
        quote: 'Full refund including original shipping costs will be issued upon confirmation of defect',
        refunded: true,
      },
      returnShipping: {
        id: 'igarden.defect.prepaid-label',
        quote: 'iGarden will provide a prepaid return shipping label for defective items.',
        cost: 'free-label',
      },
      fees: [],
    },
    fullRefund: {
      id: 'igarden.defect.full-refund',
      quote: 'Full refund including original shipping costs will be issued upon confirmation of defect',
    },
    replacement: {
      id: 'igarden.defect.replacement',
      quote: 'Replacement product will be shipped at no additional cost if requested',
    },
    caveats: [
      {
        id: 'igarden.defect.found-working',
        quote: 'Returning items claimed to have defects but found by iGarden’s quality control to be in working condition.',
        text: {
          en: 'If iGarden’s quality control finds the item in working condition, shipping costs are deducted from your refund.',
          es: 'Si el control de calidad de iGarden comprueba que el artículo funciona, se descontarán los gastos de envío del reembolso.',
        },
        situations: ['defective', 'damaged-on-arrival'],
      },
    ],
    steps: [
      {
        id: 'igarden.defect.step.email',
        quote: REPORT_48_HOURS,
        text: {
          en: 'Email {email} before {reportBy} with your order number, what is wrong and, ideally, photos.',
          es: 'Escriba a {email} antes del {reportBy} con su número de pedido, qué falla y, si puede, fotos.',
        },
      },
      {
        id: 'igarden.defect.step.choose',
        quote: 'Replacement product will be shipped at no additional cost if requested',
        text: {
          en: 'Say whether you want a full refund (including original shipping) or a free replacement.',
          es: 'Indique si quiere el reembolso completo (con el envío original) o un reemplazo gratuito.',
        },
      },
      {
        id: 'igarden.defect.step.label',
        quote: 'iGarden will provide a prepaid return shipping label for defective items.',
        text: {
          en: 'Send the item back with the prepaid return label iGarden provides.',
          es: 'Devuelva el artículo con la etiqueta de devolución prepagada que le envía iGarden.',
        },
      },
    ],
    warranty: {
      id: 'igarden.defect.warranty',
      quote: 'Products found defective during normal use within warranty period are covered under our Product Warranty Policy.',
      text: {
        en: 'A defect found during normal use within the warranty period is covered by iGarden’s Product Warranty Policy: contact iGarden support.',
        es: 'Un defecto aparecido con el uso normal dentro del periodo de garantía está cubierto por la Política de Garantía de iGarden: contacte con el soporte de iGarden.',
      },
    },
    international: {
      id: 'igarden.defect.international',
      quote:
        'International customers (customers located outside the United States and Canada): Contact support for market-specific defect procedures.',
      steps: [
        {
          id: 'igarden.defect.international.contact',
          quote: 'Contact support for market-specific defect procedures.',
          text: {
            en: 'Email {email} for the defect procedure in your country; report it as soon as you can.',
            es: 'Escriba a {email} para conocer el procedimiento de defectos de su país; comuníquelo cuanto antes.',
          },
        },
      ],
    },
  },
  cancellation: {
    beforeShipment: {
      id: 'igarden.cancel.in-stock',
      quote: 'For in-stock products, we accept order cancellations before the product is shipped.',
    },
    preOrder: {
      id: 'igarden.cancel.pre-order',
      quote:
        'For pre-order products, we accept order cancellation before the product is shipped or production begins, subject to iGarden’s instruction regarding specific pre-order products.',
      caveat: {
        en: 'iGarden may give specific instructions for some pre-order products.',
        es: 'iGarden puede dar instrucciones específicas para algunos productos en preventa.',
      },
    },
    fullRefund: {
      id: 'igarden.cancel.24-hours',
      quote: 'Cancellations made within 24 hours of ordering will be fully refunded with no deductions.',
      withinHours: 24,
    },
    afterFullRefundWindow: {
      id: 'igarden.cancel.processing-costs',
      quote:
        'For cancellations made after 24 hours but before shipment, we will refund your payment minus any incurred processing costs where permitted by applicable state law.',
      deduction: {
        en: 'Processing costs incurred (where state law permits)',
        es: 'Costes de tramitación incurridos (donde la ley estatal lo permita)',
      },
    },
    afterShipment: {
      id: 'igarden.cancel.shipped',
      quote: 'Once your order has shipped, cancellations are no longer possible; please follow the return process below.',
      steps: [
        {
          id: 'igarden.cancel.shipped.return',
          quote: 'Once your order has shipped, cancellations are no longer possible; please follow the return process below.',
          text: {
            en: 'Once it is delivered, you can request a return within 30 days of delivery (original shipping, return shipping and any transaction fee are not refunded).',
            es: 'Cuando lo reciba, puede solicitar la devolución en los 30 días siguientes a la entrega (no se reembolsan el envío original, el envío de devolución ni la comisión de transacción).',
          },
        },
      ],
    },
    steps: [
      {
        id: 'igarden.cancel.step.contact',
        quote: 'Cancellations made within 24 hours of ordering will be fully refunded with no deductions.',
        onlyIf: 'within-full-refund-window',
        text: {
          en: 'Contact iGarden support ({email}) with your order number before {fullRefundBy} for a full refund with no deductions.',
          es: 'Contacte con el soporte de iGarden ({email}) con su número de pedido antes del {fullRefundBy} para un reembolso completo sin descuentos.',
        },
      },
      {
        id: 'igarden.cancel.step.contact-late',
        quote:
          'For cancellations made after 24 hours but before shipment, we will refund your payment minus any incurred processing costs where permitted by applicable state law.',
        onlyIf: 'after-full-refund-window',
        text: {
          en: 'Contact iGarden support ({email}) with your order number as soon as possible, before the order ships.',
          es: 'Contacte con el soporte de iGarden ({email}) con su número de pedido lo antes posible, antes de que se envíe el pedido.',
        },
      },
    ],
  },
  domesticRegion: { en: 'the United States or Canada', es: 'Estados Unidos o Canadá' },
  notes: [
    {
      id: 'igarden.notes.state-rights',
      quote:
        'Residents of certain states may have additional return rights under state consumer protection laws. Nothing in this policy limits your statutory rights.',
      text: {
        en: 'Your state’s consumer protection laws may give you more rights; nothing in this policy limits your statutory rights.',
        es: 'Las leyes de protección al consumidor de su estado pueden darle más derechos; nada en esta política limita sus derechos legales.',
      },
      situations: [...ALL_SITUATIONS],
    },
    {
      id: 'igarden.notes.california',
      quote:
        'California residents have additional rights under the Song-Beverly Consumer Warranty Act and California Civil Code Section 1723',
      text: {
        en: 'In California, the Song-Beverly Consumer Warranty Act and Civil Code Section 1723 give additional rights.',
        es: 'En California, la Song-Beverly Consumer Warranty Act y la sección 1723 del Código Civil otorgan derechos adicionales.',
      },
      situations: ['changed-mind', 'defective', 'damaged-on-arrival', 'before-buying'],
    },
    {
      id: 'igarden.notes.international',
      quote:
        'International orders (orders by customers located outside of United States and Canada) may be subject to additional restrictions and duties',
      text: {
        en: 'Orders from outside the United States and Canada may be subject to additional restrictions and duties.',
        es: 'Los pedidos desde fuera de Estados Unidos y Canadá pueden estar sujetos a restricciones y aranceles adicionales.',
      },
      situations: [...ALL_SITUATIONS],
    },
    {
      id: 'igarden.notes.state-defect-rights',
      quote: 'State-specific consumer warranty rights may provide additional remedies',
      text: {
        en: 'Your state’s consumer warranty laws may provide additional remedies for a defect.',
        es: 'Las leyes de garantía de su estado pueden ofrecer soluciones adicionales para un defecto.',
      },
      situations: ['defective', 'damaged-on-arrival'],
    },
  ],
  refundNotes: [],
  informationOnly: [
    {
      id: 'igarden.info.applies-to',
      quote: 'This policy applies to all purchases made directly from iGarden official website or Amazon iGarden direct store.',
      why: 'Encoded as the seller question (bought directly from iGarden, or through a retailer).',
    },
    {
      id: 'igarden.info.cancel-shipped-return',
      quote: 'please follow the return process below.',
      why: 'Part of the shipped-order clause, quoted there.',
    },
    {
      id: 'igarden.info.international-shipping',
      quote: 'Returning items via international shipping.',
      why: 'Shipping is already deducted from every return that is not a proven defect; international defect claims go to support.',
    },
    {
      id: 'igarden.info.unauthorized',
      quote: 'Unauthorized returns outside the approved process.',
      why: 'The steps only ever lead through the approved process.',
    },
    {
      id: 'igarden.info.shipping-deducted',
      quote: 'shipping costs shall be deducted from your refund in the following situations:',
      why: 'Introduces the list whose items are encoded one by one.',
    },
    {
      id: 'igarden.info.compliance',
      quote:
        'This policy complies with applicable U.S. federal and state consumer protection laws. Where state law provides greater rights, those rights supersede this policy.',
      why: 'A legal statement; shown through the state-rights note.',
    },
    {
      id: 'igarden.info.other-states',
      quote: 'Residents of other states may have similar statutory rights under their state laws',
      why: 'Covered by the state-rights note.',
    },
    {
      id: 'igarden.info.abuse',
      quote: 'We reserve the right to limit or refuse returns that constitute abuse of our return policy',
      why: 'A judgement iGarden makes on its side; nothing a shopper can answer decides it.',
    },
    {
      id: 'igarden.info.excluded-items',
      quote: 'Certain items may be excluded from return eligibility as permitted by law',
      why: 'Names no item; nothing to check until iGarden names one.',
    },
    {
      id: 'igarden.info.questions',
      quote: 'For questions about your specific rights, please contact customer service or consult your state’s consumer protection office.',
      why: 'Where to ask; not a rule.',
    },
  ],
};
