import { TZDate } from '@date-fns/tz';
import type { LocalDate } from './types';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
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
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock parts of an instant in a timezone. */
export function wallClock(
  instant: number | Date,
  timeZone: string,
): { date: LocalDate; hour: number; minute: number } {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** The local calendar date of an instant in a timezone. */
export function localDate(instant: number | Date, timeZone: string): LocalDate {
  return wallClock(instant, timeZone).date;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). DST cannot skew it. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const toUtc = (date: LocalDate) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The part of the day for a greeting. */
export function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour >= 4 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  return 'evening';
}

/** Minutes the timezone is ahead of UTC at an instant (Portland: -480 in winter, -420 in summer). */
export function utcOffsetMinutes(instant: number, timeZone: string): number {
  const parts = partsFormatter(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - (instant - (instant % 60_000))) / 60_000);
}

// Per timezone and date: the day's UTC offset when it is the same all day, or null on a day
// with a DST change. Schedules convert thousands of times a year; Intl is called twice a day.
const dayOffsets = new Map<string, number | null>();
const HOURS_14 = 14 * 3_600_000;

function steadyOffset(y: number, m: number, d: number, timeZone: string): number | null {
  const key = `${timeZone}|${y}-${m}-${d}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    // Any zone's local day lies within 14 hours either side of the UTC day.
    const before = utcOffsetMinutes(Date.UTC(y, m - 1, d) - HOURS_14, timeZone);
    const after = utcOffsetMinutes(Date.UTC(y, m - 1, d + 1) + HOURS_14, timeZone);
    offset = before === after ? before : null;
    if (dayOffsets.size > 20_000) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset;
}

/**
 * The instant a wall-clock date and time happens in a timezone. On a DST day a time that does
 * not exist (02:30 in March) moves forward an hour; a time that happens twice (01:30 in
 * November) is the first one.
 */
export function zonedToEpoch(date: LocalDate, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const offset = steadyOffset(y, m, d, timeZone);
  if (offset !== null) return Date.UTC(y, m - 1, d, h, min) - offset * 60_000;
  return new TZDate(y, m - 1, d, h, min, timeZone).getTime();
}

/** True when the name is a timezone this browser knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !value) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Day of the week of a local date, 0-6 with Sunday = 0. */
export function weekday(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** A local date moved by whole days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a 24-hour wall-clock time written HH:MM. */
export function isLocalTime(value: unknown): value is string {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}
