import type { LocalDate } from '../types';

/**
 * Whether the app offers the plan after a check-in: a strong craving (7 or more) or a use today,
 * not already put aside by the client today. Its own module: Today imports it, and nothing else
 * of the plan belongs in Today's first load.
 */
export function isHardMoment(
  latest: { date: LocalDate; craving: number; used?: string } | undefined,
  today: LocalDate,
  dismissedOn: LocalDate | null | undefined,
): boolean {
  if (!latest || latest.date !== today || dismissedOn === today) return false;
  return latest.craving >= 7 || latest.used === 'yes';
}
