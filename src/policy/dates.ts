/**
 * Calendar dates and local times in the shopper's time zone.
 *
 * A calendar date is a `YYYY-MM-DD` string and is counted on the calendar
 * ("within 30 days of" means date + 30 calendar days), never as 30 × 24 hours
 * of milliseconds, so a daylight-saving change cannot move a deadline.
 * Hour windows ("within 48 hours of delivery") are elapsed time between two
 * instants, which is what the policies mean by hours.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;
/** A local date and time to the minute, `YYYY-MM-DDTHH:mm`. */
export type LocalDateTime = string;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function utcMidnight({ year, month, day }: DateParts): number {
  // setUTCFullYear keeps years 0–99 literal, where Date.UTC would add 1900.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function splitDate(text: string): DateParts | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = new Date(utcMidnight(parts));
  const real = roundTrip.getUTCFullYear() === parts.year && roundTrip.getUTCMonth() + 1 === parts.month && roundTrip.getUTCDate() === parts.day;
  return real ? parts : null;
}

/**
 * True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not one).
 * @example isCalendarDate('2024-02-29') // true
 */
export function isCalendarDate(text: unknown): text is CalendarDate {
  return typeof text === 'string' && splitDate(text) !== null;
}

/**
 * True for a real local date and time written `YYYY-MM-DDTHH:mm`.
 * @example isLocalDateTime('2026-11-22T23:59') // true
 */
export function isLocalDateTime(text: unknown): text is LocalDateTime {
  if (typeof text !== 'string') return false;
  const match = DATE_TIME_PATTERN.exec(text);
  if (!match || !isCalendarDate(match[1])) return false;
  return Number(match[2]) < 24 && Number(match[3]) < 60;
}

const dayNumbers = new Map<CalendarDate, number>();

/** Days since 1970-01-01 of a calendar date; the difference of two is a count of calendar days. */
function dayNumber(date: CalendarDate): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    const parts = splitDate(date);
    if (!parts) throw new RangeError(`not a calendar date: ${date}`);
    days = Math.round(utcMidnight(parts) / DAY_MS);
    // The dates a policy is read with are few: a small cache spares re-parsing them on every rule walk.
    if (dayNumbers.size >= 4_000) dayNumbers.clear();
    dayNumbers.set(date, days);
  }
  return days;
}

