import { addDays, minutesOfDay, weekday } from './dates';
import type { Occurrence } from './occurrences';
import type { ProgramSetup } from './program-setup';
import type { Attendance, AttendanceStatus, LocalDate, Session } from './types';

export const ATTENDANCE_STATUSES = [
  'attended',
  'late',
  'leftEarly',
  'missed',
  'excused',
] as const satisfies readonly AttendanceStatus[];

/** Statuses that mean the client was there for some of it. */
const PRESENT: ReadonlySet<AttendanceStatus> = new Set(['attended', 'late', 'leftEarly']);
const DAY_MS = 86_400_000;

export function attendanceId(sessionId: string, originalStart: string): string {
  return `${sessionId}|${originalStart}`;
}

/**
 * Minutes that count toward the client's hours: the time between arriving and leaving (the
 * scheduled times where no actual time was given); none for missed or excused.
 */
export function attendedMinutes(record: Attendance): number {
  if (!PRESENT.has(record.status)) return 0;
  const start = record.actualStart ?? record.scheduledStart;
  const end = record.actualEnd ?? record.scheduledEnd;
  return Math.max(0, Math.min(DAY_MS, end - start)) / 60_000;
}

export function scheduledMinutes(occurrence: Pick<Occurrence, 'start' | 'end'>): number {
  return Math.max(0, occurrence.end - occurrence.start) / 60_000;
}

const weekStarts = new Map<LocalDate, LocalDate>();

/** The Sunday that starts the week of a date (US weeks, as clients' calendars show them). */
export function weekStart(date: LocalDate): LocalDate {
  let start = weekStarts.get(date);
  if (start === undefined) {
    start = addDays(date, -weekday(date));
    if (weekStarts.size > 20_000) weekStarts.clear();
    weekStarts.set(date, start);
  }
  return start;
}

export interface WeekHours {
  weekStart: LocalDate;
  scheduledMinutes: number;
  attendedMinutes: number;
  /** Past occurrences this week with nothing recorded yet. */
  unmarked: number;
}

/**
 * Hours per week from `firstWeek` to the week of `today`, newest first. Scheduled hours come
 * from the schedule; attended hours from what was recorded (so they survive schedule edits).
 */
export function weeklyHours(
  occurrences: readonly Occurrence[],
  attendance: readonly Attendance[],
  firstWeek: LocalDate,
  today: LocalDate,
  now: number,
): WeekHours[] {
  const start = weekStart(firstWeek);
  const end = weekStart(today);
  const weeks = new Map<LocalDate, WeekHours>();
  for (let week = start; week <= end; week = addDays(week, 7)) {
    weeks.set(week, { weekStart: week, scheduledMinutes: 0, attendedMinutes: 0, unmarked: 0 });
  }
  const recorded = new Map(attendance.map((a) => [a.id, a]));
  for (const occurrence of occurrences) {
    const row = weeks.get(weekStart(occurrence.date));
    if (!row) continue;
    row.scheduledMinutes += scheduledMinutes(occurrence);
    if (occurrence.end <= now && !recorded.has(occurrence.key)) row.unmarked += 1;
  }
  for (const record of attendance) {
    const row = weeks.get(weekStart(record.date));
    if (row) row.attendedMinutes += attendedMinutes(record);
  }
  return [...weeks.values()].reverse();
}

/** Past occurrences (ended before `now`) with no attendance recorded, newest first. */
export function needingUpdate(
  occurrences: readonly Occurrence[],
  attendance: readonly Attendance[],
  now: number,
): Occurrence[] {
  const recorded = new Set(attendance.map((a) => a.id));
  return occurrences.filter((o) => o.end <= now && !recorded.has(o.key)).reverse();
}

export interface AttendanceRate {
  attended: number;
  scheduled: number;
}

/** Occurrences attended (fully or partly) of those recorded or past, for a rate like "18 of 20". */
export function attendanceRate(
  pastOccurrences: readonly Occurrence[],
  attendance: readonly Attendance[],
): AttendanceRate {
  const keys = new Set(pastOccurrences.map((o) => o.key));
  for (const record of attendance) keys.add(record.id);
  const attended = attendance.filter((a) => PRESENT.has(a.status)).length;
  const excused = attendance.filter((a) => a.status === 'excused').length;
  // Excused absences are not held against the client.
  return { attended, scheduled: keys.size - excused };
}

