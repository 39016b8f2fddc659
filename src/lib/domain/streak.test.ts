import { describe, expect, it } from 'vitest';
import { localDate } from './dates';
import { checkInStreak } from './streak';

describe('checkInStreak', () => {
  it('counts back from today', () => {
    expect(checkInStreak(['2026-11-25', '2026-11-26', '2026-11-27'], '2026-11-27')).toEqual({
      current: 3,
      longest: 3,
      hasCheckedInToday: true,
    });
  });

  it('keeps the streak alive while today is still open', () => {
    expect(checkInStreak(['2026-11-25', '2026-11-26'], '2026-11-27')).toEqual({
      current: 2,
      longest: 2,
      hasCheckedInToday: false,
    });
  });

  it('starts again after a missed day, and remembers the longest', () => {
    const dates = [
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-26',
      '2026-11-27',
    ];
    expect(checkInStreak(dates, '2026-11-27')).toMatchObject({ current: 2, longest: 4 });
    expect(checkInStreak(dates, '2026-11-29')).toMatchObject({ current: 0, longest: 4 });
  });

  it('counts several check-ins on one day once', () => {
    expect(checkInStreak(['2026-11-27', '2026-11-27', '2026-11-27'], '2026-11-27')).toMatchObject({
      current: 1,
      longest: 1,
    });
  });

  it('has nothing to count with no check-ins', () => {
    expect(checkInStreak([], '2026-11-27')).toEqual({
      current: 0,
      longest: 0,
      hasCheckedInToday: false,
    });
  });

  it('is not broken by check-ins either side of local midnight', () => {
    const LA = 'America/Los_Angeles';
    // 23:59 on the 26th and 00:01 on the 27th in Portland are two different days.
    const dates = [Date.UTC(2026, 10, 27, 7, 59), Date.UTC(2026, 10, 27, 8, 1)].map((at) =>
      localDate(at, LA),
    );
    expect(dates).toEqual(['2026-11-26', '2026-11-27']);
    expect(checkInStreak(dates, '2026-11-27')).toMatchObject({ current: 2 });
  });

  it('runs unbroken through both DST changes (23- and 25-hour days)', () => {
    const LA = 'America/Los_Angeles';
    const spring = [
      Date.UTC(2026, 2, 7, 20), // Sat 7 Mar, 12:00 PST
      Date.UTC(2026, 2, 8, 19), // Sun 8 Mar, 12:00 PDT (a 23-hour day)
      Date.UTC(2026, 2, 9, 19), // Mon 9 Mar, 12:00 PDT
    ].map((at) => localDate(at, LA));
    expect(checkInStreak(spring, '2026-03-09')).toMatchObject({ current: 3 });
    const autumn = [
      Date.UTC(2026, 9, 31, 6, 30), // Fri 30 Oct 23:30 PDT
      Date.UTC(2026, 10, 1, 8, 30), // Sun 1 Nov 01:30 PDT, before the clocks go back
      Date.UTC(2026, 10, 2, 7, 30), // Sun 1 Nov 23:30 PST (a 25-hour day)
    ].map((at) => localDate(at, LA));
    expect(autumn).toEqual(['2026-10-30', '2026-11-01', '2026-11-01']);
    expect(checkInStreak(autumn, '2026-11-01')).toMatchObject({ current: 1 });
    expect(checkInStreak([...autumn, '2026-10-31'], '2026-11-02')).toMatchObject({ current: 3 });
  });
});
