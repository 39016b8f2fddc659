import { attendanceRate, attendedMinutes, weekStart } from './attendance';
import type { Occurrence } from './occurrences';
import { tagCounts, weeklyAverages, type WeekAverage } from './progress';
import type { Attendance, CheckIn, LocalDate } from './types';

export const REPORT_SECTIONS = [
  'days',
  'attendance',
  'mood',
  'triggers',
  'coping',
  'notes',
  'plan',
  'planPeople',
  'measures',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
/**
 * Notes, the plan, the plan's people and numbers, and measures are private: they go in only when
 * the client ticks them.
 */
export const DEFAULT_SECTIONS: ReadonlySet<ReportSection> = new Set([
  'days',
  'attendance',
  'mood',
  'triggers',
  'coping',
]);

export interface ReportInput {
  from: LocalDate;
  to: LocalDate;
  checkIns: readonly CheckIn[];
  occurrences: readonly Occurrence[];
  attendance: readonly Attendance[];
  now: number;
}

export interface ReportData {
  checkIns: number;
  rate: { attended: number; scheduled: number };
  attendedMinutes: number;
  hoursByWeek: { weekStart: LocalDate; minutes: number }[];
  moodByWeek: WeekAverage[];
  triggers: { id: string; count: number }[];
  coping: { id: string; count: number }[];
  notes: { date: LocalDate; at: number; note: string }[];
}

/** The figures of a counselor report for a date range (inclusive), from the client's records. */
export function buildReport(input: ReportInput): ReportData {
  const inRange = (date: LocalDate) => date >= input.from && date <= input.to;
  const checkIns = input.checkIns.filter((c) => inRange(c.date));
  const attendance = input.attendance.filter((a) => inRange(a.date));
  const past = input.occurrences.filter((o) => inRange(o.date) && o.end <= input.now);
  const weeks = new Map<LocalDate, number>();
  for (const record of attendance) {
    const week = weekStart(record.date);
    weeks.set(week, (weeks.get(week) ?? 0) + attendedMinutes(record));
  }
  return {
    checkIns: checkIns.length,
    rate: attendanceRate(past, attendance),
    attendedMinutes: attendance.reduce((sum, a) => sum + attendedMinutes(a), 0),
    hoursByWeek: [...weeks]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([weekStart, minutes]) => ({ weekStart, minutes })),
    moodByWeek: weeklyAverages(checkIns),
    triggers: tagCounts(checkIns, 'triggerIds').slice(0, 5),
    coping: tagCounts(checkIns, 'copingIds').slice(0, 8),
    notes: checkIns
      .filter((c) => c.note)
      .sort((a, b) => a.at - b.at)
      .map((c) => ({ date: c.date, at: c.at, note: c.note! })),
  };
}
