import { describe, expect, it } from 'vitest';
import type { Occurrence } from './occurrences';
import type { Attendance } from './types';
import { weekSoFar } from './week-progress';

const HOUR = 3_600_000;
const at = (date: string, hour: number) =>
  Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
const occurrence = (date: string, hour = 18, hours = 3): Occurrence => ({
  key: `evening|${date}T${hour}:00`,
  sessionId: 'evening',
  title: 'Evening IOP group',
  originalStart: `${date}T${hour}:00`,
  date,
  start: at(date, hour),
  end: at(date, hour) + hours * HOUR,
  isMoved: false,
});
const attended = (o: Occurrence, status: Attendance['status'] = 'attended'): Attendance => ({
  id: o.key,
  sessionId: o.sessionId,
  occurrenceStart: o.originalStart,
  date: o.date,
  status,
  title: o.title,
  scheduledStart: o.start,
  scheduledEnd: o.end,
  updatedAt: 0,
});

// Week of Sunday 2026-12-06: Monday, Tuesday and Thursday evenings, plus last and next week.
const week = [
  occurrence('2026-12-03'),
  occurrence('2026-12-07'),
  occurrence('2026-12-08'),
  occurrence('2026-12-10'),
  occurrence('2026-12-14'),
];

describe('weekSoFar', () => {
  it('on Monday night before anything is marked: nothing failed, three sessions ahead', () => {
    const result = weekSoFar(week, [], '2026-12-07', at('2026-12-07', 12));
    expect(result).toMatchObject({
      weekStart: '2026-12-06',
      attendedMinutes: 0,
      pastMinutes: 0,
      unmarked: 0,
      aheadMinutes: 9 * 60,
    });
    expect(result.ahead.map((o) => o.date)).toEqual(['2026-12-07', '2026-12-08', '2026-12-10']);
  });

  it('a session in progress is still ahead; one that ended and is not marked is only unmarked', () => {
    const during = weekSoFar(week, [], '2026-12-07', at('2026-12-07', 19));
    expect(during.ahead).toHaveLength(3);
    const after = weekSoFar(week, [], '2026-12-07', at('2026-12-07', 22));
    expect(after).toMatchObject({ pastMinutes: 180, unmarked: 1, attendedMinutes: 0 });
    expect(after.ahead).toHaveLength(2);
  });

  it('counts what was recorded this week only, and nothing ahead at the week end', () => {
    const records = [attended(week[0]!), attended(week[1]!), attended(week[2]!, 'missed')];
    const result = weekSoFar(week, records, '2026-12-12', at('2026-12-12', 12));
    expect(result).toMatchObject({
      attendedMinutes: 180,
      pastMinutes: 540,
      unmarked: 1,
      ahead: [],
      aheadMinutes: 0,
    });
  });

  it('a week with no sessions is empty, not a failure', () => {
    expect(weekSoFar([], [], '2026-12-07', at('2026-12-07', 12))).toMatchObject({
      attendedMinutes: 0,
      pastMinutes: 0,
      ahead: [],
    });
  });
});
