import { addDays, weekday } from './dates';
import type { Occurrence } from './occurrences';
import type { Attendance, AttendanceStatus, LocalDate } from './types';

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
