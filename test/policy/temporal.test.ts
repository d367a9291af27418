/**
 * Where the browser has `Temporal`, time zone conversions go through it (its first use does not load the browser's
 * locale data, as the first `Intl.DateTimeFormat` does); elsewhere through Intl. Both must read every wall clock the
 * same. Node has no Temporal: a polyfill stands in for it, so what is checked is the module's own reading of it.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Dates = typeof import('../../src/policy/dates.ts');

/** A fresh copy of the dates module (its conversions are remembered per copy), used with Temporal there or not. */
async function datesModule(): Promise<Dates> {
  vi.resetModules();
  return import('../../src/policy/dates.ts');
}

const withTemporal = <T>(work: () => T): T => {
  (globalThis as { Temporal?: unknown }).Temporal = Temporal;
  try {
    return work();
  } finally {
    delete (globalThis as { Temporal?: unknown }).Temporal;
  }
};

// Zones with daylight saving on either hemisphere, half-hour and 45-minute offsets, a 30-minute shift, and none.
const ZONES = [
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'Europe/London',
  'America/Santiago',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
  'Africa/Casablanca',
  'UTC',
];
const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2090, 0, 1) });
const local = fc
  .record({ day: fc.integer({ min: 0, max: 40_000 }), minute: fc.integer({ min: 0, max: 1_439 }) })
  .map(({ day, minute }) => new Date(Date.UTC(1960, 0, 1) + day * 86_400_000 + minute * 60_000).toISOString().slice(0, 16));

afterEach(() => {
  delete (globalThis as { Temporal?: unknown }).Temporal;
});

describe('time zones through Temporal, as through Intl', () => {
  it('the same wall clock at every instant, and the same instant for every wall clock (gaps and repeats included)', async () => {
    const viaTemporal = await datesModule();
    const viaIntl = await datesModule();
    fc.assert(
      fc.property(instant, local, fc.constantFrom(...ZONES), (at, wallClock, zone) => {
        expect(withTemporal(() => viaTemporal.localDateTimeAt(at, zone))).toBe(viaIntl.localDateTimeAt(at, zone));
        expect(withTemporal(() => viaTemporal.instantAt(wallClock, zone))).toBe(viaIntl.instantAt(wallClock, zone));
      }),
      { numRuns: 2_000 },
    );
  });

  it('a fraction of a millisecond is dropped as a Date drops it', async () => {
    const viaTemporal = await datesModule();
    expect(withTemporal(() => viaTemporal.localDateTimeAt(Date.UTC(2026, 10, 23, 10, 59, 59, 999) + 0.5, 'UTC'))).toBe('2026-11-23T10:59');
  });

  it('knows the same zones, and takes no UTC offset for one', async () => {
    const viaTemporal = await datesModule();
    const viaIntl = await datesModule();
    for (const zone of [...ZONES, 'europe/london', 'Etc/GMT+5', 'Mars/Olympus_Mons', '+05:00', '-03', 'T00:00+05:00', 'UTC+05:00', '', 'Not a zone']) {
      expect(
        withTemporal(() => viaTemporal.isTimeZone(zone)),
        zone,
      ).toBe(viaIntl.isTimeZone(zone));
    }
    expect(withTemporal(() => viaTemporal.systemTimeZone())).toBe(viaIntl.systemTimeZone());
    for (const offset of ['+05:00', 'T00:00+05:00', 'UTC+05:00']) expect(viaIntl.isTimeZone(offset), offset).toBe(false);
    expect(viaIntl.isTimeZone('Etc/GMT+5')).toBe(true);
  });

  it("a page's older or broken Temporal is not used, and nothing is thrown", async () => {
    const dates = await datesModule();
    const viaIntl = await datesModule();
    // Before 2023 the proposal's polyfills had `Now.timeZone()`, not `Now.timeZoneId()`.
    (globalThis as { Temporal?: unknown }).Temporal = { Now: { timeZone: () => 'UTC' }, Instant: Temporal.Instant };
    expect(dates.systemTimeZone()).toBe(viaIntl.systemTimeZone());
    expect(dates.isTimeZone('Europe/London')).toBe(true);
    expect(dates.localDateTimeAt(Date.UTC(2026, 10, 23, 12), 'Pacific/Auckland')).toBe('2026-11-24T01:00');
  });
});
