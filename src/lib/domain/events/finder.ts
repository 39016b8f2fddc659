import { addDays, dayInZone, minutesOfDay, wallClock, zonedToEpoch } from '../dates';
import { fold } from '../tags';
import type { AttendanceMode, LocalDate, RecoveryEvent } from '../types';

const DAY_MS = 86_400_000;

/** When an event next happens, from `now` (one still in progress counts as now). */
export interface NextTime {
  start: number;
  end: number;
  isInProgress: boolean;
}

const endsNextDay = (event: RecoveryEvent) => event.endTime <= event.time;

interface ZoneDay {
  date: LocalDate;
  utcMidnight: number;
  /** The zone's offset in minutes all that day; null on a day the clocks change. */
  offset: number | null;
}

interface CalendarDay extends ZoneDay {
  weekday: number;
}

/** A wall time on a day in its zone: arithmetic, unless the clocks change that day. */
function instant(day: ZoneDay, time: string, timeZone: string): number {
  return day.offset === null
    ? zonedToEpoch(day.date, time, timeZone)
    : day.utcMidnight + (minutesOfDay(time) - day.offset) * 60_000;
}

/** Wall times to instants, each day's offset worked out once (a sort of thousands needs it). */
export class ZoneDays {
  #days = new Map<string, ZoneDay>();

  protected day(date: LocalDate, timeZone: string): ZoneDay {
    const key = `${timeZone}|${date}`;
    let day = this.#days.get(key);
    if (!day) {
      day = { date, ...dayInZone(date, timeZone) };
      this.#days.set(key, day);
    }
    return day;
  }

  /** zonedToEpoch, with each day's offset worked out once. */
  epoch(date: LocalDate, time: string, timeZone: string): number {
    return instant(this.day(date, timeZone), time, timeZone);
  }
}

/**
 * The days around `now` in each timezone (yesterday to a week ahead), worked out once per
 * zone: indexing thousands of meetings then needs no Intl call per meeting.
 */
export class WeekAround extends ZoneDays {
  #byZone = new Map<string, CalendarDay[]>();
  constructor(readonly now: number) {
    super();
  }

  /** Yesterday to a week ahead (and the day after, where a late meeting ends). */
  days(timeZone: string): CalendarDay[] {
    let days = this.#byZone.get(timeZone);
    if (!days) {
      const today = wallClock(this.now, timeZone).date;
      days = [];
      for (let offset = -1; offset <= 8; offset += 1) {
        const date = addDays(today, offset);
        days.push({ ...this.day(date, timeZone), weekday: weekdayOf(date) });
      }
      this.#byZone.set(timeZone, days);
    }
    return days;
  }
}

/** Bit d set for each weekday d (Sunday = 0) a weekly meeting meets on. */
const weekdayMask = (days: readonly number[]) => days.reduce((mask, day) => mask | (1 << day), 0);

/** The next (or current) time, and its date in the event's own timezone. */
function nextOccurrence(
  event: RecoveryEvent,
  now: number,
  week: WeekAround,
): (NextTime & { date: LocalDate }) | undefined {
  const { time, endTime, timezone } = event;
  const pastMidnight = endsNextDay(event);
  if (event.date) {
    const start = week.epoch(event.date, time, timezone);
    const end = week.epoch(pastMidnight ? addDays(event.date, 1) : event.date, endTime, timezone);
    return end > now ? { start, end, isInProgress: start <= now, date: event.date } : undefined;
  }
  const mask = weekdayMask(event.days);
  // Yesterday too: a meeting that started last night may still be going.
  const days = week.days(timezone);
  for (let i = 0; i < days.length - 1; i += 1) {
    const day = days[i]!;
    if (!(mask & (1 << day.weekday))) continue;
    const end = instant(pastMidnight ? days[i + 1]! : day, endTime, timezone);
    if (end <= now) continue;
    const start = instant(day, time, timezone);
    return { start, end, isInProgress: start <= now, date: day.date };
  }
  return undefined;
}

/**
 * The next (or current) time of an event. Weekly meetings repeat at their wall-clock time in
 * their own timezone, so they stay put across DST; one that ends after midnight is still in
 * progress after midnight. One-off events have their date. Undefined if a one-off is over.
 */
export function nextTime(
  event: RecoveryEvent,
  now: number,
  week = new WeekAround(now),
): NextTime | undefined {
  const next = nextOccurrence(event, now, week);
  return next && { start: next.start, end: next.end, isInProgress: next.isInProgress };
}

