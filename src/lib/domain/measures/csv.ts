/**
 * The measures as a spreadsheet: one row a result. PHQ-9 and GAD-7 give their total and range
 * (or the unanswered items) and items 1-9 as scored 0-3, with PHQ-9's question 10 (0-3, not
 * scored) beside; a BAM gives its three group sums (empty where one of a group's answers is
 * missing) and each of its 23 answers as the VA scores it (0-4; item 14 No 0, Yes 4; items 7A-7G
 * and 17, which the VA does not score, by their place in the list, 0-4).
 */
import { BAM_GROUP_IDS, BAM_QUESTIONS, bamMissing, scoreBam } from './bam';
import { MEASURE_NAMES } from './instruments';
import type { MeasureResult } from './result';
import { score, type Band } from './scoring';

export function measuresCsvRows(
  results: readonly MeasureResult[],
  bandName: (band: Band) => string,
): (string | number)[][] {
  const header = [
    'date',
    'measure',
    'total',
    'range',
    'unanswered',
    ...Array.from({ length: 9 }, (_, i) => `item ${i + 1}`),
    'item 10 (PHQ-9, not scored)',
    ...BAM_GROUP_IDS,
    ...BAM_QUESTIONS.map((q) => `BAM ${q.label}`),
  ];
  const blank = (n: number) => Array<string>(n).fill('');
  return [
    header,
    ...results.map((r) => {
      if (r.instrument === 'bam') {
        const groups = scoreBam(r.answers);
        return [
          r.date,
          MEASURE_NAMES.bam,
          '',
          '',
          bamMissing(r.answers).join(' '),
          ...blank(10),
          ...BAM_GROUP_IDS.map((g) => groups[g].total ?? ''),
          ...BAM_QUESTIONS.map((q, i) => {
            const a = r.answers[i];
            return a === null || a === undefined ? '' : (q.scores?.[a] ?? a);
          }),
        ];
      }
      const s = score(r.instrument, r.answers);
      return [
        r.date,
        MEASURE_NAMES[r.instrument],
        s.isComplete ? s.total : '',
        s.isComplete ? bandName(s.band) : '',
        s.isComplete ? '' : s.missing.join(' '),
        ...Array.from({ length: 9 }, (_, i) => r.answers[i] ?? ''),
        r.difficulty ?? '',
        ...blank(BAM_GROUP_IDS.length + BAM_QUESTIONS.length),
      ];
    }),
  ];
}
