/**
 * A measure taken: the answers as given, the day it was about, when it was saved. Its score is
 * computed from the answers (scoring.ts), so an edit can never leave a stale total behind.
 */
import { addDays, daysBetween, isLocalDate } from '../dates';
import type { LocalDate } from '../types';
import {
  BAM_ITEM_COUNT,
  bamIndex,
  isBamAnswer,
  normaliseBamAnswers,
  scoreBam,
  type BamAnswer,
  type BamGroup,
  type BamScore,
} from './bam';
import {
  DEFAULT_EVERY_DAYS,
  isInstrumentId,
  MEASURE_IDS,
  type InstrumentId,
  type MeasureId,
} from './instruments';
import {
  changeBetween,
  ITEM_COUNT,
  isAnswer,
  score,
  type Answer,
  type Answers,
  type Score,
} from './scoring';

interface ResultBase {
  id: string;
  /** The day the client answered for (today, or an earlier day when entered late). */
  date: LocalDate;
  savedAt: number;
}

/** A PHQ-9 or GAD-7 taken. */
export interface ScaleResult extends ResultBase {
  instrument: InstrumentId;
  /** One per item, `null` where the client left it unanswered. */
  answers: (Answer | null)[];
  /**
   * PHQ-9's question 10 (how difficult these problems made things), 0-3 in its list's order;
   * never scored. Absent when not asked (every item "Not at all") or from before it was asked.
   */
  difficulty?: Answer | null;
}

/** A BAM taken: one answer per question (1-6, 7A-7G, 8-17), its option's place in its list. */
export interface BamResult extends ResultBase {
  instrument: 'bam';
  answers: (BamAnswer | null)[];
}

export type MeasureResult = ScaleResult | BamResult;

export const isScaleResult = (r: MeasureResult): r is ScaleResult => r.instrument !== 'bam';
export const isBamResult = (r: MeasureResult): r is BamResult => r.instrument === 'bam';

export type ResultError = 'date.future' | 'date.invalid' | 'answers.none';

/** Checks a result before it is saved: a date in the future or no answer at all is refused. */
export function validateResult(
  result: { date: string; answers: readonly (number | null)[] },
  today: LocalDate,
): ResultError[] {
  const errors: ResultError[] = [];
  if (!isLocalDate(result.date)) errors.push('date.invalid');
  else if (result.date > today) errors.push('date.future');
  if (!result.answers.some((a) => typeof a === 'number')) errors.push('answers.none');
  return errors;
}

/** Answers cut or padded to the measure's items; anything outside an item's list is unanswered. */
export function normaliseAnswers(
  instrument: MeasureId,
  answers: readonly unknown[],
): (number | null)[] {
  if (instrument === 'bam') return normaliseBamAnswers(answers);
  return Array.from({ length: ITEM_COUNT[instrument] }, (_, i) => {
    const value = answers[i];
    return isAnswer(value) ? value : null;
  });
}

export function isMeasureResult(value: unknown): value is MeasureResult {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  if (
    !(typeof r.id === 'string' && isLocalDate(r.date) && Number.isFinite(r.savedAt)) ||
    !Array.isArray(r.answers)
  )
    return false;
  const answers = r.answers as unknown[];
  if (r.instrument === 'bam') {
    return (
      !('difficulty' in r) &&
      answers.length === BAM_ITEM_COUNT &&
      answers.every((a, i) => a === null || isBamAnswer(i, a))
    );
  }
  return (
    isInstrumentId(r.instrument) &&
    answers.length === ITEM_COUNT[r.instrument] &&
    answers.every((a) => a === null || isAnswer(a)) &&
    (!('difficulty' in r) ||
      (r.instrument === 'phq9' && (r.difficulty === null || isAnswer(r.difficulty))))
  );
}

export interface ScoredResult extends ScaleResult {
  score: Score;
}

