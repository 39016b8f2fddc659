import ICAL from 'ical.js';
import type { PlainKey } from '$lib/i18n/en';
import {
  addDays,
  daysBetween,
  isTimeZone,
  minutesOfDay,
  clockTime,
  wallClock,
  weekday,
} from './dates';
import { KIND_PROPERTY, UID_DOMAIN } from './ics-export';
import { isWebLink, NOTES_MAX, SESSION_KINDS, TITLE_MAX } from './sessions';
import type { LocalDate, OccurrenceChange, Session, SessionKind } from './types';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_EVENTS = 2000;
/** Rules that are not weekly (monthly, every other week...) become one-off sessions in this window. */
const EXPAND_PAST_DAYS = 180;
const EXPAND_FUTURE_DAYS = 366;
const MAX_EXPANDED = 400;

export type SkipReason = 'allDay' | 'tooLong' | 'noStart' | 'cancelled';

export interface CalendarImport {
  sessions: Session[];
  changes: OccurrenceChange[];
  skipped: { title: string; reason: SkipReason }[];
  /** Each event's CATEGORIES by UID (the center's program names its tracks with them). */
  categories: Record<string, string[]>;
  /**
   * Spanish words an event gives by UID (SUMMARY;LANGUAGE=es, CATEGORIES;LANGUAGE=es,
   * LOCATION;LANGUAGE=es): the center's program shows them in Spanish. Only where given.
   */
  spanish?: Record<string, { title?: string; categories?: string[]; place?: string }>;
}

export type ImportResult = { ok: true; value: CalendarImport } | { ok: false; error: PlainKey };

/** Turns a file's bytes into text, refusing what is not a UTF-8 calendar. */
export function decodeCalendarFile(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: PlainKey } {
  if (bytes.length === 0) return { ok: false, error: 'ics.error.empty' };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: 'ics.error.tooBig' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'ics.error.encoding' };
  }
  // UTF-16 decodes as "valid" UTF-8 full of NUL characters.
  if (text.includes('\u0000')) return { ok: false, error: 'ics.error.encoding' };
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

// Outlook writes Windows zone names; the ones an Oregon calendar may carry.
const WINDOWS_ZONES: Record<string, string> = {
  'Pacific Standard Time': 'America/Los_Angeles',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
};

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface Wall {
  date: LocalDate;
  time: string;
}

