/** Server rendering and Node tests import the package: nothing may throw, nothing may mount. */
import { describe, expect, it } from 'vitest';

describe('importing the widget where there is no DOM', () => {
  it.each(['../../src/embed/index.ts', '../../src/embed/script.ts', '../../src/embed/classic.ts', '../../src/embed/element.ts'])(
    '%s does not throw',
    async (path) => {
      expect(typeof document).toBe('undefined');
      await expect(import(path)).resolves.toBeTruthy();
    },
  );

  it('the module API offers mount(), and registering does nothing without customElements', async () => {
    const { mount, defineReturnAssistant } = await import('../../src/embed/index.ts');
    expect(typeof mount).toBe('function');
    expect(() => defineReturnAssistant()).not.toThrow();
    expect('customElements' in globalThis).toBe(false);
  });
});