/** Results of one instrument, oldest first (by day, then save time), each with its score. */
export function history(
  results: readonly MeasureResult[],
  instrument: InstrumentId,
): ScoredResult[] {
  return results
    .filter(isScaleResult)
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

/** Days between two times of each measure; 0 = not suggested. */
export type Rhythm = Partial<Record<MeasureId, number>>;
export const RHYTHM_CHOICES = [7, 14, 28, 0] as const;

export function everyDays(rhythm: Rhythm | undefined, instrument: MeasureId): number {
  const days = rhythm?.[instrument];
  return typeof days === 'number' && days >= 0 ? days : DEFAULT_EVERY_DAYS[instrument];
}

export type LastTaken = Partial<Record<MeasureId, LocalDate>>;

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
 * A new client is not handed every questionnaire at once: measures never taken are first
 * suggested one at a time, in order, each this many days after the last one was taken.
 */
export const FIRST_SUGGESTION_GAP_DAYS = 3;

/**
 * The next measure never taken (and not off) and the day it is first suggested: today for a
 * client who has taken none, else FIRST_SUGGESTION_GAP_DAYS after the latest of any measure.
 */
export function firstSuggestion(
  last: LastTaken,
  rhythm: Rhythm | undefined,
  today: LocalDate,
): { instrument: MeasureId; date: LocalDate } | undefined {
  const instrument = MEASURE_IDS.find((id) => !last[id] && everyDays(rhythm, id) !== 0);
  if (!instrument) return undefined;
  const latest = Object.values(last).reduce<LocalDate | undefined>(
    (max, date) => (date && (!max || date > max) ? date : max),
    undefined,
  );
  const date = latest ? addDays(latest, FIRST_SUGGESTION_GAP_DAYS) : today;
  return { instrument, date: date < today ? today : date };
}

/**
 * Which instruments are due today: last taken at least their rhythm's days ago, or (where the
 * client looks for them, on the Measures screen) the one never taken whose turn has come
 * (firstSuggestion). Off (0) is never due. Incomplete results count as taken: a gentle
 * suggestion, not a chase.
 */
export function dueFromLast(
  last: LastTaken,
  rhythm: Rhythm | undefined,
  today: LocalDate,
  options: { isNeverTakenDue: boolean },
): MeasureId[] {
  const first = options.isNeverTakenDue ? firstSuggestion(last, rhythm, today) : undefined;
  return MEASURE_IDS.filter((instrument) => {
    const days = everyDays(rhythm, instrument);
    if (days === 0) return false;
    const date = last[instrument];
    if (date) return daysBetween(date, today) >= days;
    return first?.instrument === instrument && first.date <= today;
  });
}

export function dueInstruments(
  results: readonly MeasureResult[],
  rhythm: Rhythm | undefined,
  today: LocalDate,
): MeasureId[] {
  return dueFromLast(lastTakenOf(results, today), rhythm, today, { isNeverTakenDue: true });
}

/** The day an instrument is next suggested (for the screen's "next: DATE"). */
export function nextDue(lastDate: LocalDate | undefined, days: number): LocalDate | undefined {
  if (!lastDate || days === 0) return undefined;
  return addDays(lastDate, days);
}

export type { Answers };

// The BAM over time: each with its three group sums (never a total), and items 8 (cravings)
// and 9 (confidence) on their own, as clinicians read them.

export interface ScoredBam extends BamResult {
  score: BamScore;
}

/** Every BAM, oldest first (by day, then save time), each with its group sums. */
export function bamHistory(results: readonly MeasureResult[]): ScoredBam[] {
  return results
    .filter(isBamResult)
    .sort((a, b) => a.date.localeCompare(b.date) || a.savedAt - b.savedAt)
    .map((r) => ({ ...r, score: scoreBam(r.answers) }));
}

export interface BamPoint {
  id: string;
  date: LocalDate;
  /** A group's sum, absent where one of its items was left unanswered. */
  groups: Partial<Record<BamGroup, number>>;
  /** Item 8 (cravings) and item 9 (confidence), 0-4, absent when unanswered. */
  cravings?: number;
  confidence?: number;
}

/** One point per BAM taken, with whatever of it can be read (a group with a gap has no sum). */
export function bamTrend(results: readonly MeasureResult[]): BamPoint[] {
  return bamHistory(results).map((r) => {
    const groups: Partial<Record<BamGroup, number>> = {};
    for (const [group, value] of Object.entries(r.score) as [BamGroup, BamScore[BamGroup]][]) {
      if (value.total !== undefined) groups[group] = value.total;
    }
    const cravings = r.answers[bamIndex('8')];
    const confidence = r.answers[bamIndex('9')];
    return {
      id: r.id,
      date: r.date,
      groups,
      ...(typeof cravings === 'number' ? { cravings } : {}),
      ...(typeof confidence === 'number' ? { confidence } : {}),
    };
  });
}

/** What a counselor report shows: the latest BAM up to the report's end, the points in range. */
export function bamReportOf(
  results: readonly MeasureResult[],
  from: LocalDate,
  to: LocalDate,
): { latest?: ScoredBam; points: BamPoint[] } {
  const upToEnd = results.filter((r) => r.date <= to);
  const latest = bamHistory(upToEnd).at(-1);
  const points = bamTrend(upToEnd).filter((p) => p.date >= from);
  return { ...(latest ? { latest } : {}), points };
}
