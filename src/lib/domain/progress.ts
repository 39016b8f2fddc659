import { addDays, daysBetween, weekday } from './dates';
import type { CheckIn, LocalDate } from './types';

/** Days in treatment worth marking: a day, a week, two weeks, a month, two, 90 days, 6 months, a year. */
export const MILESTONES = [1, 7, 14, 30, 60, 90, 180, 365] as const;
export type Milestone = (typeof MILESTONES)[number];

/** The goal after the current one: 90 days first (NIDA's minimum), then 6 months, then a year. */
export function currentGoal(day: number, plannedDays: number): number {
  const goals = [...new Set([plannedDays, 90, 180, 365])].sort((a, b) => a - b);
  return goals.find((goal) => goal >= day) ?? Math.ceil(day / 365) * 365;
}

/** The highest milestone reached by `day`, if any. */
export function reachedMilestone(day: number): Milestone | undefined {
  return [...MILESTONES].reverse().find((m) => day >= m);
}

/**
 * A milestone to celebrate now: the highest one reached that was not celebrated yet. A
 * milestone crossed while the app was closed or offline is celebrated at the next opening,
 * once.
 */
export function milestoneToCelebrate(day: number, lastCelebrated: number): Milestone | undefined {
  const reached = reachedMilestone(day);
  return reached !== undefined && reached > lastCelebrated ? reached : undefined;
}

export interface Slip {
  id: string;
  date: LocalDate;
  note?: string;
}

export interface SobrietyStats {
  /** Days since the sobriety date or the day after the latest slip, counting that day as 1. */
  current: number;
  longest: number;
  totalSoberDays: number;
  slips: number;
}

/**
 * The optional sobriety counter, separate from days in treatment. A slip is recorded, never
 * erased: the history, the longest stretch and the total sober days all remain. The day of a
 * slip is not counted as sober; the next day starts a new stretch.
 */
export function sobrietyStats(
  sobrietyDate: LocalDate,
  slips: readonly Slip[],
  today: LocalDate,
): SobrietyStats {
  const slipDays = [...new Set(slips.map((s) => s.date))]
    .filter((d) => d >= sobrietyDate && d <= today)
    .sort();
  if (today < sobrietyDate) return { current: 0, longest: 0, totalSoberDays: 0, slips: 0 };
  let longest = 0;
  let total = 0;
  let stretchStart = sobrietyDate;
  for (const slip of slipDays) {
    const length = daysBetween(stretchStart, slip);
    longest = Math.max(longest, length);
    total += Math.max(0, length);
    stretchStart = addDays(slip, 1);
  }
  const current = stretchStart > today ? 0 : daysBetween(stretchStart, today) + 1;
  longest = Math.max(longest, current);
  total += current;
  return { current, longest, totalSoberDays: total, slips: slipDays.length };
}

export interface DailyPoint {
  /** Noon UTC of the local date, as a number the chart's linear axis can use. */
  x: number;
  date: LocalDate;
  mood: number;
  craving: number;
  /** Average over the 7 days ending on this date (days with check-ins). */
  mood7: number;
  craving7: number;
  count: number;
}

const noonOf = (date: LocalDate) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 12);
};

/**
 * Mood and craving per day (the average of that day's check-ins) with a 7-day average, for
 * check-ins from `from` (inclusive, or all). Pre-shaped for chart.js (parsing off).
 */
export function dailySeries(checkIns: readonly CheckIn[], from?: LocalDate): DailyPoint[] {
  const byDate = new Map<LocalDate, { mood: number; craving: number; count: number }>();
  for (const c of checkIns) {
    if (from && c.date < from) continue;
    const day = byDate.get(c.date) ?? { mood: 0, craving: 0, count: 0 };
    day.mood += c.mood;
    day.craving += c.craving;
    day.count += 1;
    byDate.set(c.date, day);
  }
  const dates = [...byDate.keys()].sort();
  const dayNumbers = dates.map((date) => noonOf(date) / 86_400_000);
  const points: DailyPoint[] = [];
  // A sliding window over the last 7 calendar days.
  let start = 0;
  let moodSum = 0;
  let cravingSum = 0;
  for (let i = 0; i < dates.length; i += 1) {
    const date = dates[i]!;
    const day = byDate.get(date)!;
    const mood = day.mood / day.count;
    const craving = day.craving / day.count;
    moodSum += mood;
    cravingSum += craving;
    while (dayNumbers[i]! - dayNumbers[start]! >= 7) {
      const old = byDate.get(dates[start]!)!;
      moodSum -= old.mood / old.count;
      cravingSum -= old.craving / old.count;
      start += 1;
    }
    const n = i - start + 1;
    points.push({
      x: dayNumbers[i]! * 86_400_000,
      date,
      mood: round(mood),
      craving: round(craving),
      mood7: round(moodSum / n),
      craving7: round(cravingSum / n),
      count: day.count,
    });
  }
  return points;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** How often each trigger came up, most frequent first. */
export function triggerCounts(checkIns: readonly CheckIn[]): { id: string; count: number }[] {
  return tagCounts(checkIns, 'triggerIds');
}

/** How often each trigger or coping action was logged, most frequent first. */
export function tagCounts(
  checkIns: readonly CheckIn[],
  field: 'triggerIds' | 'copingIds',
): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of checkIns) {
    for (const id of c[field]) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** Average mood for each day of the week (0 = Sunday); null where there is no check-in. */
export function moodByWeekday(checkIns: readonly CheckIn[]): (number | null)[] {
  const sums = Array.from({ length: 7 }, () => ({ total: 0, count: 0 }));
  for (const c of checkIns) {
    const slot = sums[weekday(c.date)]!;
    slot.total += c.mood;
    slot.count += 1;
  }
  return sums.map((s) => (s.count ? round(s.total / s.count) : null));
}

export interface WeekAverage {
  weekStart: LocalDate;
  mood: number;
  craving: number;
  checkIns: number;
}

/** Average mood and craving per week (weeks start on Sunday), oldest first: the report's trend. */
export function weeklyAverages(checkIns: readonly CheckIn[]): WeekAverage[] {
  const weeks = new Map<LocalDate, { mood: number; craving: number; count: number }>();
  for (const c of checkIns) {
    const start = addDays(c.date, -weekday(c.date));
    const week = weeks.get(start) ?? { mood: 0, craving: 0, count: 0 };
    week.mood += c.mood;
    week.craving += c.craving;
    week.count += 1;
    weeks.set(start, week);
  }
  return [...weeks]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, w]) => ({
      weekStart,
      mood: round(w.mood / w.count),
      craving: round(w.craving / w.count),
      checkIns: w.count,
    }));
}
