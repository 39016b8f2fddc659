/**
 * Words and formats only some screens use. They live here, not in locale.svelte.ts, because that
 * module is in every screen's first bundle and Today's must stay small (tests/build/budget).
 */
import { formatDate, locale, t } from './locale.svelte';
import { localeTag } from './locale-tag';
import { translatePhrase, type MessageKey, type Phrase } from './translate';

/**
 * A time of day, the one way each language writes it: "11:05 PM", "11:05 p.m." (never a 24-hour
 * "23:05" beside a 12-hour one). Takes an instant, or minutes since midnight of a wall clock.
 */
export function formatTime(at: Date | number): string {
  const date = typeof at === 'number' ? new Date(2000, 0, 1, Math.floor(at / 60), at % 60) : at;
  return formatDate(date, { hour: 'numeric', minute: '2-digit' });
}

/**
 * A range of wall-clock times, minutes since midnight, the one way each language writes it
 * (Intl's formatRange: "6:00 – 9:00 PM", "9:00 AM – 12:00 PM", "6:00–9:00 p.m."): the group
 * list, Schedule and the changes all show a session's times through here, never two styles.
 */
export function formatTimeRange(start: number, end: number): string {
  // Past midnight (end not after start): two whole times, as a range over two days adds dates.
  if (end <= start) return `${formatTime(start)} – ${formatTime(end)}`;
  const at = (minutes: number) => new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60);
  return new Intl.DateTimeFormat(localeTag(locale.current), {
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(at(start), at(end));
}

const WEEKDAYS = [
  'weekday.0',
  'weekday.1',
  'weekday.2',
  'weekday.3',
  'weekday.4',
  'weekday.5',
  'weekday.6',
] as const satisfies readonly MessageKey[];

/** A day of the week's name by its number, 0 for Sunday as Date.getDay() counts. */
export function weekdayName(day: number): string {
  const key = WEEKDAYS[day];
  // Days come from stored records; a number out of range shows as itself, never as a key.
  return key ? t(key) : String(day);
}

/**
 * The one way to say a held message (a field's problem, a failure with its cause, a status line),
 * in the current language; reading it re-renders on a language switch.
 */
export function say(phrase: Phrase): string {
  void locale.revision;
  return translatePhrase(locale.current, phrase);
}
