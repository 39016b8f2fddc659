import { describe, expect, it } from 'vitest';
import { expandOccurrences } from './occurrences';
import { DEFAULT_SECTIONS, REPORT_SECTIONS, buildReport } from './report';
import type { Attendance, CheckIn } from './types';
import { mondayWednesdayGroup } from '$lib/test-builders';

const group = mondayWednesdayGroup('2026-11-01');
const occurrences = expandOccurrences([group], [], '2026-11-01', '2026-11-30');
const record = (date: string, status: Attendance['status']): Attendance => {
  const o = occurrences.find((x) => x.date === date)!;
  return {
    id: o.key,
    sessionId: 'g',
    occurrenceStart: o.originalStart,
    date,
    status,
    title: 'Group',
    scheduledStart: o.start,
    scheduledEnd: o.end,
    updatedAt: 0,
  };
};
const checkIn = (date: string, note?: string): CheckIn => ({
  id: date + (note ?? ''),
  at: Date.parse(`${date}T18:00:00Z`),
  date,
  mood: 3,
  craving: 4,
  triggerIds: ['stress'],
  copingIds: ['meeting'],
  ...(note ? { note } : {}),
  createdAt: 0,
  updatedAt: 0,
});

describe('buildReport', () => {
  const data = buildReport({
    from: '2026-11-09',
    to: '2026-11-22',
    checkIns: [
      checkIn('2026-11-08', 'before'),
      checkIn('2026-11-10', 'inside'),
      checkIn('2026-11-20'),
    ],
    occurrences,
    attendance: [
      record('2026-11-09', 'attended'),
      record('2026-11-11', 'missed'),
      record('2026-11-02', 'attended'),
    ],
    now: Date.UTC(2026, 10, 27),
  });

  it('keeps only the chosen dates', () => {
    expect(data.checkIns).toBe(2);
    expect(data.notes).toEqual([
      { date: '2026-11-10', at: Date.parse('2026-11-10T18:00:00Z'), note: 'inside' },
    ]);
  });

  it('counts attendance and hours within the period', () => {
    // 9, 11, 16 and 18 November are in range; 1 attended, 1 missed, 2 never marked.
    expect(data.rate).toEqual({ attended: 1, scheduled: 4 });
    expect(data.attendedMinutes).toBe(180);
    expect(data.hoursByWeek).toEqual([{ weekStart: '2026-11-08', minutes: 180 }]);
  });

  it('summarises mood, triggers and coping', () => {
    expect(data.moodByWeek).toEqual([
      { weekStart: '2026-11-08', mood: 3, craving: 4, checkIns: 1 },
      { weekStart: '2026-11-15', mood: 3, craving: 4, checkIns: 1 },
    ]);
    expect(data.triggers).toEqual([{ id: 'stress', count: 2 }]);
    expect(data.coping).toEqual([{ id: 'meeting', count: 2 }]);
  });
});

describe('private sections', () => {
  it('leaves notes, the plan and its people out unless the client ticks them', () => {
    for (const section of ['notes', 'plan', 'planPeople', 'measures'] as const) {
      expect(REPORT_SECTIONS).toContain(section);
      expect(DEFAULT_SECTIONS.has(section)).toBe(false);
    }
    expect(DEFAULT_SECTIONS.has('mood')).toBe(true);
  });
});
