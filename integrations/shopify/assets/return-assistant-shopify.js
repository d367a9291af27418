// Keeps each <return-assistant data-variants> in step with the variant the shopper picks: its variant, price and
// weight attributes follow the product form's variant. Themes of the Dawn family set the form's hidden
// `<input name="id">` and fire `change` on it; themes with a select or radios named "id" fire `change` themselves;
// a theme that announces a variant with an event of its own can fire `variant:update` with `detail.resource`
// or `detail.variant` (an object with an `id`). Until the panel is opened, a changed attribute is all it takes;
// afterwards, the widget picks up the change if it observes its attributes.
// Loaded as a module, so a page that includes it twice runs it once.

/** "549.99" from 54999 cents: whole numbers only, no floating-point rounding. */
const amount = (cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

function select(id) {
  for (const element of document.querySelectorAll('return-assistant[data-variants]')) {
    let variants;
    try {
      variants = JSON.parse(element.dataset.variants);
    } catch {
      continue;
    }
    // Variant ids are unique in the store: only the element of the product that has this variant changes.
    const variant = Array.isArray(variants) && variants.find((each) => String(each.id) === String(id));
    if (!variant || element.getAttribute('variant') === String(variant.id)) continue;
    element.setAttribute('variant', String(variant.id));
    if (Number.isSafeInteger(variant.price)) element.setAttribute('price', amount(variant.price));
    if (variant.grams > 0) element.setAttribute('weight', `${variant.grams} g`);
    else element.removeAttribute('weight');
  }
}

document.addEventListener('change', (event) => {
  const field = event.target;
  if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field.name === 'id' && field.form?.matches('form[action*="/cart/add"]')) {
    select(field.value);
  }
});
document.addEventListener('variant:update', (event) => {
  const id = event.detail?.resource?.id ?? event.detail?.variant?.id;
  if (id !== undefined && id !== null) select(id);
});
