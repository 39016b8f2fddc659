import { describe, expect, it } from 'vitest';
import { bamIndex } from './bam';
import { measuresCsvRows } from './csv';
import {
  bamHistory,
  bamReportOf,
  bamTrend,
  isMeasureResult,
  type BamResult,
  type MeasureResult,
} from './result';

function bam(id: string, date: string, set: Record<string, number | null> = {}): BamResult {
  const answers: (number | null)[] = Array(23).fill(0);
  for (const [label, value] of Object.entries(set)) answers[bamIndex(label)] = value;
  return { id, instrument: 'bam', date, savedAt: Date.parse(`${date}T18:00:00Z`), answers };
}

describe('a stored BAM', () => {
  it('is recognised, and refused with an answer outside its item’s list or a wrong length', () => {
    expect(isMeasureResult(bam('a', '2026-11-01'))).toBe(true);
    expect(isMeasureResult(bam('a', '2026-11-01', { '4': null }))).toBe(true);
    expect(isMeasureResult(bam('a', '2026-11-01', { '4': 5 }))).toBe(false);
    expect(isMeasureResult(bam('a', '2026-11-01', { '14': 2 }))).toBe(false);
    expect(isMeasureResult(bam('a', '2026-11-01', { '8': -1 }))).toBe(false);
    expect(isMeasureResult({ ...bam('a', '2026-11-01'), answers: Array(24).fill(0) })).toBe(false);
    expect(isMeasureResult({ ...bam('a', '2026-11-01'), answers: Array(9).fill(0) })).toBe(false);
    expect(isMeasureResult({ ...bam('a', '2026-11-01'), difficulty: 1 })).toBe(false);
  });
});

describe('the BAM over time', () => {
  const results: MeasureResult[] = [
    bam('c', '2026-11-15', { '4': 2, '8': 3, '9': 1 }),
    bam('a', '2026-11-01', { '4': 1, '8': 4, '9': null }),
    bam('b', '2026-11-08', { '5': null, '8': 2, '9': 3 }),
  ];

  it('gives each BAM its groups (none where an item is missing) and items 8 and 9 alone', () => {
    expect(bamHistory(results).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(bamTrend(results)).toEqual([
      { id: 'a', date: '2026-11-01', groups: { use: 1, risk: 4 }, cravings: 4 },
      {
        id: 'b',
        date: '2026-11-08',
        groups: { risk: 2, protective: 3 },
        cravings: 2,
        confidence: 3,
      },
      {
        id: 'c',
        date: '2026-11-15',
        groups: { use: 2, risk: 3, protective: 1 },
        cravings: 3,
        confidence: 1,
      },
    ]);
  });

  it('reports the latest up to the end and the points in range', () => {
    const report = bamReportOf(results, '2026-11-05', '2026-11-10');
    expect(report.latest?.id).toBe('b');
    expect(report.points.map((p) => p.id)).toEqual(['b']);
    expect(bamReportOf([], '2026-11-01', '2026-11-30')).toEqual({ points: [] });
  });
});

describe('the measures spreadsheet', () => {
  it('has the BAM’s three groups and its answers as the VA scores them, and PHQ-9’s question 10', () => {
    const rows = measuresCsvRows(
      [
        bam('a', '2026-11-01', { '4': 2, '14': 1, '6': null }),
        {
          id: 'p',
          instrument: 'phq9',
          date: '2026-11-02',
          savedAt: 1,
          answers: [1, 0, 0, 0, 0, 0, 0, 0, 0],
          difficulty: 2,
        },
      ],
      (band) => band,
    );
    const [header, bamRow, phqRow] = rows as [string[], unknown[], unknown[]];
    const at = (row: unknown[], column: string) => row[header.indexOf(column)];
    expect(at(bamRow, 'measure')).toBe('BAM');
    expect(at(bamRow, 'total')).toBe('');
    expect(at(bamRow, 'use')).toBe('');
    expect(at(bamRow, 'unanswered')).toBe('6');
    expect(at(bamRow, 'protective')).toBe(4);
    expect(at(bamRow, 'BAM 4')).toBe(2);
    expect(at(bamRow, 'BAM 14')).toBe(4);
    expect(at(bamRow, 'BAM 6')).toBe('');
    expect(at(phqRow, 'total')).toBe(1);
    expect(at(phqRow, 'item 10 (PHQ-9, not scored)')).toBe(2);
    expect(at(phqRow, 'BAM 4')).toBe('');
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });
});
