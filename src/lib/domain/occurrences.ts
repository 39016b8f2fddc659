import {
  addDays,
  calendarDays,
  minutesOfDay,
  zonedDayToEpoch,
  zonedToEpoch,
  type CalendarDay,
} from './dates';
import type { LocalDate, OccurrenceChange, Session } from './types';

/** One time a session happens. */
export interface Occurrence {
  /** `${sessionId}|${originalStart}`: stable, and the key attendance is recorded under. */
  key: string;
  sessionId: string;
  title: string;
  /** Original local start, YYYY-MM-DDTHH:MM, even when the occurrence was moved. */
  originalStart: string;
  /** Local date it starts on (after any move). */
  date: LocalDate;
  start: number;
  end: number;
  isMoved: boolean;
}

export const occurrenceKey = (sessionId: string, originalStart: string) =>
  `${sessionId}|${originalStart}`;

function localParts(stamp: string): [LocalDate, string] {
  return [stamp.slice(0, 10), stamp.slice(11, 16)];
}

/**
 * Every occurrence starting on a local date from `from` to `to` (inclusive), sorted by start.
 * Times are wall-clock in the session's timezone, so a 9:00 group stays at 9:00 across DST;
 * a session that ends after midnight ends on the next day. Cancelled occurrences (EXDATE) are
 * left out; moved ones (RECURRENCE-ID) appear at their new time.
 */
export function expandOccurrences(
  sessions: readonly Session[],
  changes: readonly OccurrenceChange[],
  from: LocalDate,
  to: LocalDate,
): Occurrence[] {
  const changeByKey = new Map(changes.map((c) => [occurrenceKey(c.sessionId, c.originalStart), c]));
  const out: Occurrence[] = [];
  const seen = new Set<string>();

  const push = (session: Session, day: CalendarDay, times: { start: number; end: number }) => {
    const date = day.date;
    const originalStart = `${date}T${session.startTime}`;
    const key = occurrenceKey(session.id, originalStart);
    const change = changeByKey.get(key);
    seen.add(key);
    if (change?.isCancelled) return;
    if (change?.start && change.end) {
      const [newDate, newTime] = localParts(change.start);
      const [endDate, endTime] = localParts(change.end);
      if (newDate < from || newDate > to) return;
      out.push({
        key,
        sessionId: session.id,
        title: session.title,
        originalStart,
        date: newDate,
        start: zonedToEpoch(newDate, newTime, session.timezone),
        end: zonedToEpoch(endDate, endTime, session.timezone),
        isMoved: true,
      });
      return;
    }
    out.push({
      key,
      sessionId: session.id,
      title: session.title,
      originalStart,
      date,
      start: times.start,
      end: times.end,
      isMoved: false,
    });
  };

  // One pass builds the days (and the next one, for sessions ending after midnight).
  const days = calendarDays(from, addDays(to, 1));
  const index = new Map(days.map((day, i) => [day.date, i]));
  for (const session of sessions) {
    const startMinutes = minutesOfDay(session.startTime);
    const endMinutes = minutesOfDay(session.endTime);
    const at = (i: number) => {
      const day = days[i]!;
      const next = session.endsNextDay ? days[i + 1] : day;
      return {
        start: zonedDayToEpoch(day, startMinutes, session.timezone),
        end: next
          ? zonedDayToEpoch(next, endMinutes, session.timezone)
          : zonedToEpoch(addDays(day.date, 1), session.endTime, session.timezone),
      };
    };
    if (session.weekdays.length === 0) {
      const i = index.get(session.startDate);
      if (i !== undefined && session.startDate <= to) push(session, days[i]!, at(i));
      continue;
    }
    const wanted = new Set(session.weekdays);
    const last = days.length - 1; // the extra day is not in the range
    for (let i = 0; i < last; i += 1) {
      const day = days[i]!;
      if (day.date < session.startDate) continue;
      if (session.untilDate && day.date > session.untilDate) break;
      if (wanted.has(day.weekday)) push(session, day, at(i));
    }
  }

  // An occurrence moved into the range from outside it.
  for (const change of changes) {
    const key = occurrenceKey(change.sessionId, change.originalStart);
    if (seen.has(key) || change.isCancelled || !change.start || !change.end) continue;
    const session = sessions.find((s) => s.id === change.sessionId);
    const [newDate, newTime] = localParts(change.start);
    if (!session || newDate < from || newDate > to) continue;
    const [endDate, endTime] = localParts(change.end);
    out.push({
      key,
      sessionId: session.id,
      title: session.title,
      originalStart: change.originalStart,
      date: newDate,
      start: zonedToEpoch(newDate, newTime, session.timezone),
      end: zonedToEpoch(endDate, endTime, session.timezone),
      isMoved: true,
    });
  }

  return out.sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

/** Keys of occurrences that overlap another one (allowed, but flagged). */
export function overlappingKeys(occurrences: readonly Occurrence[]): Set<string> {
  const sorted = [...occurrences].sort((a, b) => a.start - b.start);
  const keys = new Set<string>();
  let latest: Occurrence | undefined;
  for (const occurrence of sorted) {
    if (latest && occurrence.start < latest.end) {
      keys.add(occurrence.key);
      keys.add(latest.key);
    }
    if (!latest || occurrence.end > latest.end) latest = occurrence;
  }
  return keys;
}

/** The occurrence in progress at `now`, else the next one to start. */
export function currentOrNext(
  occurrences: readonly Occurrence[],
  now: number,
): { occurrence: Occurrence; isInProgress: boolean } | undefined {
  const inProgress = occurrences.find((o) => o.start <= now && now < o.end);
  if (inProgress) return { occurrence: inProgress, isInProgress: true };
  const next = occurrences.find((o) => o.start > now);
  return next ? { occurrence: next, isInProgress: false } : undefined;
}

/** "I'm here" is offered from 30 minutes before a session starts until it ends. */
export const CHECK_IN_WINDOW_MS = 30 * 60_000;

export function isInAttendanceWindow(occurrence: Occurrence, now: number): boolean {
  return now >= occurrence.start - CHECK_IN_WINDOW_MS && now < occurrence.end;
}