function weekdayOf(date: LocalDate): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Kilometres between two points (haversine). */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const KM_PER_MILE = 1.609344;

/** A search: groups separated by OR; an event matches a group when it holds all its terms. */
export function parseQuery(query: string): string[][] {
  const groups: string[][] = [[]];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    const word = match[2];
    if (word === 'OR') {
      groups.push([]);
      continue;
    }
    const term = fold((phrase ?? word ?? '').trim());
    if (term) groups.at(-1)!.push(term);
  }
  return groups.filter((group) => group.length > 0);
}

/**
 * True when every match of `next` is a match of `previous`: each of the old query's words is
 * inside one of the new query's words (typing on, or adding a word). Then a keystroke need
 * only filter the previous results. Never with OR: more choices widen a search.
 */
export function narrows(previous: string, next: string): boolean {
  const before = parseQuery(previous);
  const after = parseQuery(next);
  if (before.length === 0) return after.length <= 1;
  if (before.length !== 1 || after.length !== 1) return false;
  return before[0]!.every((term) => after[0]!.some((word) => word.includes(term)));
}

/** The results that also match `query`, in the same order. */
export function refineByQuery(results: readonly Result[], query: string): Result[] {
  const groups = parseQuery(query);
  return results.filter((result) => matchesQuery(result.item.text, groups));
}

export function matchesQuery(haystack: string, groups: string[][]): boolean {
  if (groups.length === 0) return true;
  return groups.some((group) => group.every((term) => haystack.includes(term)));
}

export interface IndexedEvent {
  event: RecoveryEvent;
  /** Folded text of every searchable field, built on first use (a search) and then kept. */
  readonly text: string;
  next: NextTime | undefined;
  /** The next start's weekday and hour in the phone's timezone, for the Day and Time filters. */
  localDate: LocalDate | undefined;
  localHour: number;
  /**
   * Bit d set when the Day filter's weekday d (Sunday = 0) takes it: every weekday a weekly
   * meeting meets on, or the weekday of a one-off event in the coming week. One number read
   * per meeting keeps that filter quick over thousands.
   */
  weekdays: number;
}

class Indexed implements IndexedEvent {
  #text: string | undefined;
  constructor(
    readonly event: RecoveryEvent,
    readonly next: NextTime | undefined,
    readonly localDate: LocalDate | undefined,
    readonly localHour: number,
    readonly weekdays: number,
    readonly typeNames: (code: string) => string,
  ) {}

  get text(): string {
    if (this.#text === undefined) {
      const e = this.event;
      this.#text = fold(
        [
          e.name,
          e.location,
          e.address,
          e.city,
          e.region,
          e.group,
          e.notes,
          e.program,
          ...e.types.map(this.typeNames),
        ]
          .filter(Boolean)
          .join(' \u0001 '),
      );
    }
    return this.#text;
  }
}

/**
 * Prepares events for searching: the next time of each, computed once (and again when the
 * clock moves on), so each keystroke only filters. The search text is folded on first use, so
 * the first rows need not wait for it (see `prepareText`).
 */
export function indexEvents(
  events: readonly RecoveryEvent[],
  now: number,
  timeZone: string,
  typeNames: (code: string) => string,
): IndexedEvent[] {
  // Nothing yet (the screen's first draw): no need for the week's days and their offsets.
  if (events.length === 0) return [];
  const week = new WeekAround(now);
  const phoneDays = week.days(timeZone);
  const today = phoneDays[1]!.date;
  const weekEnd = phoneDays[7]!.date;
  const indexed = events.map((event) => {
    const occurrence = nextOccurrence(event, now, week);
    const next = occurrence && {
      start: occurrence.start,
      end: occurrence.end,
      isInProgress: occurrence.isInProgress,
    };
    // Most meetings keep the phone's own timezone: their local date and hour need no Intl call.
    const wall = !occurrence
      ? undefined
      : event.timezone === timeZone
        ? { date: occurrence.date, hour: Number(event.time.slice(0, 2)) }
        : wallClock(occurrence.start, timeZone);
    const weekdays = !event.date
      ? weekdayMask(event.days)
      : event.date >= today && event.date <= weekEnd
        ? 1 << weekdayOf(event.date)
        : 0;
    return new Indexed(event, next, wall?.date, wall?.hour ?? -1, weekdays, typeNames);
  });
  return indexed.sort(
    (a, b) =>
      (a.next?.start ?? Infinity) - (b.next?.start ?? Infinity) ||
      a.event.name.localeCompare(b.event.name),
  );
}

