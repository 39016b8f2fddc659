import { attendedMinutes, scheduledMinutes, weekStart } from './attendance';
import { addDays } from './dates';
import type { Occurrence } from './occurrences';
import type { Attendance, LocalDate } from './types';

/**
 * The week in progress, told as "so far" and "still ahead": on a Monday night "0 of 12.5 hours"
 * reads as failure when most of the week's sessions have not happened yet.
 */
export interface WeekSoFar {
  weekStart: LocalDate;
  /** Minutes attended this week, from what was recorded. */
  attendedMinutes: number;
  /** Scheduled minutes of the sessions that have ended. */
  pastMinutes: number;
  /** Sessions this week that have ended with nothing recorded yet. */
  unmarked: number;
  /** Sessions this week not over yet (in progress or to come), earliest first. */
  ahead: Occurrence[];
  /** Scheduled minutes of those. */
  aheadMinutes: number;
}

export function weekSoFar(
  occurrences: readonly Occurrence[],
  attendance: readonly Attendance[],
  today: LocalDate,
  now: number,
): WeekSoFar {
  const start = weekStart(today);
  const end = addDays(start, 7);
  const inWeek = (date: LocalDate) => date >= start && date < end;
  const recorded = new Set(attendance.map((a) => a.id));
  const ahead: Occurrence[] = [];
  let pastMinutes = 0;
  let aheadMinutes = 0;
  let unmarked = 0;
  for (const occurrence of occurrences) {
    if (!inWeek(occurrence.date)) continue;
    if (occurrence.end > now) {
      ahead.push(occurrence);
      aheadMinutes += scheduledMinutes(occurrence);
    } else {
      pastMinutes += scheduledMinutes(occurrence);
      if (!recorded.has(occurrence.key)) unmarked += 1;
    }
  }
  let attended = 0;
  for (const record of attendance) if (inWeek(record.date)) attended += attendedMinutes(record);
  return {
    weekStart: start,
    attendedMinutes: attended,
    pastMinutes,
    unmarked,
    ahead: ahead.sort((a, b) => a.start - b.start),
    aheadMinutes,
  };
}
