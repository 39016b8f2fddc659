/**
 * Scoring by the instruments' manuals. A score is always computed from the answers, never
 * stored: editing a past result recomputes it, and a result with a missing answer has no total
 * (a missing answer is never counted as 0).
 */
import type { InstrumentId } from './instruments';

export type Answer = 0 | 1 | 2 | 3;
export type Answers = readonly (Answer | null)[];

export type Band = 'minimal' | 'mild' | 'moderate' | 'moderatelySevere' | 'severe';

/** Lowest total of each band, from the manuals (PHQ-9: 5/10/15/20; GAD-7: 5/10/15). */
const BANDS: Record<InstrumentId, readonly (readonly [number, Band])[]> = {
  phq9: [
    [20, 'severe'],
    [15, 'moderatelySevere'],
    [10, 'moderate'],
    [5, 'mild'],
    [0, 'minimal'],
  ],
  gad7: [
    [15, 'severe'],
    [10, 'moderate'],
    [5, 'mild'],
    [0, 'minimal'],
  ],
};

export const ITEM_COUNT: Record<InstrumentId, number> = { phq9: 9, gad7: 7 };
export const MAX_TOTAL: Record<InstrumentId, number> = { phq9: 27, gad7: 21 };

/** Each band of an instrument with its range, lowest first (for a chart's bands and a legend). */
export function bandsOf(instrument: InstrumentId): { band: Band; from: number; to: number }[] {
  const lowest = [...BANDS[instrument]].reverse();
  return lowest.map(([from, band], i) => ({
    band,
    from,
    to: (lowest[i + 1]?.[0] ?? MAX_TOTAL[instrument] + 1) - 1,
  }));
}

export function bandOf(instrument: InstrumentId, total: number): Band {
  return BANDS[instrument].find(([from]) => total >= from)![1];
}

export function isAnswer(value: unknown): value is Answer {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

export type Score =
  | { isComplete: true; total: number; band: Band }
  /** `missing`: the unanswered items' numbers, from 1. */
  | { isComplete: false; missing: number[] };

export function score(instrument: InstrumentId, answers: Answers): Score {
  const missing: number[] = [];
  let total = 0;
  for (let i = 0; i < ITEM_COUNT[instrument]; i++) {
    const answer = answers[i];
    if (isAnswer(answer)) total += answer;
    else missing.push(i + 1);
  }
  if (missing.length) return { isComplete: false, missing };
  return { isComplete: true, total, band: bandOf(instrument, total) };
}

/**
 * PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above "Not at all":
 * crisis help comes first, before anything else and before the score.
 */
export function needsSafetyCheck(instrument: InstrumentId, answers: Answers): boolean {
  const item9 = answers[8];
  return instrument === 'phq9' && isAnswer(item9) && item9 > 0;
}

/** A change of 5 or more PHQ-9 points is clinically meaningful, either way. */
export const MEANINGFUL_PHQ9_CHANGE = 5;

export type Change = { by: number; isMeaningful: boolean };

export function changeBetween(
  instrument: InstrumentId,
  before: number | undefined,
  after: number,
): Change | undefined {
  if (before === undefined) return undefined;
  const by = after - before;
  return { by, isMeaningful: instrument === 'phq9' && Math.abs(by) >= MEANINGFUL_PHQ9_CHANGE };
}

/**
 * The Brief Addiction Monitor, scored as its manual says: three item groups, no total. Items are
 * numbered from 1; each answer is its 0-4 value (item 7's parts are not scored). Ready for when
 * its official wording can be offered (see instruments.ts).
 */
export const BAM_GROUPS = {
  use: [4, 5, 6],
  risk: [1, 2, 3, 8, 11, 15],
  protective: [9, 10, 12, 13, 14, 16],
} as const;
export type BamGroup = keyof typeof BAM_GROUPS;

export type BamScore = Record<BamGroup, { total?: number; missing: number[] }>;

export function scoreBam(answers: Readonly<Record<number, number | null | undefined>>): BamScore {
  const result = {} as BamScore;
  for (const group of Object.keys(BAM_GROUPS) as BamGroup[]) {
    const items = BAM_GROUPS[group];
    const missing = items.filter((item) => {
      const value = answers[item];
      return !(Number.isInteger(value) && value! >= 0 && value! <= 4);
    });
    result[group] = missing.length
      ? { missing: [...missing] }
      : { total: items.reduce((sum, item) => sum + answers[item]!, 0), missing: [] };
  }
  return result;
}
