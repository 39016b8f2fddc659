import type { WeekHours } from './attendance';
import type { ProgramSetup } from './program-setup';
import { sessionMinutes } from './sessions';
import type { LocalDate, Session } from './types';

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
    minutes += new Set(session.weekdays).size * sessionMinutes(session);
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