function zoneOf(property: ICAL.Property | null, fallback: string): string {
  const tzid = property?.getParameter('tzid');
  const name = Array.isArray(tzid) ? tzid[0] : tzid;
  if (typeof name === 'string') {
    if (isTimeZone(name)) return name;
    if (WINDOWS_ZONES[name]) return WINDOWS_ZONES[name];
  }
  return fallback;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock date and time of an iCalendar time in `timeZone` (UTC values converted). */
function wallOf(time: ICAL.Time, timeZone: string): Wall {
  if (time.zone?.tzid === 'UTC') {
    const epoch = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
    const w = wallClock(epoch, timeZone);
    return { date: w.date, time: clockTime(w.hour * 60 + w.minute) };
  }
  return {
    date: `${time.year}-${pad(time.month)}-${pad(time.day)}`,
    time: clockTime(time.hour * 60 + time.minute),
  };
}

const clip = (value: unknown, max: number) =>
  typeof value === 'string' ? value.trim().slice(0, max) : '';

function guessKind(title: string): SessionKind {
  const t = title.toLowerCase();
  if (/famil/.test(t)) return 'family';
  if (/individual|one-on-one|1:1|counsel|consejer|terapia individual/.test(t)) return 'individual';
  if (/workshop|taller|class|clase/.test(t)) return 'workshop';
  if (/medic|doctor|nurse|health|salud|psychiatr|mat\b/.test(t)) return 'health';
  if (/\b(aa|na|smart)\b|meeting|reuni/.test(t)) return 'meeting';
  if (/group|grupo|iop|process/.test(t)) return 'group';
  return 'other';
}

function findLink(...texts: string[]): string | undefined {
  for (const text of texts) {
    for (const match of text.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
      if (isWebLink(match[0])) return match[0];
    }
  }
  return undefined;
}

/** Minutes from one wall time to another, by calendar (DST does not stretch a session). */
function wallMinutes(from: Wall, to: Wall): number {
  return daysBetween(from.date, to.date) * 1440 + minutesOfDay(to.time) - minutesOfDay(from.time);
}

function addMinutes(wall: Wall, minutes: number): Wall {
  const total = minutesOfDay(wall.time) + minutes;
  return { date: addDays(wall.date, Math.floor(total / 1440)), time: clockTime(total) };
}

interface Options {
  defaultTimeZone: string;
  today: LocalDate;
  newId: () => string;
  /** More events than a client's calendar may hold (the center's program: MAX_PROGRAM_EVENTS). */
  maxEvents?: number;
}

/**
 * Reads an iCalendar file (RFC 5545) into sessions: weekly RRULEs (and daily ones) stay
 * recurring with their weekdays and end date; EXDATE cancels an occurrence; RECURRENCE-ID moves
 * one; other rules become one-off sessions for the coming year. Text fields stay plain text.
 * Anything malformed returns an error and nothing else.
 */
export function parseCalendar(text: string, options: Options): ImportResult {
  if (!/BEGIN:VCALENDAR/i.test(text)) return { ok: false, error: 'ics.error.notCalendar' };
  if (!/END:VCALENDAR\s*$/i.test(text)) return { ok: false, error: 'ics.error.truncated' };
  const eventCount = text.match(/^BEGIN:VEVENT/gim)?.length ?? 0;
  if (eventCount === 0) return { ok: false, error: 'ics.error.noEvents' };
  if (eventCount > (options.maxEvents ?? MAX_EVENTS))
    return { ok: false, error: 'ics.error.tooMany' };

  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch {
    return { ok: false, error: 'ics.error.invalid' };
  }
  // Registering the file's own VTIMEZONEs lets ical.js expand rules in them correctly.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    try {
      const timezone = new ICAL.Timezone(zone);
      if (!ICAL.TimezoneService.has(timezone.tzid)) ICAL.TimezoneService.register(timezone);
    } catch {
      // A broken VTIMEZONE: times are still read as wall-clock in the named zone.
    }
  }

  try {
    return { ok: true, value: readEvents(calendar.getAllSubcomponents('vevent'), options) };
  } catch {
    return { ok: false, error: 'ics.error.invalid' };
  }
}

