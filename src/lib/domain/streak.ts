import { addDays } from './dates';
import type { LocalDate } from './types';

export interface CheckInStreak {
  /** Consecutive days with a check-in, ending today, or yesterday while today is still open. */
  current: number;
  longest: number;
  hasCheckedInToday: boolean;
}

/**
 * The check-in streak: days with at least one check-in. This counts the habit of checking in,
 * not days sober. Days are local calendar dates, so DST and midnight cannot break a streak.
 */
export function checkInStreak(dates: Iterable<LocalDate>, today: LocalDate): CheckInStreak {
  const days = new Set(dates);
  const hasCheckedInToday = days.has(today);
  let current = 0;
  let cursor = hasCheckedInToday ? today : addDays(today, -1);
  while (days.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  let longest = 0;
  for (const day of days) {
    if (days.has(addDays(day, -1))) continue; // not the start of a run
    let length = 1;
    while (days.has(addDays(day, length))) length += 1;
    longest = Math.max(longest, length);
  }
  return { current, longest, hasCheckedInToday };
}
