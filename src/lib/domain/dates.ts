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

// Offset changes (DST) per timezone and year, found with few Intl calls: sample weekly, then
// binary-search each change to the minute. Schedules convert thousands of wall times a year.
// (Assumes changes at least a week apart, true of every zone in use in the US.)
interface YearOffsets {
  start: number;
  changes: { at: number; offset: number }[];
}
const yearOffsets = new Map<string, YearOffsets>();
const WEEK_MS = 7 * 86_400_000;
const HOURS_14 = 14 * 3_600_000;

function offsetsOfYear(year: number, timeZone: string): YearOffsets {
  const key = `${timeZone}|${year}`;
  let found = yearOffsets.get(key);
  if (found) return found;
  const from = Date.UTC(year, 0, 1) - 2 * 86_400_000;
  const to = Date.UTC(year + 1, 0, 1) + 2 * 86_400_000;
  const start = utcOffsetMinutes(from, timeZone);
  const changes: YearOffsets['changes'] = [];
  let previous = start;
  let previousAt = from;
  for (let at = from + WEEK_MS; ; at = Math.min(at + WEEK_MS, to)) {
    const offset = utcOffsetMinutes(at, timeZone);
    if (offset !== previous) {
      // The first minute with the new offset lies in (previousAt, at].
      let low = previousAt;
      let high = at;
      while (high - low > 60_000) {
        const middle = low + Math.floor((high - low) / 120_000) * 60_000;
        if (utcOffsetMinutes(middle, timeZone) === previous) low = middle;
        else high = middle;
      }
      changes.push({ at: high, offset });
      previous = offset;
    }
    previousAt = at;
    if (at >= to) break;
  }
  found = { start, changes };
  if (yearOffsets.size > 500) yearOffsets.clear();
  yearOffsets.set(key, found);
  return found;
}

/**
 * The day's UTC offset in minutes when it is the same all day, or null on a day with a DST
 * change (those few days take the slow, exact path).
 */
function steadyOffset(y: number, m: number, d: number, timeZone: string): number | null {
  const midnight = Date.UTC(y, m - 1, d);
  // Any zone's local day lies within 14 hours either side of the UTC day.
  const windowStart = midnight - HOURS_14;
  const windowEnd = midnight + 86_400_000 + HOURS_14;
  const { start, changes } = offsetsOfYear(y, timeZone);
  let offset = start;
  for (const change of changes) {
    if (change.at <= windowStart) offset = change.offset;
    else if (change.at <= windowEnd) return null;
    else break;
  }
  return offset;
}

/**
 * UTC midnight of a calendar date, and the zone's offset in minutes when it holds all that day
 * (null on a day the clocks change): with it, many wall times of one day convert by arithmetic.
 */
export function dayInZone(
  date: LocalDate,
  timeZone: string,
): { utcMidnight: number; offset: number | null } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { utcMidnight: Date.UTC(y, m - 1, d), offset: steadyOffset(y, m, d, timeZone) };
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

export interface CalendarDay {
  date: LocalDate;
  /** UTC midnight of the date, used as a day number. */
  utcMidnight: number;
  weekday: number;
}

/** Every date from `from` to `to` inclusive, computed once so loops over days stay cheap. */
export function calendarDays(from: LocalDate, to: LocalDate): CalendarDay[] {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, m - 1, d);
  const count = daysBetween(from, to);
  const days: CalendarDay[] = [];
  for (let i = 0; i <= count; i += 1) {
    const utcMidnight = start + i * 86_400_000;
    days.push({
      date: new Date(utcMidnight).toISOString().slice(0, 10),
      utcMidnight,
      weekday: (new Date(start).getUTCDay() + i) % 7,
    });
  }
  return days;
}

/** Like zonedToEpoch for a day already split up: the hot path of schedule expansion. */
export function zonedDayToEpoch(day: CalendarDay, minutes: number, timeZone: string): number {
  const [y, m, d] = [
    Number(day.date.slice(0, 4)),
    Number(day.date.slice(5, 7)),
    Number(day.date.slice(8, 10)),
  ];
  const offset = steadyOffset(y, m, d, timeZone);
  if (offset !== null) return day.utcMidnight + (minutes - offset) * 60_000;
  return new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
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

/** Minutes since midnight of an HH:MM time. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** HH:MM for minutes since midnight (wrapping past midnight). */
export function clockTime(minutes: number): string {
  const rest = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}`;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a 24-hour wall-clock time written HH:MM. */
export function isLocalTime(value: unknown): value is string {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}
