import { describe, expect, it } from 'vitest';
import { countAxis, dayAxis, MIN_SPAN_DAYS } from './chart-axes';

const DAY = 86_400_000;
const noon = (date: string) => Date.parse(`${date}T12:00:00Z`);

describe('dayAxis', () => {
  it('has no axis without points', () => {
    expect(dayAxis([])).toBeUndefined();
  });

  it('with one check-in spans one week from that day, a tick a day', () => {
    const axis = dayAxis([noon('2026-12-07')])!;
    expect(axis.days).toBe(MIN_SPAN_DAYS);
    expect(axis.min).toBe(noon('2026-12-07') - DAY / 2);
    expect(axis.max).toBe(noon('2026-12-13') + DAY / 2);
    expect(axis.max - axis.min).toBe(7 * DAY);
    expect(axis.stepMs).toBe(DAY);
  });

  it('with a few days keeps the week; the points may come in any order', () => {
    const axis = dayAxis([noon('2026-12-09'), noon('2026-12-07'), noon('2026-12-08')])!;
    expect(axis.min).toBe(noon('2026-12-07') - DAY / 2);
    expect(axis.days).toBe(7);
  });

  it('with weeks or years of data spans exactly the data, ticks spaced by the chart', () => {
    const six = dayAxis([noon('2026-10-26'), noon('2026-12-06')])!;
    expect(six.days).toBe(42);
    expect(six.max).toBe(noon('2026-12-06') + DAY / 2);
    expect(six.stepMs).toBeUndefined();
    const years = dayAxis(Array.from({ length: 1000 }, (_, i) => noon('2024-01-01') + i * DAY))!;
    expect(years.days).toBe(1000);
  });
});

describe('countAxis', () => {
  it('starts at 0 and steps by whole numbers, at least 0-3', () => {
    expect(countAxis([])).toEqual({ min: 0, max: 3, step: 1 });
    expect(countAxis([0])).toEqual({ min: 0, max: 3, step: 1 });
    expect(countAxis([1])).toEqual({ min: 0, max: 3, step: 1 });
    expect(countAxis([5, 2, null])).toEqual({ min: 0, max: 5, step: 1 });
  });

  it('keeps about five whole steps for large counts', () => {
    expect(countAxis([7])).toEqual({ min: 0, max: 8, step: 2 });
    expect(countAxis([120, 3])).toEqual({ min: 0, max: 120, step: 24 });
    for (const n of [1, 2, 6, 11, 37, 999]) {
      const { max, step } = countAxis([n]);
      expect(Number.isInteger(step) && Number.isInteger(max)).toBe(true);
      expect(max).toBeGreaterThanOrEqual(n);
      expect(max / step).toBeLessThanOrEqual(5);
    }
  });
});