function readEvents(events: ICAL.Component[], options: Options): CalendarImport {
  const result: CalendarImport = { sessions: [], changes: [], skipped: [], categories: {} };
  const masters = new Map<string, Session>();
  const overrides: ICAL.Component[] = [];

  for (const event of events) {
    if (event.hasProperty('recurrence-id')) {
      overrides.push(event);
      continue;
    }
    // A property with a LANGUAGE is a translation (RFC 5545): the one without is the default.
    const isSpanish = (p: ICAL.Property) => /^es\b/i.test(String(p.getParameter('language') ?? ''));
    const isDefault = (p: ICAL.Property) => !p.getParameter('language');
    const summaries = event.getAllProperties('summary');
    const defaultSummary = summaries.find(isDefault) ?? summaries[0];
    const title = clip(defaultSummary?.getFirstValue(), TITLE_MAX) || 'Session';
    const eventUid = clip(event.getFirstPropertyValue('uid'), 500);
    const categoriesOf = (pick: (p: ICAL.Property) => boolean) =>
      event
        .getAllProperties('categories')
        .filter(pick)
        .flatMap((p) => p.getValues().map((v) => clip(v, TITLE_MAX)))
        .filter(Boolean);
    const categories = categoriesOf(isDefault);
    if (eventUid && categories.length) result.categories[eventUid] = categories;
    const spanishTitle = clip(summaries.find(isSpanish)?.getFirstValue(), TITLE_MAX);
    const spanishCategories = categoriesOf(isSpanish);
    const locations = event.getAllProperties('location');
    const spanishPlace = clip(locations.find(isSpanish)?.getFirstValue(), 300);
    if (eventUid && (spanishTitle || spanishCategories.length || spanishPlace)) {
      result.spanish ??= {};
      result.spanish[eventUid] = {
        ...(spanishTitle ? { title: spanishTitle } : {}),
        ...(spanishCategories.length ? { categories: spanishCategories } : {}),
        ...(spanishPlace ? { place: spanishPlace } : {}),
      };
    }
    if (String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      result.skipped.push({ title, reason: 'cancelled' });
      continue;
    }
    const startProperty = event.getFirstProperty('dtstart');
    const start = startProperty?.getFirstValue() as ICAL.Time | undefined;
    if (!start) {
      result.skipped.push({ title, reason: 'noStart' });
      continue;
    }
    if (start.isDate) {
      result.skipped.push({ title, reason: 'allDay' });
      continue;
    }
    const timezone = zoneOf(startProperty, options.defaultTimeZone);
    const startWall = wallOf(start, timezone);
    const endProperty = event.getFirstProperty('dtend');
    const endValue = endProperty?.getFirstValue() as ICAL.Time | undefined;
    const duration = event.getFirstPropertyValue('duration') as ICAL.Duration | null;
    const endWall = endValue
      ? wallOf(endValue, zoneOf(endProperty, timezone))
      : addMinutes(startWall, duration ? Math.round(duration.toSeconds() / 60) : 60);
    const minutes = wallMinutes(startWall, endWall);
    if (minutes <= 0 || minutes >= 1440) {
      result.skipped.push({ title, reason: 'tooLong' });
      continue;
    }

    const location = clip((locations.find(isDefault) ?? locations[0])?.getFirstValue(), 300);
    const notes = clip(event.getFirstPropertyValue('description'), NOTES_MAX);
    const url = clip(event.getFirstPropertyValue('url'), 2000);
    const kindValue = String(event.getFirstPropertyValue(KIND_PROPERTY.toLowerCase()) ?? '');
    const uid = eventUid || undefined;
    const joinUrl = (isWebLink(url) ? url : undefined) ?? findLink(location, notes);
    const phone = clip(event.getFirstPropertyValue('x-blvd-phone'), 40);
    const ownId = uid?.endsWith(`@${UID_DOMAIN}`)
      ? uid.slice(0, -UID_DOMAIN.length - 1)
      : undefined;
    const base: Session = {
      id: ownId ?? options.newId(),
      title,
      kind: (SESSION_KINDS as readonly string[]).includes(kindValue)
        ? (kindValue as SessionKind)
        : guessKind(title),
      weekdays: [],
      startDate: startWall.date,
      startTime: startWall.time,
      endTime: endWall.time,
      endsNextDay: endWall.date !== startWall.date,
      timezone,
      ...(location ? { place: location } : {}),
      ...(joinUrl ? { joinUrl } : {}),
      ...(phone ? { phone } : {}),
      ...(notes ? { notes } : {}),
      ...(uid ? { icalUid: uid } : {}),
    };

    const rule = event.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    if (!rule) {
      result.sessions.push(base);
      continue;
    }
    const weekly = weeklyShape(rule, startWall.date);
    if (weekly) {
      const session: Session = { ...base, weekdays: weekly };
      const until = untilDate(event, rule, timezone);
      if (until) session.untilDate = until;
      result.sessions.push(session);
      if (uid) masters.set(uid, session);
      for (const exdate of event.getAllProperties('exdate')) {
        for (const value of exdate.getValues() as ICAL.Time[]) {
          const wall = wallOf(value, zoneOf(exdate, timezone));
          result.changes.push({
            id: `${session.id}|${wall.date}T${session.startTime}`,
            sessionId: session.id,
            originalStart: `${wall.date}T${session.startTime}`,
            isCancelled: true,
          });
        }
      }
    } else {
      result.sessions.push(...expandToOneOffs(event, base, options));
    }
  }

  for (const override of overrides) {
    const master = masters.get(String(override.getFirstPropertyValue('uid') ?? ''));
    if (!master) continue;
    const ridProperty = override.getFirstProperty('recurrence-id');
    const rid = wallOf(
      ridProperty!.getFirstValue() as ICAL.Time,
      zoneOf(ridProperty, master.timezone),
    );
    const originalStart = `${rid.date}T${rid.time}`;
    const id = `${master.id}|${originalStart}`;
    if (String(override.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
      result.changes.push({ id, sessionId: master.id, originalStart, isCancelled: true });
      continue;
    }
    const startProperty = override.getFirstProperty('dtstart');
    const endProperty = override.getFirstProperty('dtend');
    const startValue = startProperty?.getFirstValue() as ICAL.Time | undefined;
    if (!startValue || startValue.isDate) continue;
    const start = wallOf(startValue, zoneOf(startProperty, master.timezone));
    const endValue = endProperty?.getFirstValue() as ICAL.Time | undefined;
    const end = endValue
      ? wallOf(endValue, zoneOf(endProperty, master.timezone))
      : addMinutes(
          start,
          wallMinutes(
            { date: master.startDate, time: master.startTime },
            {
              date: master.endsNextDay ? addDays(master.startDate, 1) : master.startDate,
              time: master.endTime,
            },
          ),
        );
    if (wallMinutes(start, end) <= 0) continue;
    result.changes.push({
      id,
      sessionId: master.id,
      originalStart,
      isCancelled: false,
      start: `${start.date}T${start.time}`,
      end: `${end.date}T${end.time}`,
    });
  }
  return result;
}

/** Weekdays for a rule the app keeps as a weekly session, or null if it must be expanded. */
function weeklyShape(rule: ICAL.Recur, startDate: LocalDate): number[] | null {
  if ((rule.interval ?? 1) !== 1) return null;
  const parts = rule.parts as Record<string, unknown[] | undefined>;
  const others = Object.keys(parts).filter((k) => k !== 'BYDAY' && (parts[k]?.length ?? 0) > 0);
  if (others.length > 0) return null;
  const byDay = (parts.BYDAY ?? []).map(String);
  if (byDay.some((d) => !DAY_CODES.includes(d))) return null; // "1MO": a monthly pattern
  const days = byDay.map((d) => DAY_CODES.indexOf(d));
  if (rule.freq === 'WEEKLY') return days.length ? [...new Set(days)].sort() : [weekday(startDate)];
  if (rule.freq === 'DAILY') return days.length ? [...new Set(days)].sort() : [0, 1, 2, 3, 4, 5, 6];
  return null;
}

function untilDate(
  event: ICAL.Component,
  rule: ICAL.Recur,
  timezone: string,
): LocalDate | undefined {
  if (rule.until) return wallOf(rule.until, timezone).date;
  if (rule.count) {
    const iterator = new ICAL.Event(event).iterator();
    let last: ICAL.Time | null = null;
    for (let i = 0, next = iterator.next(); next && i < 5000; i += 1, next = iterator.next()) {
      last = next;
    }
    if (last) return wallOf(last, timezone).date;
  }
  return undefined;
}

function expandToOneOffs(event: ICAL.Component, base: Session, options: Options): Session[] {
  const from = addDays(options.today, -EXPAND_PAST_DAYS);
  const to = addDays(options.today, EXPAND_FUTURE_DAYS);
  const iterator = new ICAL.Event(event).iterator();
  const sessions: Session[] = [];
  for (let next = iterator.next(), i = 0; next && i < 20_000; next = iterator.next(), i += 1) {
    const wall = wallOf(next, base.timezone);
    if (wall.date > to || sessions.length >= MAX_EXPANDED) break;
    if (wall.date < from) continue;
    sessions.push({
      ...base,
      id: options.newId(),
      startDate: wall.date,
      startTime: wall.time,
      icalUid: `${base.icalUid ?? base.id}#${wall.date}`,
    });
  }
  return sessions;
}

export interface ImportPlan {
  added: Session[];
  updated: Session[];
  changes: OccurrenceChange[];
}

/**
 * Matches imported sessions to ones already on the phone by their iCalendar UID, so importing
 * the same calendar twice updates instead of duplicating.
 */
export function planImport(existing: readonly Session[], imported: CalendarImport): ImportPlan {
  const byUid = new Map(existing.filter((s) => s.icalUid).map((s) => [s.icalUid!, s]));
  const byId = new Map(existing.map((s) => [s.id, s]));
  const idMap = new Map<string, string>();
  const added: Session[] = [];
  const updated: Session[] = [];
  for (const session of imported.sessions) {
    const match = (session.icalUid && byUid.get(session.icalUid)) || byId.get(session.id);
    if (match) {
      idMap.set(session.id, match.id);
      updated.push({ ...session, id: match.id });
    } else {
      added.push(session);
    }
  }
  const changes = imported.changes.map((change) => {
    const sessionId = idMap.get(change.sessionId) ?? change.sessionId;
    return { ...change, sessionId, id: `${sessionId}|${change.originalStart}` };
  });
  return { added, updated, changes };
}
