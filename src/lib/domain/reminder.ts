import { isLocalTime } from './dates';

/**
 * Whether Today shows the gentle check-in nudge: a reminder time is set, it has passed today,
 * and there is no check-in today yet.
 */
export function isReminderDue(
  reminderTime: string | null,
  now: { hour: number; minute: number },
  hasCheckedInToday: boolean,
): boolean {
  if (!reminderTime || !isLocalTime(reminderTime) || hasCheckedInToday) return false;
  const [hour, minute] = reminderTime.split(':').map(Number) as [number, number];
  return now.hour * 60 + now.minute >= hour * 60 + minute;
}

/** Milliseconds from now until today's reminder time, or null if it has passed or is unset. */
export function msUntilReminder(
  reminderTime: string | null,
  now: { hour: number; minute: number },
  seconds = 0,
): number | null {
  if (!reminderTime || !isLocalTime(reminderTime)) return null;
  const [hour, minute] = reminderTime.split(':').map(Number) as [number, number];
  const diff = (hour * 60 + minute - (now.hour * 60 + now.minute)) * 60_000 - seconds * 1000;
  return diff > 0 ? diff : null;
}
