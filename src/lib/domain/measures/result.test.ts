import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import {
  dueFromLast,
  firstSuggestion,
  FIRST_SUGGESTION_GAP_DAYS,
  everyDays,
  dueInstruments,
  history,
  isMeasureResult,
  nextDue,
  normaliseAnswers,
  reportOf,
  trend,
  validateResult,
  withPrevious,
  type MeasureResult,
  type ScaleResult,
} from './result';
import type { Answer } from './scoring';

const phq = (id: string, date: string, total: number, savedAt = 0): ScaleResult => ({
  id,
  instrument: 'phq9',
  date,
  savedAt,
  answers: Array.from({ length: 9 }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)) as Answer),
});

describe('validating a result', () => {
  it('refuses a date in the future at the field, and a result with no answer', () => {
    expect(validateResult({ date: '2026-11-29', answers: [1] }, '2026-11-28')).toEqual([
      'date.future',
    ]);
    expect(validateResult({ date: '2026-11-28', answers: [null, null] }, '2026-11-28')).toEqual([
      'answers.none',
    ]);
    expect(validateResult({ date: '28/11/2026', answers: [0] }, '2026-11-28')).toEqual([
      'date.invalid',
    ]);
    expect(validateResult({ date: '2026-11-28', answers: [0, null] }, '2026-11-28')).toEqual([]);
  });

  it('keeps answers to the instrument’s items, anything else unanswered', () => {
    expect(normaliseAnswers('gad7', [1, '2', 4, -1, 3.5, 0, 3, 2, 2])).toEqual([
      1,
      null,
      null,
      null,
      null,
      0,
      3,
    ]);
  });

  it('recognises a stored result and refuses a malformed one', () => {
    expect(isMeasureResult(phq('a', '2026-11-01', 12))).toBe(true);
    expect(isMeasureResult({ ...phq('a', '2026-11-01', 12), answers: [1, 2] })).toBe(false);
    expect(isMeasureResult({ ...phq('a', '2026-11-01', 12), instrument: 'bam' })).toBe(false);
    expect(isMeasureResult({ ...phq('a', '2026-11-01', 12), answers: Array(9).fill(9) })).toBe(
      false,
    );
  });
});

