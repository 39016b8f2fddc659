/**
 * The BAMs taken, over time: each with its three group sums (never a total), and items 8
 * (cravings) and 9 (confidence) on their own, as clinicians read them.
 */
import type { LocalDate } from '../types';
import { bamIndex, scoreBam, type BamGroup, type BamScore } from './bam';
import { isBamResult, type BamResult, type MeasureResult } from './result';

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
