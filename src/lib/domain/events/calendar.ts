import { addDays, wallClock, weekday } from '../dates';
import { escapeText, foldLine, vtimezone } from '../ics-export';
import type { RecoveryEvent } from '../types';

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const stamp = (date: string, time: string) =>
  `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/**
 * "Add to calendar" for a meeting: an .ics with a weekly RRULE and TZID (not the single
 * occurrence other finders write), so the meeting stays in the client's calendar every week.
 */
export function eventCalendar(event: RecoveryEvent, now: number): string {
  const today = wallClock(now, event.timezone).date;
  let first = event.date ?? today;
  if (!event.date) {
    for (let i = 0; i < 7; i += 1) {
      const date = addDays(today, i);
      if (event.days.includes(weekday(date))) {
        first = date;
        break;
      }
    }
  }
  const end = event.endTime <= event.time ? addDays(first, 1) : first;
  const place = [event.location, event.address].filter(Boolean).join(', ');
  const description = [
    event.notes,
    event.conferenceUrl,
    event.conferencePhone ? `Phone: ${event.conferencePhone}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//BLVD Companion//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezone(event.timezone, new Date(now).getUTCFullYear()),
    'BEGIN:VEVENT',
    `UID:${event.id.replace(/[^\w.:-]/g, '_')}@blvd-companion`,
    `DTSTAMP:${new Date(now)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')}`,
    `DTSTART;TZID=${event.timezone}:${stamp(first, event.time)}`,
    `DTEND;TZID=${event.timezone}:${stamp(end, event.endTime)}`,
    ...(event.date
      ? []
      : [`RRULE:FREQ=WEEKLY;BYDAY=${event.days.map((d) => DAY_CODES[d]).join(',')}`]),
    `SUMMARY:${escapeText(event.name)}`,
    ...(place ? [`LOCATION:${escapeText(place)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(event.conferenceUrl ? [`URL:${event.conferenceUrl}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
