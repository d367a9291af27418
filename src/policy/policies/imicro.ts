/**
 * iMicro (electronics) return policy, encoded clause by clause.
 * Every `quote` is the policy's own sentence, verbatim.
 */
import type { Policy } from '../schema.ts';

const SOLD_AND_SHIPPED =
  'This Return Policy applies to products listed on any iMicro owned or managed website and sold and shipped by iMicro.';
const THIRTY_DAYS = 'Any product "sold and shipped" by iMicro may be eligible for free return within 30 days of the invoice date.';
const PREAPPROVAL =
  'To return a product to iMicro, you will need to request a preapproval of return in your order. Any unauthorized return will be denied or cause the process delay.';

export const imicro: Policy = {
  format: 1,
  id: 'imicro',
  store: {
    name: 'iMicro',
    currency: 'USD',
    contact: { en: 'iMicro Customer Service', es: 'el servicio de atención al cliente de iMicro' },
  },
  situations: ['changed-mind', 'defective', 'damaged-on-arrival', 'before-buying'],
  scope: [
    {
      id: 'imicro.scope.sold-and-shipped',
      quote: SOLD_AND_SHIPPED,
      fact: 'soldBy',
      values: ['third-party', 'other-retailer'],
      verdict: 'handled-elsewhere',
      situations: ['changed-mind', 'defective', 'damaged-on-arrival', 'before-buying'],
      handledBy: { en: 'the seller', es: 'el vendedor' },
      steps: [
        {
          id: 'imicro.scope.contact-seller',
          quote: SOLD_AND_SHIPPED,
          text: {
            en: 'Contact the seller you bought it from and follow their return policy: iMicro’s covers only products sold and shipped by iMicro.',
            es: 'Contacte con el vendedor al que se lo compró y siga su política de devoluciones: la de iMicro solo cubre productos vendidos y enviados por iMicro.',
          },
        },
      ],
    },
    {
      id: 'imicro.digital.final-sale',
      quote: 'Digital Products: All sales of digital products are final and cannot be returned, exchanged, replaced, or refunded.',
      fact: 'productType',
      values: ['digital'],
      verdict: 'not-eligible',
      situations: ['changed-mind', 'defective', 'damaged-on-arrival', 'before-buying'],
      steps: [],
    },
    {
      id: 'imicro.manufacturer-only',
      quote:
        "Manufacturer Only Return Policy: This item is only covered by the manufacturer's warranty. Please refer to the manufacturer's warranty terms and conditions or contact the manufacturer.",
      fact: 'productType',
      values: ['manufacturer-only'],
      verdict: 'handled-elsewhere',
      situations: ['changed-mind', 'defective', 'damaged-on-arrival', 'before-buying'],
      handledBy: { en: 'the manufacturer', es: 'el fabricante' },
      steps: [
        {
          id: 'imicro.manufacturer-only.contact',
          quote: "Please refer to the manufacturer's warranty terms and conditions or contact the manufacturer.",
          text: {
            en: 'Read the manufacturer’s warranty terms, or contact the manufacturer directly.',
            es: 'Consulte los términos de la garantía del fabricante o contacte directamente con el fabricante.',
          },
        },
      ],
    },
  ],
  returns: {
    window: { id: 'imicro.window.30-days', quote: THIRTY_DAYS, days: 30, from: 'invoice' },
    extensions: [
      {
        // The policy writes "November 1, 23 and December 31, 23": the 2023 holiday season, refundable until 2024-01-31.
        id: 'imicro.holiday-2023',
        quote:
          'Holiday Extended Return Policy: All qualified product purchases made between November 1, 23 and December 31, 23 are eligible for a refund until January 31, 2024.',
        purchasedOn: 'invoice',
        purchasedFrom: '2023-11-01',
        purchasedThrough: '2023-12-31',
        returnBy: '2024-01-31',
      },
    ],
    conditions: [
      {
        id: 'imicro.condition.packaging',
        quote:
          'Any product returned without all of its original packing and accessories, including the retail box, manuals, cables, and all other products that came with it.',
        fact: 'packagingComplete',
        effect: 'void',
        ask: true,
        onlyForBundles: false,
        situations: ['changed-mind', 'defective', 'before-buying'],
        requirement: {
          en: 'Return it with all original packing and accessories: retail box, manuals, cables and everything that came with it.',
          es: 'Devuélvalo con todo el embalaje original y los accesorios: caja, manuales, cables y todo lo que venía con él.',
        },
      },
      {
        id: 'imicro.condition.labels',
        quote:
          'Any product that has a damaged, altered, missing, or otherwise unreadable serial number label, UPC, manufacturer model, or part number label, and/or warranty label.',
        fact: 'labelsIntact',
        effect: 'void',
        ask: true,
        onlyForBundles: false,
        situations: ['changed-mind', 'defective', 'before-buying'],
        requirement: {
          en: 'Serial number, UPC, model, part number and warranty labels must be intact and readable.',
          es: 'Las etiquetas de número de serie, UPC, modelo, número de pieza y garantía deben estar intactas y legibles.',
        },
      },
      {
        id: 'imicro.bundle.entire',
        quote:
          'Bundle or Combo Purchases: Bundles are collections of products that are sold at a discounted price. You must return the ENTIRE BUNDLE when requesting a refund.',
        fact: 'entireBundleReturned',
        effect: 'void',
        ask: true,
        onlyForBundles: true,
        situations: ['changed-mind', 'defective', 'before-buying'],
        requirement: {
          en: 'This is a bundle: return the entire bundle, every product in it.',
          es: 'Es un pack: devuelva el pack completo, con todos sus productos.',
        },
      },
    ],
    refund: {
      returnShipping: {
        id: 'imicro.label.30-pounds',
        quote:
          'There is no restocking fee, and free return shipping labels will be issued for such products weighing 30 pounds or less.',
        cost: 'free-label',
        freeUpToPounds: 30,
      },
      fees: [
        {
          id: 'imicro.no-restocking-fee',
          quote: 'There is no restocking fee, and free return shipping labels will be issued for such products weighing 30 pounds or less.',
          name: { en: 'Restocking fee', es: 'Cargo por reposición' },
          basisPoints: { any: 0 },
        },
      ],
    },
    steps: [
      {
        id: 'imicro.step.preapproval',
        quote: PREAPPROVAL,
        text: {
          en: 'In your iMicro order, request a return pre-approval by {lastDay}. Don’t send anything without it: unauthorized returns are denied or delayed.',
          es: 'En su pedido de iMicro, solicite la preaprobación de la devolución antes del {lastDay}. No envíe nada sin ella: las devoluciones no autorizadas se rechazan o se retrasan.',
        },
      },
      {
        id: 'imicro.step.label-email',
        quote:
          'You will receive an email with a Return Shipping Label that has a dedicated Return ID within the product\'s return period.',
        onlyIf: 'free-return-label',
        text: {
          en: 'Look for an email with your free return shipping label and its Return ID.',
          es: 'Recibirá un correo con su etiqueta de envío de devolución gratuita y su Return ID.',
        },
      },
      {
        id: 'imicro.step.heavy-item',
        quote:
          'iMicro does not charge for return shipping labels for products up to 30 pounds or less. You will need to request a courtesy prepaid return label during the return creation process within the applicable return policy period.',
        onlyIf: 'shopper-pays-return-shipping',
        text: {
          en: 'This item weighs over 30 lb, so there is no free label: you pay for return shipping. Ship only once iMicro has given you a Return ID.',
          es: 'Este artículo pesa más de 30 lb, así que no hay etiqueta gratuita: usted paga el envío de la devolución. Envíelo solo cuando iMicro le haya dado un Return ID.',
        },
      },
      {
        id: 'imicro.step.pack',
        quote:
          'When you\'re ready, gather your purchases and prepare your package for return shipping. To identify your return, attach your Return Shipping Label to the exterior of the shipment box once your products have been properly packaged to prevent damage and are ready to ship.',
        text: {
          en: 'Pack the product with all its original packaging and accessories so it can’t be damaged, and stick the label with the Return ID on the outside of the shipping box.',
          es: 'Embale el producto con todo su embalaje original y accesorios para que no se dañe, y pegue la etiqueta con el Return ID en el exterior de la caja de envío.',
        },
      },
      {
        id: 'imicro.step.label-14-days',
        quote:
          'Return labels are valid for 14 days from the date they are issued, during which time returned products must be received by iMicro.',
        text: {
          en: 'Ship it promptly: iMicro must receive it within 14 days of the label (Return ID) being issued, or it may be refused.',
          es: 'Envíelo pronto: iMicro debe recibirlo en los 14 días siguientes a la emisión de la etiqueta (Return ID), o puede rechazarlo.',
        },
      },
    ],
    timeline: [
      {
        id: 'imicro.timeline.processing',
        quote:
          'Return Processing: Please allow at least 5 business days after the returned items are received for products "Sold and Shipped by iMicro" to be processed. We will send you an email on your return after it has been processed.',
        stage: 'processing',
        after: 'receipt',
        minDays: 5,
        businessDays: true,
      },
      {
        id: 'imicro.timeline.refund',
        quote:
          'Standard Return Policy: Refund will take place within 30 days to your original payment method after iMicro receives the returned products “Sold and Shipped” by iMicro.',
        stage: 'refund',
        after: 'receipt',
        maxDays: 30,
        businessDays: false,
      },
    ],
  },
  damageReview: {
    id: 'imicro.damaged-on-arrival',
    quote:
      'Any products that were physically damaged or has discrepancies when you received the package. Please contact iMicro Customer Service immediately. Pictures of the package and item are required. iMicro will open an investigation of your claim and respond to you with the decision.',
    steps: [
      {
        id: 'imicro.damage.photos',
        quote: 'Pictures of the package and item are required.',
        text: {
          en: 'Take pictures of the package and of the item now, before you throw anything away.',
          es: 'Haga fotos del paquete y del artículo ahora, antes de tirar nada.',
        },
      },
      {
        id: 'imicro.damage.contact',
        quote: 'Please contact iMicro Customer Service immediately.',
        text: {
          en: 'Contact iMicro Customer Service immediately with the pictures.',
          es: 'Contacte inmediatamente con el servicio de atención al cliente de iMicro y envíe las fotos.',
        },
      },
      {
        id: 'imicro.damage.investigation',
        quote: 'iMicro will open an investigation of your claim and respond to you with the decision.',
        text: {
          en: 'iMicro opens an investigation and replies with its decision.',
          es: 'iMicro abrirá una investigación y le responderá con su decisión.',
        },
      },
    ],
  },
  notes: [],
  refundNotes: [
    {
      id: 'imicro.refund.original-payment',
      quote:
        'Refunds: Refunds will be provided back to your original payment method once your return has been processed. If the original payment option is no longer accessible, please contact us.',
      text: {
        en: 'The refund goes back to your original payment method. If you can no longer use it, contact iMicro.',
        es: 'El reembolso se hace al método de pago original. Si ya no puede usarlo, contacte con iMicro.',
      },
      situations: ['changed-mind', 'defective', 'before-buying'],
    },
  ],
  informationOnly: [
    {
      id: 'imicro.info.return-id-liability',
      quote:
        'Customers will be solely responsible for loss or misplacement of product returned if you return the package of products without a Return ID.',
      why: 'A warning about shipping without a Return ID; the steps already say to ship only with one.',
    },
    {
      id: 'imicro.info.late-receipt',
      quote:
        'Product received more than 14 days after the Return ID is assigned is subject to refusal at the discretion of the Customer Services Department.',
      why: 'Happens after the pre-check (when the parcel arrives); shown in the 14-day step.',
    },
    {
      id: 'imicro.info.processed-email',
      quote: 'We will send you an email on your return after it has been processed.',
      why: 'Part of the processing timeline clause, quoted there.',
    },
  ],
};
