import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, instantAt, isCalendarDate, isLocalDateTime, localDateAt, localDateTimeAt, startOfDay } from '../../src/policy/dates.ts';
import { lastDayOf } from '../../src/policy/conditions.ts';
import { boundaryDays } from '../../src/policy/explore.ts';
import { evaluate } from '../../src/policy/index.ts';
import { igarden } from '../support/policies.ts';
import { zone } from './support.ts';

/** The suite runs under several TZ settings; these zones are also checked explicitly in every run. */
const zones = [zone, 'Pacific/Auckland', 'America/Sao_Paulo', 'Europe/London', 'America/Santiago', 'America/Los_Angeles'];

const calendarDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc.integer({ min: Date.UTC(1990, 0, 2), max: Date.UTC(2100, 0, 1) }).map((t) => Math.floor(t / 60_000) * 60_000);

describe('calendar days', () => {
  it('"within 30 days of" 2026-10-24 runs through 2026-11-23', () => {
    expect(addDays('2026-10-24', 30)).toBe('2026-11-23');
  });

  it('adds across month ends, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });

  it('adding then subtracting days returns the same date', () => {
    fc.assert(fc.property(calendarDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => addDays(addDays(date, days), -days) === date));
  });

  it('counts the days it added', () => {
    fc.assert(fc.property(calendarDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => daysBetween(date, addDays(date, days)) === days));
  });

  it('every result is a real date, later for more days', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 400 }), (date, days) => {
        const later = addDays(date, days + 1);
        return isCalendarDate(later) && later > addDays(date, days);
      }),
    );
  });

  it('a window of days is still open from the last start day the search tries, and closed from the day before it', () => {
    expect(boundaryDays({ days: 30, firstDay: 'next-day' }, '2026-11-30', 0, 'UTC')).toEqual(['2026-10-30', '2026-10-31']);
    expect(boundaryDays({ days: 30, firstDay: 'same-day' }, '2026-11-30', 0, 'UTC')).toEqual(['2026-10-31', '2026-11-01']);
    expect(boundaryDays({ days: 0, firstDay: 'same-day' }, '2026-11-30', 0, 'UTC')).toEqual(['2026-11-30', '2026-12-01']);
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 0, max: 4000 }), fc.constantFrom('next-day' as const, 'same-day' as const), (today, days, firstDay) => {
        const span = { days, firstDay };
        const [closed, open] = boundaryDays(span, today, 0, 'UTC') as [string, string];
        expect(addDays(closed, 1)).toBe(open);
        expect(lastDayOf(span, closed) < today).toBe(true);
        expect(lastDayOf(span, open) >= today).toBe(true);
      }),
    );
  });

  it('recognises real dates only', () => {
    expect(['2024-02-29', '2026-11-23', '0001-01-01'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-30', '2026-13-01', '2026-1-5', '', 'abc', '2026-11-23T10:00', 20261123].some(isCalendarDate)).toBe(false);
    expect(isLocalDateTime('2026-11-23T23:59')).toBe(true);
    expect(['2026-11-23T24:00', '2026-11-23T10:60', '2026-02-30T10:00', '2026-11-23'].some(isLocalDateTime)).toBe(false);
  });
});

describe.each(zones)('local time in %s', (timeZone) => {
  it('reads an instant back from its local time', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const local = localDateTimeAt(t, timeZone);
        return localDateTimeAt(instantAt(local, timeZone), timeZone) === local;
      }),
    );
  });

  it('noon of any date falls on that date', () => {
    fc.assert(fc.property(calendarDate, (date) => localDateAt(instantAt(`${date}T12:00`, timeZone), timeZone) === date));
  });

  it('a day starts at its first minute, even when a clock change skips midnight', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        const start = startOfDay(date, timeZone);
        return localDateAt(start, timeZone) === date && localDateAt(start - 60_000, timeZone) === addDays(date, -1);
      }),
    );
  });

  it('"30 days" lands on the same calendar day whatever the clock changes in between', () => {
    // A day-count deadline never depends on the hour: it is calendar arithmetic on the local date.
    fc.assert(
      fc.property(instant, (t) => {
        const today = localDateAt(t, timeZone);
        const decision = evaluate(
          igarden,
          { situation: 'changed-mind', soldBy: 'store', deliveredAt: today, pricePaidCents: 1000, paymentMethod: 'other' },
          t,
          { timeZone },
        );
        return decision.settled && decision.deadline?.kind === 'day' && decision.deadline.lastDay === addDays(today, 30);
      }),
      { numRuns: 50 },
    );
  });
});

