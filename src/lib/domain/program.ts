import { daysBetween } from './dates';
import type { LocalDate } from './types';

export type TreatmentDay =
  | { state: 'notStarted'; daysUntilStart: number }
  | { state: 'inTreatment'; day: number; plannedDays: number };

/**
 * Days in treatment, counting the start date as day 1. This is time in the program, not time
 * sober: nothing a client logs can ever reset it.
 */
export function treatmentDay(
  start: LocalDate,
  today: LocalDate,
  plannedDays: number,
): TreatmentDay {
  const elapsed = daysBetween(start, today);
  if (elapsed < 0) return { state: 'notStarted', daysUntilStart: -elapsed };
  return { state: 'inTreatment', day: elapsed + 1, plannedDays };
}
