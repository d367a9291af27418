/**
 * The real widget beside the editor, mounted with the edited policy (again, a moment after each valid
 * change), in light or dark, English or Spanish, desktop or a 360 px phone. The answers given so far are
 * kept (the widget restores them), so an edit shows its effect on the same shopper at once.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { mount } from '../embed/index.ts';
import type { WidgetHandle } from '../embed/index.ts';
import { lastValid, stale } from './state.ts';

const REMOUNT_DELAY_MS = 300;

interface Choice<T extends string> {
  name: string;
  legend: string;
  options: [T, string][];
  value: { value: T };
}

function Choices<T extends string>({ name, legend, options, value }: Choice<T>) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={value.value === option} onChange={() => (value.value = option)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}

export function Preview() {
  const theme = useSignal<'light' | 'dark'>('light');
  const locale = useSignal<'en' | 'es'>('en');
  const width = useSignal<'desktop' | 'phone'>('desktop');
  const target = useRef<HTMLDivElement>(null);
  const shown = useRef(false);

  useSignalEffect(() => {
    const current = lastValid.value;
    const options = { theme: theme.value, locale: locale.value };
    let widget: WidgetHandle | null = null;
    // The first mount is at once; later ones wait for the edits to pause.
    const timer = setTimeout(
      () => {
        if (!current || !target.current) return;
        widget = mount(target.current, { policy: current.data as object, mode: 'inline', instance: 'studio-preview', ...options });
        shown.current = true;
      },
      shown.current ? REMOUNT_DELAY_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      widget?.destroy();
    };
  });

  return (
    <div class="preview">
      <div class="row">
        <Choices
          name="theme"
          legend="Theme"
          options={[
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
          value={theme}
        />
        <Choices
          name="locale"
          legend="Language"
          options={[
            ['en', 'English'],
            ['es', 'Spanish'],
          ]}
          value={locale}
        />
        <Choices
          name="width"
          legend="Width"
          options={[
            ['desktop', 'Desktop'],
            ['phone', 'Phone, 360 px'],
          ]}
          value={width}
        />
      </div>
      {!lastValid.value && <p class="note">The preview appears once the policy is valid.</p>}
      {lastValid.value && stale.value && <p class="note">Showing the last valid version of your policy while you edit.</p>}
      <div class={`stage ${theme.value} ${width.value}`}>
        <div ref={target} class="frame" />
      </div>
    </div>
  );
}
