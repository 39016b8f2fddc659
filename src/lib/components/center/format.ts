import type { CenterEvent, ProgramChange } from '$lib/domain/center/program';
import { inLanguage, type Translations } from '$lib/domain/translations';
import { formatDate, locale, t } from '$lib/i18n/locale.svelte';
import { formatTime, formatTimeRange } from '$lib/i18n/format';

// 2026-11-01 was a Sunday: day d of that week names weekday d (Sunday = 0).
const weekdayName = (day: number) =>
  formatDate(new Date(2026, 10, 1 + day, 12), { weekday: 'short' });

export const daysText = (days: readonly number[]) => days.map(weekdayName).join(', ');

const minutesOf = (time: string) => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
};

/** "18:00" as the client reads a time ("6:00 PM", "18:00"). */
export function timeText(time: string): string {
  return formatTime(minutesOf(time));
}

/** "18:00"-"21:00" as one range in the client's language ("6:00 – 9:00 PM", "6:00–9:00 p.m."). */
export function timeRangeText(start: string, end: string): string {
  return formatTimeRange(minutesOf(start), minutesOf(end));
}

/** The days a time range meets, then the range: "Mon, Tue, Thu · 6:00 – 9:00 PM". */
export const slotText = (slot: { days: readonly number[]; start: string; end: string }) =>
  `${daysText(slot.days)} · ${timeRangeText(slot.start, slot.end)}`;

/** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (local wall time) as a date, with its time if given. */
export function wallText(wall: string): string {
  const [date, time] = wall.split('T') as [string, string | undefined];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = (time ?? '12:00').split(':').map(Number) as [number, number];
  return formatDate(
    new Date(y, m - 1, d, hour, minute),
    time
      ? { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }
      : { weekday: 'short', month: 'short', day: 'numeric' },
  );
}

/** When an event happens: weekdays and times for a weekly one, the date and time for a one-off. */
export function eventWhen(
  event: Pick<CenterEvent, 'weekdays' | 'startDate' | 'startTime' | 'endTime'>,
): string {
  const times = timeRangeText(event.startTime, event.endTime);
  if (event.weekdays.length) return `${daysText(event.weekdays)} ${times}`;
  return `${wallText(event.startDate)} ${times}`;
}

/** A program event's title in the client's language. */
const titleOf = (event: { title: string; titles?: Translations }) =>
  inLanguage(event.title, event.titles, locale.current);

/** A change of the center's program in words, with old and new times ("Moved: …, from … to …"). */
export function changeText(change: ProgramChange): string {
  switch (change.kind) {
    case 'added':
      return t('center.change.added', {
        title: titleOf(change.after),
        when: eventWhen(change.after),
      });
    case 'moved':
      return t('center.change.moved', {
        title: titleOf(change.after),
        before: eventWhen(change.before),
        after: eventWhen(change.after),
      });
    case 'changed':
      return t('center.change.changed', {
        title: titleOf(change.after),
      });
    case 'cancelled':
      return t('center.change.cancelled', {
        title: titleOf(change.before),
        when: eventWhen(change.before),
      });
    case 'occurrenceCancelled':
      return t('center.change.occurrenceCancelled', {
        title: change.title,
        date: wallText(change.originalStart.slice(0, 10)),
      });
    case 'occurrenceMoved':
      return t('center.change.occurrenceMoved', {
        title: change.title,
        date: wallText(change.originalStart.slice(0, 10)),
        when: change.start ? wallText(change.start) : '',
      });
  }
}
