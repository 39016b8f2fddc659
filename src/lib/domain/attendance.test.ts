import { describe, expect, it } from 'vitest';
import {
  attendanceRate,
  attendedMinutes,
  countedOccurrences,
  needingUpdate,
  recordedFrom,
  weeklyHours,
  weekStart,
} from './attendance';
import { expandOccurrences } from './occurrences';
import type { Attendance } from './types';
import { mondayWednesdayGroup } from '$lib/test-builders';

const group = mondayWednesdayGroup('2026-01-05');
const H = 3_600_000;
const record = (
  originalStart: string,
  status: Attendance['status'],
  over: Partial<Attendance> = {},
): Attendance => {
  const [occurrence] = expandOccurrences(
    [group],
    [],
    originalStart.slice(0, 10),
    originalStart.slice(0, 10),
  );
  return {
    id: `g|${originalStart}`,
    sessionId: 'g',
    occurrenceStart: originalStart,
    date: originalStart.slice(0, 10),
    status,
    title: 'Group',
    scheduledStart: occurrence!.start,
    scheduledEnd: occurrence!.end,
    updatedAt: 0,
    ...over,
  };
};

describe('attendedMinutes', () => {
  it('counts the scheduled time when attended, actual times when partly there', () => {
    const full = record('2026-01-05T09:00', 'attended');
    expect(attendedMinutes(full)).toBe(180);
    expect(
      attendedMinutes({ ...full, status: 'late', actualStart: full.scheduledStart + 0.5 * H }),
    ).toBe(150);
    expect(
      attendedMinutes({ ...full, status: 'leftEarly', actualEnd: full.scheduledEnd - 1.25 * H }),
    ).toBe(105);
    expect(
      attendedMinutes({
        ...full,
        status: 'late',
        actualStart: full.scheduledStart + 0.25 * H,
        actualEnd: full.scheduledEnd - 0.5 * H,
      }),
    ).toBe(135);
  });

  it('counts nothing for missed or excused, and never a negative time', () => {
    expect(attendedMinutes(record('2026-01-05T09:00', 'missed'))).toBe(0);
    expect(attendedMinutes(record('2026-01-05T09:00', 'excused'))).toBe(0);
    const full = record('2026-01-05T09:00', 'late');
    expect(attendedMinutes({ ...full, actualStart: full.scheduledEnd + H })).toBe(0);
  });
});

describe('weekStart', () => {
  it('is the Sunday of the week', () => {
    expect(weekStart('2026-11-27')).toBe('2026-11-22');
    expect(weekStart('2026-11-22')).toBe('2026-11-22');
    expect(weekStart('2026-01-01')).toBe('2025-12-28');
  });
});

describe('weeklyHours', () => {
  it('adds scheduled and attended hours per week, newest first, and counts unmarked', () => {
    const occurrences = expandOccurrences([group], [], '2026-01-04', '2026-01-17');
    const attendance = [
      record('2026-01-05T09:00', 'attended'),
      record('2026-01-07T09:00', 'late', { actualStart: Date.UTC(2026, 0, 7, 18) }),
      record('2026-01-12T09:00', 'missed'),
    ];
    const now = Date.UTC(2026, 0, 15, 0);
    const weeks = weeklyHours(occurrences, attendance, '2026-01-05', '2026-01-15', now);
    expect(weeks).toEqual([
      { weekStart: '2026-01-11', scheduledMinutes: 360, attendedMinutes: 0, unmarked: 1 },
      { weekStart: '2026-01-04', scheduledMinutes: 360, attendedMinutes: 300, unmarked: 0 },
    ]);
  });

  it('handles a partial first week and a week with nothing scheduled', () => {
    const weeks = weeklyHours([], [], '2026-01-08', '2026-01-20', Date.UTC(2026, 0, 20));
    expect(weeks.map((w) => [w.weekStart, w.scheduledMinutes])).toEqual([
      ['2026-01-18', 0],
      ['2026-01-11', 0],
      ['2026-01-04', 0],
    ]);
  });
});

describe('needingUpdate and attendanceRate', () => {
  const occurrences = expandOccurrences([group], [], '2026-01-05', '2026-01-14');
  const attendance = [
    record('2026-01-05T09:00', 'attended'),
    record('2026-01-07T09:00', 'excused'),
  ];
  const now = Date.UTC(2026, 0, 13, 0);

  it('lists past occurrences with nothing recorded, newest first', () => {
    expect(needingUpdate(occurrences, attendance, now).map((o) => o.key)).toEqual([
      'g|2026-01-12T09:00',
    ]);
  });

  it('leaves excused absences out of the rate', () => {
    const past = occurrences.filter((o) => o.end <= now);
    expect(attendanceRate(past, attendance)).toEqual({ attended: 1, scheduled: 2 });
  });
});

describe('occurrences that count, before the start date too', () => {
  // The start date moved to Monday Jan 19 after the client had marked Wednesday Jan 7: the
  // follow rule keeps the group starting on that day, so the record stays.
  const start = '2026-01-19';
  const kept = { ...group, startDate: '2026-01-07' };
  const attended = record('2026-01-07T09:00', 'attended');
  const now = Date.UTC(2026, 0, 22);
  const ids = new Set(['g']);

  it('keeps the recorded occurrence before the start date, and nothing else before it', () => {
    const from = recordedFrom(start, [attended]);
    expect(from).toBe('2026-01-07');
    expect(recordedFrom(start, [])).toBe(start);
    const counted = countedOccurrences(
      expandOccurrences([kept], [], from, '2026-01-21'),
      [attended],
      ids,
      start,
      '2026-01-21',
    );
    expect(counted.map((o) => o.date)).toEqual(['2026-01-07', '2026-01-19', '2026-01-21']);
    // Nothing before the start date asks to be marked; its hours count in its own week.
    expect(needingUpdate(counted, [attended], now).map((o) => o.date)).toEqual([
      '2026-01-21',
      '2026-01-19',
    ]);
    const weeks = weeklyHours(counted, [attended], from, '2026-01-21', now);
    expect(weeks.map((w) => [w.weekStart, w.scheduledMinutes, w.attendedMinutes])).toEqual([
      ['2026-01-18', 360, 0],
      ['2026-01-11', 0, 0],
      ['2026-01-04', 180, 180],
    ]);
  });

  it('brings back a record its session no longer gives, while the session exists', () => {
    const moved = { ...group, startDate: start };
    const gone = {
      ...record('2026-01-12T09:00', 'late'),
      id: 'x|2026-01-12T09:00',
      sessionId: 'x',
    };
    const from = recordedFrom(start, [attended, gone]);
    const counted = countedOccurrences(
      expandOccurrences([moved], [], from, '2026-01-21'),
      [attended, gone],
      ids,
      start,
      '2026-01-21',
    );
    expect(counted.map((o) => o.key)).toEqual([
      'g|2026-01-07T09:00',
      'g|2026-01-19T09:00',
      'g|2026-01-21T09:00',
    ]);
    expect(counted[0]).toEqual({
      key: attended.id,
      sessionId: 'g',
      title: 'Group',
      originalStart: '2026-01-07T09:00',
      date: '2026-01-07',
      start: attended.scheduledStart,
      end: attended.scheduledEnd,
      isMoved: false,
    });
  });
});