describe('hour windows are elapsed time', () => {
  // Europe/London: clocks go back at 02:00 on 2026-10-25, so that day has 25 hours.
  const london = { timeZone: 'Europe/London' };
  const facts = { situation: 'defective', soldBy: 'store', region: 'domestic', pricePaidCents: 5000, paymentMethod: 'other' } as const;

  it('48 hours after 12:00 on the Friday is 11:00 on the Sunday the clocks go back', () => {
    const now = instantAt('2026-10-25T11:00', 'Europe/London');
    const decision = evaluate(igarden, { ...facts, deliveredAt: '2026-10-23T12:00' }, now, london);
    expect(decision).toMatchObject({ settled: true, verdict: 'eligible', deadline: { local: '2026-10-25T11:00', minutesLeft: 0 } });
  });

  it('the day to act by is the last whole day surely in time when the time of delivery is not known, else its own day', () => {
    const now = instantAt('2026-10-23T18:00', 'Europe/London');
    // Delivered on the 22nd at a time not given: 48 hours end at some time of the 24th, at the earliest its first minute.
    expect(evaluate(igarden, { ...facts, deliveredAt: '2026-10-22' }, now, london)).toMatchObject({
      deadline: { at: null, lastDay: '2026-10-24', actBy: '2026-10-23' },
    });
    // Delivered today: the 24th is whole and surely in time.
    expect(evaluate(igarden, { ...facts, deliveredAt: '2026-10-23' }, now, london)).toMatchObject({ deadline: { lastDay: '2026-10-25', actBy: '2026-10-24' } });
    // Delivered at 12:00 on the 22nd: the moment is known, 12:00 on the 24th.
    expect(evaluate(igarden, { ...facts, deliveredAt: '2026-10-22T12:00' }, now, london)).toMatchObject({
      deadline: { local: '2026-10-24T12:00', actBy: '2026-10-24' },
    });
  });

  it("a step's {lastDay} is the day to act by when the time is not known, the deadline's own day when it is", () => {
    const now = instantAt('2026-10-23T18:00', 'Europe/London');
    expect(evaluate(igarden, { ...facts, deliveredAt: '2026-10-22' }, now, london)).toMatchObject({ placeholders: { lastDay: '2026-10-23' } });
    expect(evaluate(igarden, { ...facts, deliveredAt: '2026-10-22T12:00' }, now, london)).toMatchObject({
      placeholders: { lastDay: '2026-10-24', deadlineAt: '2026-10-24T12:00' },
    });
  });

  it('one minute later the defect remedy is gone', () => {
    const now = instantAt('2026-10-25T11:01', 'Europe/London');
    const decision = evaluate(igarden, { ...facts, deliveredAt: '2026-10-23T12:00' }, now, london);
    expect(decision).toMatchObject({
      settled: true,
      reasons: [
        { ruleId: 'igarden.defect.48-hours', code: 'window-closed' },
        { ruleId: 'igarden.limits.damage-48-hours', code: 'also' },
        { ruleId: 'igarden.window.30-days', code: 'window-open' },
      ],
    });
  });

  it('finds a zone day that starts after midnight and still counts it as one calendar day', () => {
    // America/Santiago moves its clocks forward at midnight; find such a day in 2026.
    let skipped = '';
    for (let day = '2026-01-01'; day < '2027-01-01' && !skipped; day = addDays(day, 1)) {
      if (!localDateTimeAt(startOfDay(day, 'America/Santiago'), 'America/Santiago').endsWith('T00:00')) skipped = day;
    }
    expect(skipped).not.toBe('');
    expect(localDateTimeAt(startOfDay(skipped, 'America/Santiago'), 'America/Santiago')).toBe(`${skipped}T01:00`);
    expect(daysBetween(addDays(skipped, -1), addDays(skipped, 1))).toBe(2);
  });
});
