import { addDays, utcOffsetMinutes, weekday } from './dates';
import type { OccurrenceChange, Session } from './types';

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export const UID_DOMAIN = 'blvd-companion';
export const KIND_PROPERTY = 'X-BLVD-KIND';

/** TEXT values escaped as RFC 5545 §3.3.11 asks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const stamp = (date: string, time: string) =>
  `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

function utcStamp(epoch: number): string {
  return new Date(epoch)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A VTIMEZONE for a zone, as RFC 5545 requires for every TZID. Zones with DST get the US rules
 * (second Sunday of March, first Sunday of November): right for every zone an Oregon program
 * uses (Pacific, and Mountain for most of Malheur County).
 */
export function vtimezone(timeZone: string, year: number): string[] {
  const winter = utcOffsetMinutes(Date.UTC(year, 0, 15), timeZone);
  const summer = utcOffsetMinutes(Date.UTC(year, 6, 15), timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (winter === summer) {
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(winter)}`,
      `TZOFFSETTO:${offsetText(winter)}`,
      'END:STANDARD',
    );
  } else {
    lines.push(
      'BEGIN:DAYLIGHT',
      'DTSTART:20070311T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      `TZOFFSETFROM:${offsetText(winter)}`,
      `TZOFFSETTO:${offsetText(summer)}`,
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20071104T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      `TZOFFSETFROM:${offsetText(summer)}`,
      `TZOFFSETTO:${offsetText(winter)}`,
      'END:STANDARD',
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** The first date on or after the start date that falls on one of the session's weekdays. */
export function firstOccurrenceDate(session: Session): string {
  if (session.weekdays.length === 0) return session.startDate;
  for (let i = 0; i < 7; i += 1) {
    const date = addDays(session.startDate, i);
    if (session.weekdays.includes(weekday(date))) return date;
  }
  return session.startDate;
}

/** A reminder the phone's calendar shows `minutes` before the start (RFC 5545 VALARM). */
function alarmLines(alarm: Alarm | undefined, title: string): string[] {
  if (!alarm) return [];
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(alarm.text(title))}`,
    `TRIGGER:-PT${Math.max(0, Math.round(alarm.minutes))}M`,
    'END:VALARM',
  ];
}

export interface Alarm {
  minutes: number;
  /** What the phone shows, from the session's title ("Group starts in 30 minutes"). */
  text: (title: string) => string;
}

function eventLines(
  session: Session,
  changes: OccurrenceChange[],
  now: number,
  alarm?: Alarm,
): string[] {
  const tz = session.timezone;
  const first = firstOccurrenceDate(session);
  const endDate = session.endsNextDay ? addDays(first, 1) : first;
  const uid = `${session.id}@${UID_DOMAIN}`;
  const common = [
    `SUMMARY:${escapeText(session.title)}`,
    `${KIND_PROPERTY}:${session.kind}`,
    ...(session.place || session.address
      ? [`LOCATION:${escapeText([session.place, session.address].filter(Boolean).join(', '))}`]
      : []),
    ...(session.notes ? [`DESCRIPTION:${escapeText(session.notes)}`] : []),
    ...(session.joinUrl ? [`URL:${session.joinUrl}`] : []),
    ...(session.phone ? [`X-BLVD-PHONE:${escapeText(session.phone)}`] : []),
  ];
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${tz}:${stamp(first, session.startTime)}`,
    `DTEND;TZID=${tz}:${stamp(endDate, session.endTime)}`,
  ];
  if (session.weekdays.length > 0) {
    const days = [...session.weekdays]
      .sort()
      .map((d) => DAY_CODES[d])
      .join(',');
    // UNTIL is a UTC time when DTSTART has a TZID (RFC 5545 §3.3.10): the end of that local day.
    const until = session.untilDate
      ? `;UNTIL=${utcStamp(Date.UTC(...ymd(session.untilDate), 23, 59, 59) - utcOffsetMinutes(Date.UTC(...ymd(session.untilDate), 12), tz) * 60_000)}`
      : '';
    lines.push(`RRULE:FREQ=WEEKLY;BYDAY=${days}${until}`);
    const cancelled = changes
      .filter((c) => c.isCancelled)
      .map((c) => stamp(c.originalStart.slice(0, 10), c.originalStart.slice(11)));
    if (cancelled.length) lines.push(`EXDATE;TZID=${tz}:${cancelled.join(',')}`);
  }
  lines.push(...common, ...alarmLines(alarm, session.title), 'END:VEVENT');
  for (const change of changes) {
    if (change.isCancelled || !change.start || !change.end) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `RECURRENCE-ID;TZID=${tz}:${stamp(change.originalStart.slice(0, 10), change.originalStart.slice(11))}`,
      `DTSTART;TZID=${tz}:${stamp(change.start.slice(0, 10), change.start.slice(11))}`,
      `DTEND;TZID=${tz}:${stamp(change.end.slice(0, 10), change.end.slice(11))}`,
      ...common,
      ...alarmLines(alarm, session.title),
      'END:VEVENT',
    );
  }
  return lines;
}

function ymd(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
}

/**
 * The schedule as an iCalendar file: one VEVENT per session with a weekly RRULE and TZID, stable
 * UIDs (re-importing updates instead of duplicating), EXDATE for cancelled occurrences and a
 * RECURRENCE-ID event for each moved one.
 */
export function exportCalendar(
  sessions: readonly Session[],
  changes: readonly OccurrenceChange[],
  options: {
    now: number;
    calendarName: string;
    /** A reminder before every session, shown by the phone's calendar even with the app closed. */
    alarm?: Alarm;
    /** A daily check-in reminder: a short recurring event at the client's time, with its alarm. */
    dailyCheckIn?: DailyCheckIn;
  },
): string {
  const year = new Date(options.now).getUTCFullYear();
  const zones = [
    ...new Set([
      ...sessions.map((s) => s.timezone),
      ...(options.dailyCheckIn ? [options.dailyCheckIn.timezone] : []),
    ]),
  ].sort();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//BLVD Companion//Schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
    ...zones.flatMap((zone) => vtimezone(zone, year)),
    ...sessions.flatMap((session) =>
      eventLines(
        session,
        changes.filter((c) => c.sessionId === session.id),
        options.now,
        options.alarm,
      ),
    ),
    ...(options.dailyCheckIn ? checkInLines(options.dailyCheckIn, options.now) : []),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export interface DailyCheckIn {
  /** HH:MM, the client's reminder time. */
  time: string;
  timezone: string;
  startDate: string;
  title: string;
  description: string;
}

/** The daily check-in reminder: one stable UID, so adding it again updates it. */
function checkInLines(reminder: DailyCheckIn, now: number): string[] {
  const tz = reminder.timezone;
  return [
    'BEGIN:VEVENT',
    `UID:daily-check-in@${UID_DOMAIN}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${tz}:${stamp(reminder.startDate, reminder.time)}`,
    'DURATION:PT5M',
    'RRULE:FREQ=DAILY',
    `SUMMARY:${escapeText(reminder.title)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    'TRANSP:TRANSPARENT',
    ...alarmLines({ minutes: 0, text: () => reminder.description }, reminder.title),
    'END:VEVENT',
  ];
}