function fromDayNumber(days: number): CalendarDate {
  const date = new Date(days * DAY_MS);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * The calendar date `days` days after `date` (before, when negative).
 * @example addDays('2026-10-24', 30) // '2026-11-23'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Calendar days from `from` to `to`: positive when `to` is later.
 * @example daysBetween('2026-11-23', '2026-12-23') // 30
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The later of two calendar dates. */
export function laterDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/** The parts of the standard `Temporal` API used here. */
interface TemporalApi {
  Now: { timeZoneId(): string };
  Instant: {
    fromEpochMilliseconds(milliseconds: number): {
      toZonedDateTimeISO(timeZone: string): { year: number; month: number; day: number; hour: number; minute: number };
    };
  };
}

/**
 * The browser's `Temporal`, where it has one that works as the standard says (a page may have put an older polyfill
 * there). Its time zone conversions do not load the locale data that the first `Intl.DateTimeFormat` of a page loads
 * (50–240 ms on a slow phone, in one piece); elsewhere Intl does the same work.
 */
let checked: { api: unknown; works: boolean } | null = null;
function temporal(): TemporalApi | undefined {
  const api = (globalThis as { Temporal?: TemporalApi }).Temporal;
  if (api === undefined) return undefined;
  if (checked?.api !== api) {
    let works = false;
    try {
      works = typeof api.Now.timeZoneId() === 'string' && api.Instant.fromEpochMilliseconds(Date.UTC(2026, 0, 1, 13, 5)).toZonedDateTimeISO('UTC').minute === 5;
    } catch {
      works = false;
    }
    checked = { api, works };
  }
  return checked.works ? api : undefined;
}

/** How an IANA zone is written ("Europe/London", "Etc/GMT+5", "UTC"): never a UTC offset nor a date and time. */
const ZONE_NAME = /^[A-Za-z][\w+\-/]*$/;

/** The wall clock of `timeZone` at an instant, through Temporal (as a `Date` would read it: fractions of a millisecond dropped). */
function zonedParts(api: TemporalApi, instant: number, timeZone: string) {
  return api.Instant.fromEpochMilliseconds(Math.trunc(instant)).toZonedDateTimeISO(timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name this browser knows. */
export function isTimeZone(timeZone: unknown): timeZone is string {
  // Temporal, and Intl in some browsers, also take a UTC offset ("+05:00") as a zone: neither is taken here.
  if (typeof timeZone !== 'string' || !ZONE_NAME.test(timeZone)) return false;
  const api = temporal();
  try {
    if (api) zonedParts(api, 0, timeZone);
    else formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The time zone of the browser (the shopper's), e.g. `Europe/London`. */
export function systemTimeZone(): string {
  return temporal()?.Now.timeZoneId() ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The local date and time (to the minute) of an instant in a time zone.
 * @example localDateTimeAt(Date.UTC(2026, 10, 23, 12), 'Pacific/Auckland') // '2026-11-24T01:00'
 */
export function localDateTimeAt(instant: number, timeZone: string): LocalDateTime {
  return remembered(localTimes, `${timeZone} ${instant}`, () => formatLocal(instant, timeZone));
}

/** Both conversions are pure and slow (Intl formatting, or Temporal's), so recent answers are kept (the explorer asks the same ones often). */
const localTimes = new Map<string, LocalDateTime>();
const instants = new Map<string, number>();
function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= 2_000) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

function formatLocal(instant: number, timeZone: string): LocalDateTime {
  const api = temporal();
  if (api) {
    const { year, month, day, hour, minute } = zonedParts(api, instant, timeZone);
    const two = (value: number) => String(value).padStart(2, '0');
    return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
  }
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) parts[part.type] = part.value;
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  return `${String(year).padStart(4, '0')}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The calendar date of an instant in a time zone. */
export function localDateAt(instant: number, timeZone: string): CalendarDate {
  return localDateTimeAt(instant, timeZone).slice(0, 10);
}

/** `YYYY-MM-DDTHH:mm` read as if it were UTC, in milliseconds. */
function wallClockAsUtc(local: LocalDateTime): number {
  const date = local.slice(0, 10);
  const hours = Number(local.slice(11, 13));
  const minutes = Number(local.slice(14, 16));
  return dayNumber(date) * DAY_MS + (hours * 60 + minutes) * MINUTE_MS;
}

function offsetAt(instant: number, timeZone: string): number {
  const flooredToMinute = Math.floor(instant / MINUTE_MS) * MINUTE_MS;
  return wallClockAsUtc(localDateTimeAt(instant, timeZone)) - flooredToMinute;
}

/**
 * The instant at which the clocks of `timeZone` show `local`.
 * A time skipped by a daylight-saving change (02:30 on a spring-forward night)
 * resolves to the instant one offset later, as clocks would read it; a time
 * shown twice resolves to the earlier instant.
 * @example instantAt('2026-11-22T09:30', 'Europe/London') // Date.UTC(2026, 10, 22, 9, 30)
 */
export function instantAt(local: LocalDateTime, timeZone: string): number {
  return remembered(instants, `${timeZone} ${local}`, () => findInstant(local, timeZone));
}

function findInstant(local: LocalDateTime, timeZone: string): number {
  const wallClock = wallClockAsUtc(local);
  const offsetBefore = offsetAt(wallClock - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallClock + DAY_MS, timeZone);
  const candidates = [wallClock - offsetBefore, wallClock - offsetAfter]
    .filter((instant) => localDateTimeAt(instant, timeZone) === local)
    .sort((a, b) => a - b);
  return candidates[0] ?? wallClock - offsetBefore;
}

/** The first instant of a calendar date in a time zone (local midnight, or the first minute after a skipped one). */
export function startOfDay(date: CalendarDate, timeZone: string): number {
  return instantAt(`${date}T00:00`, timeZone);
}

/** The first minute at or after `instant`, as local time. */
export function localMinuteAtOrAfter(instant: number, timeZone: string): LocalDateTime {
  return localDateTimeAt(Math.ceil(instant / MINUTE_MS) * MINUTE_MS, timeZone);
}

/** The local time one minute before `local` (on the wall clock). */
export function minuteBefore(local: LocalDateTime, timeZone: string): LocalDateTime {
  return localDateTimeAt(instantAt(local, timeZone) - MINUTE_MS, timeZone);
}

export const HOUR_MS = 3_600_000;
export const MINUTE_DURATION_MS = MINUTE_MS;

/** Day of the week of a calendar date: 0 Sunday … 6 Saturday. */
export function weekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** True for Monday to Friday (the policies' "business days"; public holidays are not known here). */
export function isBusinessDay(date: CalendarDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/**
 * The business day `count` business days after `date` (Monday to Friday).
 * @example addBusinessDays('2026-11-27', 1) // '2026-11-30' (Friday → Monday)
 */
export function addBusinessDays(date: CalendarDate, count: number): CalendarDate {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isBusinessDay(day)) left -= 1;
  }
  return day;
}
