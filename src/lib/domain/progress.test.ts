import { describe, expect, it } from 'vitest';
import { treatmentDay } from './program';
import {
  currentGoal,
  dailySeries,
  milestoneToCelebrate,
  moodByWeekday,
  sobrietyStats,
  tagCounts,
  triggerCounts,
  weeklyAverages,
} from './progress';
import { checkInOn } from '$lib/test-builders';

const checkIn = checkInOn;

describe('days in treatment and goals', () => {
  it('counts local calendar days across DST, from day 1', () => {
    expect(treatmentDay('2026-03-01', '2026-03-31', 90)).toMatchObject({ day: 31 });
    expect(treatmentDay('2026-10-25', '2026-11-08', 90)).toMatchObject({ day: 15 });
  });

  it('moves to 6 months, then a year, after 90 days', () => {
    expect(currentGoal(1, 90)).toBe(90);
    expect(currentGoal(90, 90)).toBe(90);
    expect(currentGoal(91, 90)).toBe(180);
    expect(currentGoal(181, 90)).toBe(365);
    expect(currentGoal(400, 90)).toBe(730);
    expect(currentGoal(10, 60)).toBe(60);
  });

  it('celebrates the highest milestone not yet celebrated, once (also after days offline)', () => {
    expect(milestoneToCelebrate(1, 0)).toBe(1);
    expect(milestoneToCelebrate(6, 1)).toBeUndefined();
    expect(milestoneToCelebrate(33, 7)).toBe(30); // 14 and 30 crossed while away: one celebration
    expect(milestoneToCelebrate(33, 30)).toBeUndefined();
    expect(milestoneToCelebrate(0, 0)).toBeUndefined();
  });
});

describe('sobrietyStats', () => {
  it('counts from the sobriety date, day 1 included', () => {
    expect(sobrietyStats('2026-11-01', [], '2026-11-27')).toEqual({
      current: 27,
      longest: 27,
      totalSoberDays: 27,
      slips: 0,
    });
  });

  it('after a slip keeps the longest stretch and the total, and starts a new stretch the next day', () => {
    const slips = [{ id: 'a', date: '2026-11-11' }];
    expect(sobrietyStats('2026-11-01', slips, '2026-11-27')).toEqual({
      current: 16,
      longest: 16,
      totalSoberDays: 26,
      slips: 1,
    });
    expect(sobrietyStats('2026-11-01', slips, '2026-11-15')).toMatchObject({
      current: 4,
      longest: 10,
    });
  });

  it('a slip on the start date, or today, counts zero for that stretch', () => {
    expect(sobrietyStats('2026-11-01', [{ id: 'a', date: '2026-11-01' }], '2026-11-03')).toEqual({
      current: 2,
      longest: 2,
      totalSoberDays: 2,
      slips: 1,
    });
    expect(sobrietyStats('2026-11-01', [{ id: 'a', date: '2026-11-27' }], '2026-11-27')).toEqual({
      current: 0,
      longest: 26,
      totalSoberDays: 26,
      slips: 1,
    });
  });

  it('a future sobriety date counts nothing yet; slips outside the range are ignored', () => {
    expect(sobrietyStats('2026-12-01', [], '2026-11-27').current).toBe(0);
    expect(
      sobrietyStats('2026-11-20', [{ id: 'a', date: '2026-11-01' }], '2026-11-27'),
    ).toMatchObject({
      current: 8,
      slips: 0,
    });
  });
});

describe('chart data', () => {
  it('has nothing to draw with no check-ins, and one point with one', () => {
    expect(dailySeries([])).toEqual([]);
    expect(dailySeries([checkIn('2026-11-27', 4, 2)])).toEqual([
      {
        x: Date.UTC(2026, 10, 27, 12),
        date: '2026-11-27',
        mood: 4,
        craving: 2,
        mood7: 4,
        craving7: 2,
        count: 1,
      },
    ]);
  });

  it('averages a day’s check-ins and keeps a 7-calendar-day average with gaps', () => {
    const series = dailySeries([
      checkIn('2026-11-01', 2, 8),
      checkIn('2026-11-01', 4, 4),
      checkIn('2026-11-03', 5, 0),
      checkIn('2026-11-09', 1, 10),
    ]);
    expect(series.map((p) => [p.date, p.mood, p.craving, p.mood7, p.craving7])).toEqual([
      ['2026-11-01', 3, 6, 3, 6],
      ['2026-11-03', 5, 0, 4, 3],
      // 1 November is 8 days before the 9th: out of the window.
      ['2026-11-09', 1, 10, 3, 5],
    ]);
  });

  it('starts from a chosen date', () => {
    const series = dailySeries(
      [checkIn('2026-10-01', 2, 8), checkIn('2026-11-03', 5, 0)],
      '2026-11-01',
    );
    expect(series.map((p) => p.date)).toEqual(['2026-11-03']);
  });

  it('counts triggers and averages mood by weekday', () => {
    const list = [
      checkIn('2026-11-22', 2, 5, ['lonely', 'tired']), // Sunday
      checkIn('2026-11-23', 4, 1, ['tired']), // Monday
      checkIn('2026-11-29', 4, 1, []), // Sunday
    ];
    expect(triggerCounts(list)).toEqual([
      { id: 'tired', count: 2 },
      { id: 'lonely', count: 1 },
    ]);
    expect(moodByWeekday(list)).toEqual([3, 4, null, null, null, null, null]);
  });
});

describe('report figures', () => {
  it('averages mood and craving per Sunday-start week and counts coping actions', () => {
    const list = [
      checkIn('2026-11-21', 2, 8, [], ['meeting']), // Saturday
      checkIn('2026-11-22', 4, 2, [], ['meeting', 'music']), // Sunday: a new week
      checkIn('2026-11-24', 5, 0, [], ['music']),
    ];
    expect(weeklyAverages(list)).toEqual([
      { weekStart: '2026-11-15', mood: 2, craving: 8, checkIns: 1 },
      { weekStart: '2026-11-22', mood: 4.5, craving: 1, checkIns: 2 },
    ]);
    expect(tagCounts(list, 'copingIds')).toEqual([
      { id: 'meeting', count: 2 },
      { id: 'music', count: 2 },
    ]);
  });
});
