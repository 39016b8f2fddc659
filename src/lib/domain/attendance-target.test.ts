import { describe, expect, it } from 'vitest';
import type { Session } from './types';
import { groupWeeklyHours, sinceFirstSession, weeklyTarget, type WeekHours } from './attendance';

const session = (over: Partial<Session>): Session => ({
  id: 's1',
  title: 'Evening IOP group',
  kind: 'group',
  weekdays: [1, 2, 4],
  startDate: '2026-11-23',
  startTime: '18:00',
  endTime: '21:00',
  endsNextDay: false,
  timezone: 'America/Los_Angeles',
  fromCenter: true,
  icalUid: 'evening-iop@recoveryblvd.example',
  ...over,
});

const evening = session({});
const family = session({
  id: 's2',
  title: 'Family education',
  weekdays: [3],
  startTime: '18:30',
  endTime: '20:00',
  icalUid: 'family@recoveryblvd.example',
});

describe('the hours of the groups a client chose', () => {
  it('adds the weekly sessions from the center: 3 × 3 h and 1.5 h is 10.5 h', () => {
    expect(groupWeeklyHours([evening, family], '2026-11-27')).toBe(10.5);
  });

  it('leaves out the client’s own sessions, one-offs and sessions that have ended', () => {
    const own = session({ id: 'own', fromCenter: undefined, icalUid: undefined });
    const workshop = session({ id: 'w', weekdays: [], icalUid: 'rp@x' });
    const ended = session({ id: 'old', untilDate: '2026-11-20', icalUid: 'day@x' });
    expect(groupWeeklyHours([evening, own, workshop, ended], '2026-11-27')).toBe(9);
    expect(groupWeeklyHours([own, workshop], '2026-11-27')).toBeUndefined();
    expect(groupWeeklyHours([], '2026-11-27')).toBeUndefined();
  });

  it('counts a moved group once: its successor stands for it', () => {
    const before = session({ untilDate: '2026-12-06' });
    const after = session({
      id: 's3',
      startDate: '2026-12-07',
      startTime: '17:30',
      endTime: '19:30',
    });
    expect(groupWeeklyHours([before, after], '2026-11-27')).toBe(6);
  });

  it('counts a session past midnight whole', () => {
    const late = session({
      weekdays: [5],
      startTime: '22:00',
      endTime: '01:00',
      endsNextDay: true,
    });
    expect(groupWeeklyHours([late], '2026-11-27')).toBe(3);
  });
});

describe('the weekly target', () => {
  const program = { weeklyHoursTarget: 9, isOwnTarget: false };

  it('follows the chosen groups unless the client set their own', () => {
    expect(weeklyTarget(program, [evening, family], '2026-11-27', 9)).toBe(10.5);
    expect(
      weeklyTarget({ weeklyHoursTarget: 9, isOwnTarget: true }, [evening, family], '2026-11-27', 9),
    ).toBe(9);
    expect(
      weeklyTarget({ weeklyHoursTarget: 12, isOwnTarget: true }, [evening], '2026-11-27', 9),
    ).toBe(12);
  });

  it('without groups from the center: the program’s target, else the default', () => {
    expect(weeklyTarget({ weeklyHoursTarget: 11 }, [], '2026-11-27', 9)).toBe(11);
    expect(weeklyTarget(undefined, [], '2026-11-27', 9)).toBe(9);
  });
});

describe('weeks that count', () => {
  const week = (weekStart: string, scheduledMinutes: number, attendedMinutes = 0): WeekHours => ({
    weekStart,
    scheduledMinutes,
    attendedMinutes,
    unmarked: 0,
  });

  it('start with the first week anything was scheduled or attended', () => {
    const weeks = [
      week('2026-11-29', 540),
      week('2026-11-22', 0),
      week('2026-11-15', 540, 180),
      week('2026-11-08', 0),
      week('2026-11-01', 0),
    ];
    // A week with nothing between two that count stays: only the weeks before the start go.
    expect(sinceFirstSession(weeks).map((w) => w.weekStart)).toEqual([
      '2026-11-29',
      '2026-11-22',
      '2026-11-15',
    ]);
    expect(sinceFirstSession([week('2026-11-29', 0), week('2026-11-22', 0)])).toEqual([]);
    expect(sinceFirstSession([])).toEqual([]);
  });

  it('keep a week with hours attended but nothing scheduled (a session since removed)', () => {
    expect(sinceFirstSession([week('2026-11-29', 0), week('2026-11-22', 0, 120)])).toHaveLength(2);
  });
});
