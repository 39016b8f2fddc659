/**
 * Scoring by the instruments' manuals. A score is always computed from the answers, never
 * stored: editing a past result recomputes it, and a result with a missing answer has no total
 * (a missing answer is never counted as 0).
 */
import type { InstrumentId, MeasureId } from './instruments';

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

/**
 * PHQ-9's question 10 (how difficult these problems made things) is asked once any item is
 * above "Not at all"; it is never scored.
 */
export function asksDifficulty(instrument: MeasureId, answers: readonly unknown[]): boolean {
  return instrument === 'phq9' && answers.some((a) => isAnswer(a) && a > 0);
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
