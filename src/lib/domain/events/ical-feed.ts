import { parseCalendar } from '../ics-import';
import type { EventSource, LocalDate, RecoveryEvent } from '../types';
import { FeedError } from './meeting-guide';

/**
 * A center's iCalendar feed as events: weekly rules stay weekly, anything else (monthly, one
 * offs) becomes dated events for the coming year, through the same parser as schedule imports.
 */
export function normaliseIcalFeed(
  text: string,
  source: EventSource,
  today: LocalDate,
): RecoveryEvent[] {
  let counter = 0;
  const parsed = parseCalendar(text, {
    defaultTimeZone: 'America/Los_Angeles',
    today,
    newId: () => `item-${(counter += 1)}`,
  });
  if (!parsed.ok) throw new FeedError('invalid', parsed.error);
  return parsed.value.sessions
    .filter((session) => session.weekdays.length > 0 || session.startDate >= today)
    .map((session) => {
      const slug = (session.icalUid ?? session.id).replace(/[^\w.@#:-]/g, '_');
      const event: RecoveryEvent = {
        id: `${source.id}:${slug}`,
        sourceId: source.id,
        slug,
        name: session.title,
        days: session.weekdays,
        time: session.startTime,
        endTime: session.endTime,
        timezone: session.timezone,
        types: [],
        program: source.program,
        attendance: session.joinUrl ? (session.place ? 'hybrid' : 'online') : 'inPerson',
        isTemporarilyClosed: false,
      };
      if (session.weekdays.length === 0) event.date = session.startDate;
      if (session.place) event.address = session.place;
      if (session.joinUrl) event.conferenceUrl = session.joinUrl;
      if (session.notes) event.notes = session.notes;
      return event;
    });
}