/** Folds the search text of `index[from, to)`: done in idle moments before the first keystroke. */
export function prepareText(index: readonly IndexedEvent[], from: number, to: number): void {
  for (let i = from; i < Math.min(to, index.length); i += 1) void index[i]!.text;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

export function timeOfDay(hour: number): TimeOfDay {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 21) return 'evening';
  return 'night';
}

export interface Filters {
  query: string;
  /** 'today', 'tomorrow', or a weekday 0-6 as a string; '' for any. */
  day: string;
  time: TimeOfDay | '';
  /** All of these type codes must be present. */
  types: string[];
  program: string;
  attendance: AttendanceMode | '';
  region: string;
  inProgressOnly: boolean;
  /** Kilometres from `origin`; 0 for any distance. */
  withinKm: number;
  origin?: { lat: number; lon: number };
  sort: 'time' | 'distance';
}

export const NO_FILTERS: Filters = {
  query: '',
  day: '',
  time: '',
  types: [],
  program: '',
  attendance: '',
  region: '',
  inProgressOnly: false,
  withinKm: 0,
  sort: 'time',
};

export interface Result {
  item: IndexedEvent;
  km?: number;
}

/** Filters and sorts the index. Kept to plain loops: it runs on every keystroke. */
export function findEvents(
  index: readonly IndexedEvent[],
  filters: Filters,
  today: LocalDate,
): Result[] {
  const groups = parseQuery(filters.query);
  const dayDate =
    filters.day === 'today' ? today : filters.day === 'tomorrow' ? addDays(today, 1) : undefined;
  const weekday = /^[0-6]$/.test(filters.day) ? Number(filters.day) : undefined;
  const region = fold(filters.region);
  const results: Result[] = [];
  for (const item of index) {
    const { event, next } = item;
    if (!next) continue;
    if (filters.inProgressOnly && !next.isInProgress) continue;
    if (dayDate && item.localDate !== dayDate && !(next.isInProgress && dayDate === today))
      continue;
    // "Wednesday" means every weekly meeting held on Wednesdays, and one-off events on the
    // coming Wednesday (not every Wednesday event of the year).
    if (weekday !== undefined && !(item.weekdays & (1 << weekday))) continue;
    if (filters.time && timeOfDay(item.localHour) !== filters.time) continue;
    if (filters.types.length && !filters.types.every((t) => event.types.includes(t))) continue;
    if (filters.program && event.program !== filters.program) continue;
    if (filters.attendance && event.attendance !== filters.attendance) continue;
    if (region && !fold(`${event.region ?? ''} ${event.city ?? ''}`).includes(region)) continue;
    let km: number | undefined;
    if (filters.origin && event.latitude !== undefined && event.longitude !== undefined) {
      km = distanceKm(filters.origin, { lat: event.latitude, lon: event.longitude });
    }
    if (filters.withinKm > 0 && (km === undefined || km > filters.withinKm)) continue;
    // No words, no text needed: the search text of thousands is folded only when searched.
    if (groups.length && !matchesQuery(item.text, groups)) continue;
    results.push(km === undefined ? { item } : { item, km });
  }
  if (filters.sort === 'distance' && filters.origin) {
    results.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
  } else if (weekday !== undefined) {
    // "Thursday": in the order they happen on the coming Thursday, not by their next time.
    const date = addDays(today, (weekday - weekdayOf(today) + 7) % 7);
    const zoneDays = new ZoneDays();
    const keyed = results.map((r) => ({
      r,
      at: r.item.event.date
        ? r.item.next!.start
        : zoneDays.epoch(date, r.item.event.time, r.item.event.timezone),
    }));
    keyed.sort((a, b) => a.at - b.at);
    for (let i = 0; i < keyed.length; i += 1) results[i] = keyed[i]!.r;
  }
  return results;
}

/** Occurrences of a weekly event's local time in the phone's timezone, when they differ. */
export function differsFromPhone(
  event: RecoveryEvent,
  phoneTimeZone: string,
  now: number,
): boolean {
  const probe = Date.UTC(new Date(now).getUTCFullYear(), 0, 15);
  const a = wallClock(probe, event.timezone);
  const b = wallClock(probe, phoneTimeZone);
  const c = wallClock(probe + 182 * DAY_MS, event.timezone);
  const d = wallClock(probe + 182 * DAY_MS, phoneTimeZone);
  return a.hour !== b.hour || a.minute !== b.minute || c.hour !== d.hour || c.minute !== d.minute;
}
