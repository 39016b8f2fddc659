/**
 * A measure taken: the answers as given, the day it was about, when it was saved. Its score is
 * computed from the answers (scoring.ts), so an edit can never leave a stale total behind.
 */
import { addDays, daysBetween, isLocalDate } from '../dates';
import type { LocalDate } from '../types';
import { INSTRUMENTS, isInstrumentId, type InstrumentId } from './instruments';
import {
  changeBetween,
  ITEM_COUNT,
  isAnswer,
  score,
  type Answer,
  type Answers,
  type Score,
} from './scoring';

export interface MeasureResult {
  id: string;
  instrument: InstrumentId;
  /** The day the client answered for (today, or an earlier day when entered late). */
  date: LocalDate;
  /** One per item, `null` where the client left it unanswered. */
  answers: (Answer | null)[];
  savedAt: number;
}

export type ResultError = 'date.future' | 'date.invalid' | 'answers.none';

/** Checks a result before it is saved: a date in the future or no answer at all is refused. */
export function validateResult(
  result: Pick<MeasureResult, 'date' | 'answers'>,
  today: LocalDate,
): ResultError[] {
  const errors: ResultError[] = [];
  if (!isLocalDate(result.date)) errors.push('date.invalid');
  else if (result.date > today) errors.push('date.future');
  if (!result.answers.some(isAnswer)) errors.push('answers.none');
  return errors;
}

/** Answers cut or padded to the instrument's items; anything but 0-3 becomes unanswered. */
export function normaliseAnswers(
  instrument: InstrumentId,
  answers: readonly unknown[],
): (Answer | null)[] {
  return Array.from({ length: ITEM_COUNT[instrument] }, (_, i) => {
    const value = answers[i];
    return isAnswer(value) ? value : null;
  });
}

export function isMeasureResult(value: unknown): value is MeasureResult {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    isInstrumentId(r.instrument) &&
    isLocalDate(r.date) &&
    Number.isFinite(r.savedAt) &&
    Array.isArray(r.answers) &&
    r.answers.length === ITEM_COUNT[r.instrument] &&
    r.answers.every((a) => a === null || isAnswer(a))
  );
}

export interface ScoredResult extends MeasureResult {
  score: Score;
}

/** Results of one instrument, oldest first (by day, then save time), each with its score. */
export function history(
  results: readonly MeasureResult[],
  instrument: InstrumentId,
): ScoredResult[] {
  return results
    .filter((r) => r.instrument === instrument)
    .sort((a, b) => a.date.localeCompare(b.date) || a.savedAt - b.savedAt)
    .map((r) => ({ ...r, score: score(r.instrument, r.answers) }));
}

export interface WithPrevious {
  result: ScoredResult;
  /** The last complete result before this one: what "N points lower than on DATE" compares to. */
  previous?: ScoredResult;
}

/** Each result of one instrument, oldest first, with the last complete result before it. */
export function withPrevious(
  results: readonly MeasureResult[],
  instrument: InstrumentId,
): WithPrevious[] {
  let previous: ScoredResult | undefined;
  return history(results, instrument).map((result) => {
    const entry: WithPrevious = previous ? { result, previous } : { result };
    if (result.score.isComplete) previous = result;
    return entry;
  });
}

export interface TrendPoint {
  id: string;
  date: LocalDate;
  total: number;
  /** Change from the previous complete result, when there is one. */
  by?: number;
  isMeaningful: boolean;
}

/** The complete results' totals over time with each change; incomplete ones have no point. */
export function trend(results: readonly MeasureResult[], instrument: InstrumentId): TrendPoint[] {
  return withPrevious(results, instrument).flatMap(({ result, previous }) => {
    if (!result.score.isComplete) return [];
    const before = previous?.score.isComplete ? previous.score.total : undefined;
    const change = changeBetween(instrument, before, result.score.total);
    return [
      {
        id: result.id,
        date: result.date,
        total: result.score.total,
        ...(change ? { by: change.by } : {}),
        isMeaningful: change?.isMeaningful ?? false,
      },
    ];
  });
}

/**
 * What a counselor report shows of one measure: its latest result up to the report's end (even
 * from before the range: the latest is what matters) and the complete totals within the range.
 */
export function reportOf(
  results: readonly MeasureResult[],
  instrument: InstrumentId,
  from: LocalDate,
  to: LocalDate,
): { latest?: ScoredResult; points: TrendPoint[] } {
  const upToEnd = results.filter((r) => r.date <= to);
  const latest = history(upToEnd, instrument).at(-1);
  const points = trend(upToEnd, instrument).filter((p) => p.date >= from);
  return { ...(latest ? { latest } : {}), points };
}

/** Days between two times of each instrument; 0 = not suggested. */
export type Rhythm = Partial<Record<InstrumentId, number>>;
export const RHYTHM_CHOICES = [7, 14, 28, 0] as const;

export function everyDays(rhythm: Rhythm | undefined, instrument: InstrumentId): number {
  const days = rhythm?.[instrument];
  return typeof days === 'number' && days >= 0 ? days : INSTRUMENTS[instrument].defaultEveryDays;
}

export type LastTaken = Partial<Record<InstrumentId, LocalDate>>;

/** The day each instrument was last taken (up to today). */
export function lastTakenOf(results: readonly MeasureResult[], today: LocalDate): LastTaken {
  const last: LastTaken = {};
  for (const r of results) {
    const seen = last[r.instrument];
    if (r.date <= today && (!seen || r.date > seen)) last[r.instrument] = r.date;
  }
  return last;
}

/**
 * Which instruments are due today: last taken at least their rhythm's days ago, or (where the
 * client looks for them, on the Measures screen) never taken. Off (0) is never due. Incomplete
 * results count as taken: a gentle suggestion, not a chase.
 */
export function dueFromLast(
  last: LastTaken,
  rhythm: Rhythm | undefined,
  today: LocalDate,
  options: { isNeverTakenDue: boolean },
): InstrumentId[] {
  return (Object.keys(INSTRUMENTS) as InstrumentId[]).filter((instrument) => {
    const days = everyDays(rhythm, instrument);
    if (days === 0) return false;
    const date = last[instrument];
    return date ? daysBetween(date, today) >= days : options.isNeverTakenDue;
  });
}

export function dueInstruments(
  results: readonly MeasureResult[],
  rhythm: Rhythm | undefined,
  today: LocalDate,
): InstrumentId[] {
  return dueFromLast(lastTakenOf(results, today), rhythm, today, { isNeverTakenDue: true });
}

/** The day an instrument is next suggested (for the screen's "next: DATE"). */
export function nextDue(lastDate: LocalDate | undefined, days: number): LocalDate | undefined {
  if (!lastDate || days === 0) return undefined;
  return addDays(lastDate, days);
}

export type { Answers };
