import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  daysBetween,
  isLocalDate,
  isTimeZone,
  localDate,
  partOfDay,
  utcOffsetMinutes,
  wallClock,
  weekday,
  zonedToEpoch,
} from './dates';
import { treatmentDay } from './program';

const LA = 'America/Los_Angeles';

describe('localDate', () => {
  it('gives the date in the timezone, not in UTC', () => {
    // 2026-11-28 05:30 UTC is still the evening of the 27th in Portland.
    expect(localDate(Date.UTC(2026, 10, 28, 5, 30), LA)).toBe('2026-11-27');
    expect(localDate(Date.UTC(2026, 10, 28, 8, 30), LA)).toBe('2026-11-28');
  });

  it('follows the DST changes', () => {
    // 2026-03-08 10:30 UTC is 03:30 PDT (clocks jumped at 02:00 PST).
    expect(wallClock(Date.UTC(2026, 2, 8, 10, 30), LA)).toEqual({
      date: '2026-03-08',
      hour: 3,
      minute: 30,
    });
    // 2026-11-01 09:30 UTC is 01:30 PST, the second 01:30 of that night.
    expect(wallClock(Date.UTC(2026, 10, 1, 9, 30), LA)).toEqual({
      date: '2026-11-01',
      hour: 1,
      minute: 30,
    });
  });
});

describe('isLocalDate', () => {
  it.each(['2026-11-27', '2024-02-29'])('accepts %s', (value) => {
    expect(isLocalDate(value)).toBe(true);
  });
  it.each(['2026-02-29', '2026-13-01', '2026-1-1', '', '2026-11-27T00:00', 20261127, null])(
    'refuses %s',
    (value) => {
      expect(isLocalDate(value)).toBe(false);
    },
  );
});

describe('daysBetween', () => {
  it('counts calendar days across both DST changes', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-11-27', '2026-11-20')).toBe(-7);
  });
});

describe('treatmentDay', () => {
  it('counts the start date as day 1', () => {
    expect(treatmentDay('2026-11-27', '2026-11-27', 90)).toEqual({
      state: 'inTreatment',
      day: 1,
      plannedDays: 90,
    });
    expect(treatmentDay('2026-09-01', '2026-11-29', 90)).toMatchObject({ day: 90 });
  });
  it('says how long until a future start', () => {
    expect(treatmentDay('2026-12-01', '2026-11-27', 90)).toEqual({
      state: 'notStarted',
      daysUntilStart: 4,
    });
  });
});

describe('partOfDay', () => {
  it('splits the day for greetings', () => {
    expect([3, 4, 11, 12, 17, 18, 23].map(partOfDay)).toEqual([
      'evening',
      'morning',
      'morning',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
    ]);
  });
});

describe('zonedToEpoch', () => {
  it('converts wall-clock time in winter and summer', () => {
    expect(zonedToEpoch('2026-01-15', '09:00', LA)).toBe(Date.UTC(2026, 0, 15, 17));
    expect(zonedToEpoch('2026-07-15', '09:00', LA)).toBe(Date.UTC(2026, 6, 15, 16));
  });

  it('handles the March gap and the November repeat', () => {
    expect(zonedToEpoch('2026-03-08', '01:30', LA)).toBe(Date.UTC(2026, 2, 8, 9, 30));
    expect(zonedToEpoch('2026-03-08', '02:30', LA)).toBe(Date.UTC(2026, 2, 8, 10, 30));
    expect(zonedToEpoch('2026-03-08', '03:30', LA)).toBe(Date.UTC(2026, 2, 8, 10, 30));
    expect(zonedToEpoch('2026-11-01', '01:30', LA)).toBe(Date.UTC(2026, 10, 1, 8, 30));
    expect(zonedToEpoch('2026-11-01', '02:30', LA)).toBe(Date.UTC(2026, 10, 1, 10, 30));
  });

  it('agrees with @date-fns/tz on every half hour of two years, in three zones', () => {
    for (const zone of [LA, 'America/Boise', 'Asia/Kolkata']) {
      for (let day = 0; day < 730; day += 1) {
        const date = addDays('2026-01-01', day);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        for (const time of ['00:00', '01:30', '02:30', '09:00', '23:30']) {
          const [h, min] = time.split(':').map(Number) as [number, number];
          const expected = new TZDate(y, m - 1, d, h, min, zone).getTime();
          if (zonedToEpoch(date, time, zone) !== expected) {
            throw new Error(`${zone} ${date} ${time}`);
          }
        }
      }
    }
  });
});

describe('small helpers', () => {
  it('knows timezones, weekdays and offsets', () => {
    expect(isTimeZone(LA)).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(weekday('2026-11-29')).toBe(0);
    expect(weekday('2026-11-27')).toBe(5);
    expect(utcOffsetMinutes(Date.UTC(2026, 0, 1), LA)).toBe(-480);
    expect(utcOffsetMinutes(Date.UTC(2026, 6, 1), LA)).toBe(-420);
  });
});
