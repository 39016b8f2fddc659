import { addDays } from './dates';
import type { CheckIn, LocalDate } from './types';

/**
 * What the client's own check-ins can honestly say about hard days. People reach for a coping
 * action on the days they need it, so comparing craving on days "with" and "without" it reads as
 * "this makes it worse" when it does not: here coping actions and triggers are only counted on
 * hard days, and a hard day is followed to the next day, never set against a coping action.
 */

/** A day whose highest craving reached this (0-10) is a hard day. */
export const HARD_CRAVING = 6;
/** A day with a check-in of this mood ("Very hard") is a hard day too, whatever the craving. */
export const HARD_MOOD = 1;
/** Days with a check-in before anything is said: fewer are noise. */
export const MIN_CHECK_IN_DAYS = 14;
/** Hard days before counting what went with them. */
export const MIN_HARD_DAYS = 3;
/** At most this many triggers and coping actions are listed each. */
const LIST_LIMIT = 5;

export interface TagOnHardDays {
  id: string;
  /** Hard days it was logged on. */
  count: number;
}

export interface NextDay {
  /** Hard days followed by a check-in the next day. */
  followed: number;
  /** Of those, days whose next day was not a hard day. */
  easier: number;
}

export type Insights =
  | { status: 'notEnoughDays'; days: number; needed: number }
  | { status: 'fewHardDays'; days: number; hardDays: number; needed: number }
  | {
      status: 'ready';
      days: number;
      hardDays: number;
      triggers: TagOnHardDays[];
      coping: TagOnHardDays[];
      /** Null until enough hard days have a check-in the day after. */
      nextDay: NextDay | null;
    };

interface Day {
  /** The day's highest craving and lowest mood. */
  craving: number;
  mood: number;
  triggers: Set<string>;
  coping: Set<string>;
}

function byDay(checkIns: readonly CheckIn[]): Map<LocalDate, Day> {
  const days = new Map<LocalDate, Day>();
  for (const c of checkIns) {
    let day = days.get(c.date);
    if (!day) {
      day = { craving: c.craving, mood: c.mood, triggers: new Set(), coping: new Set() };
      days.set(c.date, day);
    }
    day.craving = Math.max(day.craving, c.craving);
    day.mood = Math.min(day.mood, c.mood);
    for (const id of c.triggerIds) day.triggers.add(id);
    for (const id of c.copingIds) day.coping.add(id);
  }
  return days;
}

const isHard = (day: Day) => day.craving >= HARD_CRAVING || day.mood <= HARD_MOOD;

function countOn(hardDays: readonly Day[], pick: (day: Day) => Set<string>): TagOnHardDays[] {
  const counts = new Map<string, number>();
  for (const day of hardDays) for (const id of pick(day)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, LIST_LIMIT);
}

export function insights(checkIns: readonly CheckIn[]): Insights {
  const days = byDay(checkIns);
  if (days.size < MIN_CHECK_IN_DAYS) {
    return { status: 'notEnoughDays', days: days.size, needed: MIN_CHECK_IN_DAYS };
  }
  const hard = [...days].filter(([, day]) => isHard(day));
  if (hard.length < MIN_HARD_DAYS) {
    return {
      status: 'fewHardDays',
      days: days.size,
      hardDays: hard.length,
      needed: MIN_HARD_DAYS,
    };
  }
  let followed = 0;
  let easier = 0;
  for (const [date] of hard) {
    const next = days.get(addDays(date, 1));
    if (!next) continue;
    followed += 1;
    if (!isHard(next)) easier += 1;
  }
  const hardDays = hard.map(([, day]) => day);
  return {
    status: 'ready',
    days: days.size,
    hardDays: hard.length,
    triggers: countOn(hardDays, (day) => day.triggers),
    coping: countOn(hardDays, (day) => day.coping),
    nextDay: followed >= MIN_HARD_DAYS ? { followed, easier } : null,
  };
}
