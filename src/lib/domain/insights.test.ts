import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { HARD_CRAVING, HARD_MOOD, insights, MIN_CHECK_IN_DAYS, MIN_HARD_DAYS } from './insights';
import type { CheckIn } from './types';
import { checkInOn } from '$lib/test-builders';

const checkIn = (
  date: string,
  craving: number,
  triggerIds: string[] = [],
  copingIds: string[] = [],
  mood: CheckIn['mood'] = 3,
) => checkInOn(date, mood, craving, triggerIds, copingIds);

/** `count` calm days (craving 2) from `from`. */
const calmDays = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => checkIn(addDays(from, i), 2));

describe('insights', () => {
  it('with no check-ins, says how many days it needs', () => {
    expect(insights([])).toEqual({ status: 'notEnoughDays', days: 0, needed: MIN_CHECK_IN_DAYS });
  });

  it('with one check-in, or a few, says nothing about patterns yet', () => {
    expect(insights([checkIn('2026-12-07', 9, ['tired'], ['exercise'])])).toEqual({
      status: 'notEnoughDays',
      days: 1,
      needed: MIN_CHECK_IN_DAYS,
    });
    const few = calmDays('2026-12-01', MIN_CHECK_IN_DAYS - 1);
    expect(insights(few).status).toBe('notEnoughDays');
  });

  it('counts days, not check-ins: many check-ins on one day are still one day', () => {
    const sameDay = Array.from({ length: 30 }, () => checkIn('2026-12-07', 8));
    expect(insights(sameDay)).toMatchObject({ status: 'notEnoughDays', days: 1 });
  });

  it('waits for enough hard days before counting what went with them', () => {
    const list = [
      ...calmDays('2026-11-01', MIN_CHECK_IN_DAYS),
      checkIn('2026-11-20', HARD_CRAVING, [], ['exercise']),
    ];
    expect(insights(list)).toEqual({
      status: 'fewHardDays',
      days: MIN_CHECK_IN_DAYS + 1,
      hardDays: 1,
      needed: MIN_HARD_DAYS,
    });
  });

  it('counts coping actions only on hard days, and never sets them against craving', () => {
    // The pattern that read as "exercise makes it worse": exercise on the hard days.
    const list = [
      ...calmDays('2026-11-01', 14),
      checkIn('2026-11-20', 8, ['tired'], ['exercise', 'called']),
      checkIn('2026-11-21', 3),
      checkIn('2026-11-23', 7, ['tired', 'lonely'], ['exercise']),
      checkIn('2026-11-24', 7),
      checkIn('2026-11-26', 6, [], ['called']),
      checkIn('2026-11-27', 2, ['tired'], ['exercise']), // a calm day: not counted
    ];
    const result = insights(list);
    expect(result).toEqual({
      status: 'ready',
      days: 20,
      hardDays: 4,
      triggers: [
        { id: 'tired', count: 2 },
        { id: 'lonely', count: 1 },
      ],
      coping: [
        { id: 'called', count: 2 },
        { id: 'exercise', count: 2 },
      ],
      // 11-20 -> 11-21 calm; 11-23 -> 11-24 hard again; 11-24 -> none; 11-26 -> 11-27 calm.
      nextDay: { followed: 3, easier: 2 },
    });
    // No figure of craving is tied to a coping action.
    if (result.status === 'ready') {
      for (const item of result.coping) expect(Object.keys(item).sort()).toEqual(['count', 'id']);
    }
  });

  it('a day is hard by its highest craving, even when another check-in that day was calm', () => {
    const list = [
      ...calmDays('2026-11-01', 14),
      checkIn('2026-11-20', 1),
      checkIn('2026-11-20', 9, ['angry']),
      checkIn('2026-11-22', 9, ['angry']),
      checkIn('2026-11-24', 9, ['angry']),
    ];
    expect(insights(list)).toMatchObject({
      status: 'ready',
      hardDays: 3,
      triggers: [{ id: 'angry', count: 3 }],
      nextDay: null, // no hard day was followed by a check-in
    });
  });

  it('a "Very hard" mood makes a hard day even with a low craving; "Hard" alone does not', () => {
    const list = [
      ...calmDays('2026-11-01', 14),
      checkIn('2026-11-20', 1, ['lonely'], [], HARD_MOOD),
      checkIn('2026-11-21', 2, [], [], 2), // mood "Hard", craving low: not a hard day
      checkIn('2026-11-23', 0, ['lonely'], ['called'], 3),
      checkIn('2026-11-23', 0, [], [], HARD_MOOD), // the same day's lowest mood counts
      checkIn('2026-11-24', 1, [], [], HARD_MOOD),
      checkIn('2026-11-25', 3),
    ];
    expect(insights(list)).toEqual({
      status: 'ready',
      days: 19,
      hardDays: 3,
      triggers: [{ id: 'lonely', count: 2 }],
      coping: [{ id: 'called', count: 1 }],
      // 11-20 -> 11-21 easier; 11-23 -> 11-24 hard again; 11-24 -> 11-25 easier.
      nextDay: { followed: 3, easier: 2 },
    });
    // Without the "Very hard" mood the same days are calm: nothing is counted.
    const calmer = list.map((c) => ({ ...c, mood: c.mood === HARD_MOOD ? (2 as const) : c.mood }));
    expect(insights(calmer)).toMatchObject({ status: 'fewHardDays', hardDays: 0 });
  });

  it('handles years of data and lists at most five of each', () => {
    const list: CheckIn[] = [];
    for (let i = 0; i < 3 * 365; i += 1) {
      const date = addDays('2023-12-01', i);
      const isHard = i % 4 === 0;
      list.push(
        checkIn(
          date,
          isHard ? 7 : 3,
          isHard ? [`t${i % 7}`] : [],
          isHard ? [`c${i % 9}`, 'meeting'] : ['meeting'],
        ),
      );
    }
    const started = performance.now();
    const result = insights(list);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.status).toBe('ready');
    if (result.status !== 'ready') return;
    expect(result.days).toBe(1095);
    expect(result.hardDays).toBe(274);
    expect(result.coping).toHaveLength(5);
    expect(result.coping[0]).toEqual({ id: 'meeting', count: 274 });
    expect(result.triggers).toHaveLength(5);
    expect(result.nextDay).toEqual({ followed: 274, easier: 274 });
  });
});
