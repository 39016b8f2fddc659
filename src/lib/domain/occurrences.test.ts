import { describe, expect, it } from 'vitest';
import {
  currentOrNext,
  expandOccurrences,
  isInAttendanceWindow,
  overlappingKeys,
} from './occurrences';
import type { Session } from './types';

const LA = 'America/Los_Angeles';
const session = (over: Partial<Session> = {}): Session => ({
  id: 's1',
  title: 'Process group',
  kind: 'group',
  weekdays: [1, 3, 5],
  startDate: '2026-01-05',
  startTime: '09:00',
  endTime: '12:00',
  endsNextDay: false,
  timezone: LA,
  ...over,
});

describe('expandOccurrences', () => {
  it('repeats on the chosen weekdays from the start date', () => {
    const list = expandOccurrences([session()], [], '2026-01-01', '2026-01-11');
    expect(list.map((o) => o.date)).toEqual(['2026-01-05', '2026-01-07', '2026-01-09']);
    expect(list[0]).toMatchObject({
      key: 's1|2026-01-05T09:00',
      start: Date.UTC(2026, 0, 5, 17),
      end: Date.UTC(2026, 0, 5, 20),
      isMoved: false,
    });
  });

  it('keeps 9:00 at 9:00 local across the March and November DST changes', () => {
    const s = session({ weekdays: [0, 1] });
    const march = expandOccurrences([s], [], '2026-03-01', '2026-03-09');
    expect(march.map((o) => new Date(o.start).toISOString())).toEqual([
      '2026-03-01T17:00:00.000Z', // Sun, PST
      '2026-03-02T17:00:00.000Z', // Mon, PST
      '2026-03-08T16:00:00.000Z', // Sun, the change day: PDT
      '2026-03-09T16:00:00.000Z',
    ]);
    const november = expandOccurrences([s], [], '2026-10-26', '2026-11-02');
    expect(november.map((o) => new Date(o.start).toISOString())).toEqual([
      '2026-10-26T16:00:00.000Z',
      '2026-11-01T17:00:00.000Z', // Sun, the change day: PST
      '2026-11-02T17:00:00.000Z',
    ]);
    // Each is still three hours long.
    expect([...march, ...november].every((o) => o.end - o.start === 3 * 3_600_000)).toBe(true);
  });

  it('runs a session past midnight into the next day, with real elapsed time on DST nights', () => {
    const late = session({
      weekdays: [6],
      startTime: '22:00',
      endTime: '02:00',
      endsNextDay: true,
    });
    const [normal] = expandOccurrences([late], [], '2026-02-07', '2026-02-07');
    expect(normal).toMatchObject({ date: '2026-02-07', start: Date.UTC(2026, 1, 8, 6) });
    expect(normal!.end - normal!.start).toBe(4 * 3_600_000);
    // Saturday 7 March 22:00 to Sunday 02:00 (which does not exist: 03:00 PDT) is 4 hours; the
    // night of 31 October, when 01:00-02:00 happens twice, is 5 hours.
    const [spring] = expandOccurrences([late], [], '2026-03-07', '2026-03-07');
    expect((spring!.end - spring!.start) / 3_600_000).toBe(4);
    const [autumn] = expandOccurrences([late], [], '2026-10-31', '2026-10-31');
    expect((autumn!.end - autumn!.start) / 3_600_000).toBe(5);
  });

  it('stops at the until date and handles one-off appointments', () => {
    const ending = session({ untilDate: '2026-01-07' });
    const oneOff = session({
      id: 'o1',
      weekdays: [],
      startDate: '2026-01-08',
      startTime: '14:00',
      endTime: '15:00',
    });
    const list = expandOccurrences([ending, oneOff], [], '2026-01-01', '2026-01-31');
    expect(list.map((o) => o.key)).toEqual([
      's1|2026-01-05T09:00',
      's1|2026-01-07T09:00',
      'o1|2026-01-08T14:00',
    ]);
  });

  it('leaves out cancelled occurrences (EXDATE) and shows moved ones at their new time', () => {
    const changes = [
      { id: 'c1', sessionId: 's1', originalStart: '2026-01-07T09:00', isCancelled: true },
      {
        id: 'c2',
        sessionId: 's1',
        originalStart: '2026-01-09T09:00',
        isCancelled: false,
        start: '2026-01-10T10:00',
        end: '2026-01-10T12:30',
      },
    ];
    const list = expandOccurrences([session()], changes, '2026-01-05', '2026-01-11');
    expect(list.map((o) => [o.key, o.date, o.isMoved])).toEqual([
      ['s1|2026-01-05T09:00', '2026-01-05', false],
      ['s1|2026-01-09T09:00', '2026-01-10', true],
    ]);
    expect(list[1]!.end - list[1]!.start).toBe(2.5 * 3_600_000);
  });

  it('includes an occurrence moved into the range from outside it', () => {
    const changes = [
      {
        id: 'c',
        sessionId: 's1',
        originalStart: '2026-01-12T09:00',
        isCancelled: false,
        start: '2026-01-10T09:00',
        end: '2026-01-10T12:00',
      },
    ];
    const list = expandOccurrences([session()], changes, '2026-01-10', '2026-01-11');
    expect(list.map((o) => o.key)).toEqual(['s1|2026-01-12T09:00']);
  });

  it('expands a year of 10 weekly sessions', () => {
    const sessions = Array.from({ length: 10 }, (_, i) =>
      session({ id: `s${i}`, startDate: '2025-12-01' }),
    );
    const list = expandOccurrences(sessions, [], '2026-01-01', '2026-12-31');
    expect(list).toHaveLength(10 * 156);
  });
});

describe('overlappingKeys', () => {
  it('flags sessions that overlap, not ones that touch', () => {
    const a = session({ id: 'a', weekdays: [1], startTime: '09:00', endTime: '12:00' });
    const b = session({ id: 'b', weekdays: [1], startTime: '11:00', endTime: '13:00' });
    const c = session({ id: 'c', weekdays: [1], startTime: '13:00', endTime: '14:00' });
    const list = expandOccurrences([a, b, c], [], '2026-01-05', '2026-01-05');
    expect([...overlappingKeys(list)].sort()).toEqual(['a|2026-01-05T09:00', 'b|2026-01-05T11:00']);
  });
});

describe('currentOrNext and the attendance window', () => {
  const list = expandOccurrences([session()], [], '2026-01-05', '2026-01-09');
  it('finds the session in progress, else the next', () => {
    expect(currentOrNext(list, Date.UTC(2026, 0, 5, 18))).toMatchObject({
      isInProgress: true,
      occurrence: { date: '2026-01-05' },
    });
    expect(currentOrNext(list, Date.UTC(2026, 0, 5, 21))).toMatchObject({
      isInProgress: false,
      occurrence: { date: '2026-01-07' },
    });
    expect(currentOrNext(list, Date.UTC(2026, 0, 10))).toBeUndefined();
  });
  it('opens 30 minutes before the start and closes at the end', () => {
    const first = list[0]!;
    expect(isInAttendanceWindow(first, first.start - 31 * 60_000)).toBe(false);
    expect(isInAttendanceWindow(first, first.start - 30 * 60_000)).toBe(true);
    expect(isInAttendanceWindow(first, first.end - 1)).toBe(true);
    expect(isInAttendanceWindow(first, first.end)).toBe(false);
  });
});