/**
 * Hours a week of the groups the client chose from the center's program: their weekly sessions
 * still running (or still to start) on `today`, as the center's calendar gives them. Undefined
 * when the client has no weekly session from the center (their own sessions set no target).
 */
export function groupWeeklyHours(
  sessions: readonly Session[],
  today: LocalDate,
): number | undefined {
  // A center change ends a session and starts its successor under the same UID: the latest one
  // stands for the event, so a moved group is not counted twice.
  const byEvent = new Map<string, Session>();
  for (const session of sessions) {
    if (!session.fromCenter || session.weekdays.length === 0) continue;
    if (session.untilDate && session.untilDate < today) continue;
    const key = session.icalUid ?? session.id;
    const known = byEvent.get(key);
    if (!known || session.startDate > known.startDate) byEvent.set(key, session);
  }
  if (byEvent.size === 0) return undefined;
  let minutes = 0;
  for (const session of byEvent.values()) {
    // As sessions.ts's sessionMinutes; not imported, so Progress does not load the session form's rules.
    const span = minutesOfDay(session.endTime) - minutesOfDay(session.startTime);
    minutes += new Set(session.weekdays).size * (session.endsNextDay ? span + 24 * 60 : span);
  }
  return Math.round((minutes / 60) * 100) / 100;
}

/**
 * The weekly hours target: the client's own, where they set one in Settings; else the hours of
 * the groups they chose (a 10.5-hour group is not measured against a 9-hour default); else the
 * program's stored target; else the center's default.
 */
export function weeklyTarget(
  program: Pick<ProgramSetup, 'weeklyHoursTarget' | 'isOwnTarget'> | undefined,
  sessions: readonly Session[],
  today: LocalDate,
  fallback: number,
): number {
  if (program?.isOwnTarget) return program.weeklyHoursTarget;
  return groupWeeklyHours(sessions, today) ?? program?.weeklyHoursTarget ?? fallback;
}

/**
 * Weeks (newest first, as weeklyHours gives them) from the first one with anything scheduled or
 * attended: the weeks before the client's first session (before they had a group) are not weeks
 * of missed hours, and are left out rather than shown as "0 h of 9 h".
 */
export function sinceFirstSession(weeks: readonly WeekHours[]): WeekHours[] {
  let oldest = weeks.length - 1;
  while (
    oldest >= 0 &&
    weeks[oldest]!.scheduledMinutes === 0 &&
    weeks[oldest]!.attendedMinutes === 0
  ) {
    oldest -= 1;
  }
  return weeks.slice(0, oldest + 1);
}

/**
 * Where a list of occurrences starts so that every recorded one is in it: the earlier of the first
 * day that counts and the first day with attendance. A start date moved later than a session the
 * client attended keeps that record (its hours count), so the screens must still reach it.
 */
export function recordedFrom(
  first: LocalDate,
  attendance: readonly Pick<Attendance, 'date'>[],
): LocalDate {
  return attendance.reduce((min, a) => (a.date < min ? a.date : min), first);
}

/**
 * The occurrences that count, the same on Schedule and Progress: from `first` (the first day that
 * counts) on, and before it only those with attendance recorded (shown, and changeable, without
 * anything before the start date asking to be marked). `occurrences` are the sessions' own from
 * recordedFrom(first, attendance) to `to`. A record the sessions no longer give (its session now
 * starts after it, or meets on other days) comes back from the record itself while its session
 * exists, so it can still be seen and changed.
 */
export function countedOccurrences(
  occurrences: readonly Occurrence[],
  attendance: readonly Attendance[],
  sessionIds: ReadonlySet<string>,
  first: LocalDate,
  to: LocalDate,
): Occurrence[] {
  const recorded = new Set(attendance.map((a) => a.id));
  const counted = occurrences.filter((o) => o.date >= first || recorded.has(o.key));
  const given = new Set(occurrences.map((o) => o.key));
  const back: Occurrence[] = attendance
    .filter((a) => !given.has(a.id) && sessionIds.has(a.sessionId) && a.date <= to)
    .map((a) => ({
      key: a.id,
      sessionId: a.sessionId,
      title: a.title,
      originalStart: a.occurrenceStart,
      date: a.date,
      start: a.scheduledStart,
      end: a.scheduledEnd,
      isMoved: false,
    }));
  return back.length ? [...counted, ...back].sort((a, b) => a.start - b.start) : counted;
}
