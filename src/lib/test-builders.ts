/*
 * Records shared by the unit tests (no screen imports this file): one place says what a plain
 * check-in or a saved event looks like, so the tests that need one do not each spell it out.
 */
import type { CheckIn, Mood, Session } from './domain/types';

/** A check-in on `date` (8 pm UTC) with these answers. */
export const checkInOn = (
  date: string,
  mood: Mood,
  craving: number,
  triggerIds: string[] = [],
  copingIds: string[] = [],
): CheckIn => ({
  id: `${date}-${mood}-${craving}-${triggerIds.join()}-${copingIds.join()}`,
  at: Date.parse(`${date}T20:00:00Z`),
  date,
  mood,
  craving,
  triggerIds,
  copingIds,
  createdAt: 0,
  updatedAt: 0,
});

/** A check-in with only a note, for the tests that care where the note is kept. */
export const noteCheckIn = (id: string, note: string): CheckIn => ({
  id,
  at: 1,
  date: '2026-11-27',
  mood: 3,
  craving: 4,
  triggerIds: [],
  copingIds: [],
  note,
  createdAt: 1,
  updatedAt: 1,
});

/** An online meeting as the finder saves it (a favourite, or one in a backup). */
export const onlineEvent = {
  id: 'src:one',
  sourceId: 'src',
  slug: 'one',
  name: 'Noon group',
  days: [1, 3],
  time: '12:00',
  endTime: '13:00',
  timezone: 'America/Los_Angeles',
  types: ['O'],
  program: 'AA',
  attendance: 'online',
  isTemporarilyClosed: false,
  conferenceUrl: 'https://zoom.example/j/1',
  conferencePhone: '+1 646 558 8656,,1#',
};

/** A morning group, Mondays and Wednesdays 9 to 12 in Los Angeles, from `startDate`. */
export const mondayWednesdayGroup = (startDate: string): Session => ({
  id: 'g',
  title: 'Group',
  kind: 'group',
  weekdays: [1, 3],
  startDate,
  startTime: '09:00',
  endTime: '12:00',
  endsNextDay: false,
  timezone: 'America/Los_Angeles',
});