describe('trend', () => {
  it('orders by day, skips incomplete results and names a change of 5 or more', () => {
    const incomplete: MeasureResult = {
      ...phq('c', '2026-11-10', 0),
      answers: Array(9).fill(null),
    };
    incomplete.answers[0] = 2;
    const results = [phq('b', '2026-11-15', 8), incomplete, phq('a', '2026-11-01', 14)];
    expect(history(results, 'phq9').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(trend(results, 'phq9')).toEqual([
      { id: 'a', date: '2026-11-01', total: 14, isMeaningful: false },
      { id: 'b', date: '2026-11-15', total: 8, by: -6, isMeaningful: true },
    ]);
    expect(trend(results, 'gad7')).toEqual([]);
  });

  it('pairs each result with the last complete one before it, skipping incomplete ones', () => {
    const incomplete: MeasureResult = {
      ...phq('c', '2026-11-10', 0),
      answers: Array(9).fill(null),
    };
    const results = [phq('b', '2026-11-15', 8), incomplete, phq('a', '2026-11-01', 14)];
    expect(
      withPrevious(results, 'phq9').map(({ result, previous }) => [result.id, previous?.id]),
    ).toEqual([
      ['a', undefined],
      ['c', 'a'],
      ['b', 'a'],
    ]);
  });

  it('recomputes from the answers, so an edited result has its new score', () => {
    const first = phq('a', '2026-11-01', 10);
    const edited = { ...first, answers: phq('a', '2026-11-01', 15).answers };
    expect(trend([first], 'phq9')[0]!.total).toBe(10);
    expect(trend([edited], 'phq9')[0]!.total).toBe(15);
  });
});

describe('when a measure is due', () => {
  it('is due when never taken or the rhythm has passed, never when off', () => {
    expect(dueInstruments([], undefined, '2026-11-28')).toEqual(['phq9']);
    const results = [phq('a', '2026-11-15', 3)];
    const off = { gad7: 0, bam: 0 };
    expect(dueInstruments(results, off, '2026-11-28')).toEqual([]);
    expect(dueInstruments(results, off, '2026-11-29')).toEqual(['phq9']);
    expect(dueInstruments(results, { ...off, phq9: 7 }, '2026-11-22')).toEqual(['phq9']);
    expect(dueInstruments(results, { ...off, phq9: 0 }, '2027-01-01')).toEqual([]);
  });

  it('suggests the BAM weekly by default, adjustable or off like the others', () => {
    const bam: MeasureResult = {
      id: 'b',
      instrument: 'bam',
      date: '2026-11-15',
      savedAt: 0,
      answers: Array(23).fill(0),
    };
    const options = { isNeverTakenDue: false };
    expect(everyDays(undefined, 'bam')).toBe(7);
    expect(dueFromLast({ bam: '2026-11-15' }, undefined, '2026-11-21', options)).toEqual([]);
    expect(dueFromLast({ bam: '2026-11-15' }, undefined, '2026-11-22', options)).toEqual(['bam']);
    expect(dueFromLast({ bam: '2026-11-15' }, { bam: 14 }, '2026-11-22', options)).toEqual([]);
    expect(dueFromLast({ bam: '2026-11-15' }, { bam: 0 }, '2027-11-22', options)).toEqual([]);
    expect(dueInstruments([bam], { phq9: 0, gad7: 0 }, '2026-11-22')).toEqual(['bam']);
  });

  it('on Today, suggests again only what was taken before (a new client is not asked at once)', () => {
    const options = { isNeverTakenDue: false };
    expect(dueFromLast({}, undefined, '2026-11-28', options)).toEqual([]);
    expect(dueFromLast({ gad7: '2026-11-14' }, undefined, '2026-11-28', options)).toEqual(['gad7']);
    expect(dueFromLast({ gad7: '2026-11-15' }, undefined, '2026-11-28', options)).toEqual([]);
    expect(dueFromLast({ gad7: '2026-11-14' }, { gad7: 0 }, '2026-11-28', options)).toEqual([]);
  });

  it('suggests the measures never taken one at a time, a few days apart, never all at once', () => {
    const gap = FIRST_SUGGESTION_GAP_DAYS;
    // Day one: only the PHQ-9; the GAD-7 waits its turn.
    expect(dueInstruments([], undefined, '2026-11-28')).toEqual(['phq9']);
    expect(firstSuggestion({}, undefined, '2026-11-28')).toEqual({
      instrument: 'phq9',
      date: '2026-11-28',
    });
    // The PHQ-9 taken on the 28th: the GAD-7 comes `gap` days later, not before.
    const phqOnly = [phq('a', '2026-11-28', 4)];
    expect(dueInstruments(phqOnly, undefined, '2026-11-28')).toEqual([]);
    expect(dueInstruments(phqOnly, undefined, addDays('2026-11-28', gap - 1))).toEqual([]);
    expect(dueInstruments(phqOnly, undefined, addDays('2026-11-28', gap))).toEqual(['gad7']);
    expect(firstSuggestion({ phq9: '2026-11-28' }, undefined, '2026-11-29')).toEqual({
      instrument: 'gad7',
      date: addDays('2026-11-28', gap),
    });
    // Then the BAM, `gap` days after the GAD-7.
    const last = { phq9: '2026-11-28', gad7: '2026-12-02' };
    expect(dueFromLast(last, undefined, '2026-12-04', { isNeverTakenDue: true })).toEqual([]);
    expect(
      dueFromLast(last, undefined, addDays('2026-12-02', gap), { isNeverTakenDue: true }),
    ).toEqual(['bam']);
    // Left waiting weeks, still one at a time (today, not a day in the past).
    expect(firstSuggestion({ phq9: '2026-10-01' }, undefined, '2026-11-28')).toEqual({
      instrument: 'gad7',
      date: '2026-11-28',
    });
    // A measure turned off is skipped: its turn passes to the next.
    expect(dueInstruments([], { phq9: 0 }, '2026-11-28')).toEqual(['gad7']);
    expect(firstSuggestion({}, { phq9: 0, gad7: 0, bam: 0 }, '2026-11-28')).toBeUndefined();
    // A measure taken before and due again is suggested beside the one whose turn it is.
    expect(
      dueFromLast({ phq9: '2026-11-01' }, undefined, '2026-11-28', { isNeverTakenDue: true }),
    ).toEqual(['phq9', 'gad7']);
  });

  it('gives the next day, or none when off or never taken', () => {
    expect(nextDue('2026-11-15', 14)).toBe('2026-11-29');
    expect(nextDue('2026-11-15', 0)).toBeUndefined();
    expect(nextDue(undefined, 14)).toBeUndefined();
  });
});

describe('in a counselor report', () => {
  it('gives the latest result up to the end and the totals within the range', () => {
    const results = [
      phq('a', '2026-09-01', 18),
      phq('b', '2026-10-20', 12),
      phq('c', '2026-11-03', 6),
      phq('d', '2026-12-01', 2),
    ];
    const report = reportOf(results, 'phq9', '2026-10-15', '2026-11-28');
    expect(report.latest?.id).toBe('c');
    expect(report.points.map((p) => [p.date, p.total, p.by])).toEqual([
      ['2026-10-20', 12, -6],
      ['2026-11-03', 6, -6],
    ]);
    expect(reportOf(results, 'phq9', '2026-11-10', '2026-11-28').latest?.id).toBe('c');
    expect(reportOf(results, 'gad7', '2026-11-10', '2026-11-28')).toEqual({ points: [] });
  });
});
