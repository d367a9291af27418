/*
 * Keeps the <return-assistant> launcher in step with the variation the shopper picks on a variable product:
 * WooCommerce's variation form announces it with the jQuery events found_variation and reset_data. Until the
 * panel is opened, a changed attribute is all it takes; afterwards, the widget picks up the change if it
 * observes its attributes.
 */
jQuery(($) => {
  const element = document.querySelector('return-assistant[data-weight-unit]');
  if (!element) {
    return;
  }
  const initial = {};
  for (const name of ['price', 'weight', 'variant']) {
    initial[name] = element.getAttribute(name);
  }
  const set = (name, value) =>
    value === null || value === undefined || value === '' ? element.removeAttribute(name) : element.setAttribute(name, String(value));

  $(document).on('found_variation', 'form.variations_form', (_event, variation) => {
    set('variant', variation.variation_id);
    set('price', typeof variation.display_price === 'number' ? String(variation.display_price) : null);
    set('weight', Number(variation.weight) > 0 ? `${variation.weight} ${element.dataset.weightUnit}` : initial.weight);
  });
  $(document).on('reset_data', 'form.variations_form', () => {
    for (const name of Object.keys(initial)) {
      set(name, initial[name]);
    }
  });
});
