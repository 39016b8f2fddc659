/**
 * Axes chosen from the data: a daily chart spans the days it has (never a calendar of empty
 * months around one check-in), and a count axis steps by whole numbers.
 */

const DAY_MS = 86_400_000;
/** The shortest daily axis: the first days of check-ins show as one week. */
export const MIN_SPAN_DAYS = 7;

export interface DayAxis {
  /** Half a day before the first day (points sit at noon), epoch ms. */
  min: number;
  /** Half a day after the last day shown, epoch ms. */
  max: number;
  /** Calendar days on the axis. */
  days: number;
  /** One tick a day on a short axis; undefined lets the chart space them. */
  stepMs?: number;
}

/**
 * The x axis for points at noon of each day (`xs` in epoch ms, any order): from the first day to
 * the last, and at least a week long, starting on the first day so the week fills in.
 */
export function dayAxis(xs: readonly number[]): DayAxis | undefined {
  if (xs.length === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const x of xs) {
    if (x < first) first = x;
    if (x > last) last = x;
  }
  const days = Math.max(MIN_SPAN_DAYS, Math.round((last - first) / DAY_MS) + 1);
  return {
    min: first - DAY_MS / 2,
    max: first + (days - 1) * DAY_MS + DAY_MS / 2,
    days,
    stepMs: days <= MIN_SPAN_DAYS ? DAY_MS : undefined,
  };
}

export interface CountAxis {
  min: 0;
  max: number;
  /** A whole number: counts have no fractions. */
  step: number;
}

/** A count axis from 0 with whole-number steps, about five of them, at least 0-3. */
export function countAxis(values: readonly (number | null)[]): CountAxis {
  const highest = Math.max(0, ...values.map((v) => (v === null || !Number.isFinite(v) ? 0 : v)));
  const step = Math.max(1, Math.ceil(highest / 5));
  const max = Math.max(3, Math.ceil(highest / step) * step);
  return { min: 0, max, step };
}
