/**
 * The WooCommerce plugin, without PHP: every value it prints goes through an escaping function, its header and
 * readme name this version, the attributes it writes are ones the widget reads, and its variation script, run
 * against WooCommerce's jQuery events, keeps the element in step.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

const PLUGIN = new URL('../../integrations/woocommerce/return-assistant/', import.meta.url);
const php = readFileSync(new URL('return-assistant.php', PLUGIN), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The PHP code with comments blanked out (strings kept), so a comment's words are not read as code. */
const code = php.replace(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_match, string: string | undefined) => string ?? ' ');

/** Splits `text` at `separator` where it is outside strings and brackets. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (quote) {
      if (char === '\\') at += 1;
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) depth -= 1;
    else if (depth === 0 && text.startsWith(separator, at)) {
      parts.push(text.slice(start, at).trim());
      start = at + separator.length;
    }
  }
  return [...parts, text.slice(start).trim()];
}

/** Each `echo` statement's expression: from the keyword (outside strings) to its own `;`. */
const echoes = [...code.matchAll(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|\becho\s/g)]
  .filter(([, string]) => string === undefined)
  .map((match) => splitTopLevel(code.slice(match.index + match[0].length), ';')[0]!);

/** A literal without interpolation, or the result of a function that escapes for the place it is printed. */
function isSafe(operand: string): boolean {
  if (/^'(?:[^'\\]|\\.)*'$/.test(operand)) return true;
  if (/^"(?:[^"\\$]|\\.)*"$/.test(operand)) return true;
  if (/^(esc_attr|esc_html|esc_html__|esc_textarea|esc_url)\(/.test(operand) && operand.endsWith(')')) return true;
  // JSON in a script: only with < and > written as \u003C and \u003E.
  return /^wp_json_encode\(/.test(operand) && operand.includes('JSON_HEX_TAG');
}

describe('the WooCommerce plugin prints nothing unescaped', () => {
  it('reads the echo statements it should', () => {
    // The element, its attributes, the policy script, and the settings page: a parser that found none would check nothing.
    expect(echoes.length).toBeGreaterThanOrEqual(10);
  });

  it.each(echoes.map((expression) => [expression.replace(/\s+/g, ' ').slice(0, 90), expression]))('echo %s', (_, expression) => {
    const unsafe = splitTopLevel(expression, '.').filter((operand) => !isSafe(operand));
    expect(unsafe).toEqual([]);
  });

  it('prints in no other way: no print, printf, _e(), inline HTML or request variables', () => {
    expect(code).not.toMatch(/\b(print|printf|vprintf|_e|_ex)\s*\(|\bprint\s|\?>|\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/);
  });

  it('the check itself catches an unescaped value', () => {
    expect(isSafe('esc_attr( $value )')).toBe(true);
    expect(isSafe('$value')).toBe(false);
    expect(isSafe('"<b>$name</b>"')).toBe(false);
    expect(isSafe('wp_json_encode( $policy )')).toBe(false);
    expect(isSafe('sanitize_text_field( $value )')).toBe(false);
  });

  it('stops when loaded outside WordPress', () => {
    expect(code).toMatch(/defined\(\s*'ABSPATH'\s*\)\s*\|\|\s*exit;/);
  });
});

describe('the plugin’s header and readme', () => {
  it('name this version, and the WordPress that has script modules (6.5)', () => {
    const header = (field: string) => new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm').exec(php)?.[1]?.trim();
    expect(header('Plugin Name')).toBe('Return Assistant');
    expect(header('Version')).toBe(version);
    expect(header('Requires at least')).toBe('6.5');
    expect(header('Requires Plugins')).toBe('woocommerce');
    expect(php).toContain(`define( 'RETURN_ASSISTANT_VERSION', '${version}' );`);
    const readme = readFileSync(new URL('readme.txt', PLUGIN), 'utf8');
    expect(/^Stable tag: (.+)$/m.exec(readme)?.[1]).toBe(version);
    expect(/^Requires at least: (.+)$/m.exec(readme)?.[1]).toBe('6.5');
  });

  it('writes only attributes the widget reads', () => {
    // An attribute the widget reads is named, quoted, in its embed code (the script tag's settings, the element, the facts).
    const embed = readdirSync(new URL('../../src/embed/', import.meta.url))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(new URL(`../../src/embed/${file}`, import.meta.url), 'utf8'))
      .join('\n');
    const read = [...embed.matchAll(/'([a-z-]+)'/g)].map(([, name]) => name);
    const written = [...code.matchAll(/\$attributes\['([a-z-]+)'\]/g)].map(([, attribute]) => attribute!).filter((attribute) => !attribute.startsWith('data-'));
    expect(written.length).toBeGreaterThan(4);
    expect(written.filter((attribute) => !read.includes(attribute))).toEqual([]);
  });
});

describe('the variation script', () => {
  /** variations.js run with a stand-in for jQuery that keeps the handlers, and an element that keeps attributes. */
  function run(attributes: Record<string, string>) {
    const element = {
      attributes: { ...attributes } as Record<string, string>,
      dataset: { weightUnit: attributes['data-weight-unit'] },
      getAttribute(name: string) {
        return this.attributes[name] ?? null;
      },
      setAttribute(name: string, value: string) {
        this.attributes[name] = value;
      },
      removeAttribute(name: string) {
        delete this.attributes[name];
      },
    };
    const handlers: Record<string, (event: unknown, data?: unknown) => void> = {};
    const $ = Object.assign(
      (ready: unknown) =>
        typeof ready === 'function'
          ? ready($)
          : { on: (name: string, _selector: string, handler: (event: unknown, data?: unknown) => void) => (handlers[name] = handler) },
      {},
    );
    const document = { querySelector: (selector: string) => (selector === 'return-assistant[data-weight-unit]' ? element : null) };
    new Function('jQuery', 'document', readFileSync(new URL('variations.js', PLUGIN), 'utf8'))($, document);
    return { element, trigger: (name: string, data?: unknown) => handlers[name]!({}, data) };
  }

  it('sets the variation’s price, weight (in the store’s unit) and id, and puts the product’s back on reset', () => {
    const { element, trigger } = run({ policy: 'imicro', currency: 'USD', weight: '2 kg', 'data-weight-unit': 'kg' });
    trigger('found_variation', { variation_id: 31, display_price: 199.99, weight: '3.5' });
    expect(element.attributes).toMatchObject({ variant: '31', price: '199.99', weight: '3.5 kg' });
    trigger('found_variation', { variation_id: 32, display_price: 149, weight: '' });
    expect(element.attributes).toMatchObject({ variant: '32', price: '149', weight: '2 kg' });
    trigger('reset_data');
    expect(element.attributes).toEqual({ policy: 'imicro', currency: 'USD', weight: '2 kg', 'data-weight-unit': 'kg' });
  });
});
