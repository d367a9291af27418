/**
 * The floor pages' script (`npm run bench`), with Preact, signals and XState and nothing of the widget's own.
 * `?floor`: the three loaded and each used once, drawing nothing a shopper would see: what the widget costs beyond
 * this on load is what its own code costs. `?floor=click`: a button that, clicked, loads them and shows one question
 * with its replies, the least any panel built on them does: the floor of the widget's click → first question.
 */
const root = document.createElement('div');
document.body.append(root);

if (new URL(location.href).searchParams.get('floor') === 'click') {
  // Loaded on the click, as the widget's panel is (it starts loading on the pointer's way to the launcher).
  const button = document.createElement('button');
  button.className = 'launcher';
  button.textContent = 'Can I return it?';
  button.addEventListener('pointerenter', () => void import('./floor-panel.ts'), { once: true });
  button.addEventListener('click', () => void import('./floor-panel.ts').then(({ open }) => open(root)), { once: true });
  root.append(button);
} else {
  void import('./floor-panel.ts').then(({ use }) => use(root));
}
