import { isMeasureResult, type MeasureResult } from '$lib/domain/measures/result';
import type { InstrumentId } from '$lib/domain/measures/instruments';
import { fromRow, fromRows, toRow } from './codec';
import { withDb } from './database';
import { watch, type Observable } from './live';
import { afterRecordSaved } from './persistence';

/**
 * Measures taken: one row per result, its answers passing through the codec (encrypted under the
 * app lock); only the id, the instrument and the day stay in the clear to be queried.
 */
const INDEXED = ['id', 'instrument', 'date'] as const;

/**
 * Saves a result (a new one, or an edit of a past one under the same id). The questionnaire's
 * draft, if named, is cleared in the same transaction: both happen or neither.
 */
export async function saveMeasure(result: MeasureResult, draftKey?: string): Promise<void> {
  const row = await toRow('measures', result, INDEXED);
  await withDb((d) =>
    d.transaction('rw', d.measures, d.drafts, async () => {
      await d.measures.put(row);
      if (draftKey) await d.drafts.delete(draftKey);
    }),
  );
  await afterRecordSaved();
}

export async function deleteMeasure(id: string): Promise<void> {
  await withDb((d) => d.measures.delete(id));
}

export async function getMeasure(id: string): Promise<MeasureResult | undefined> {
  const row = await withDb((d) => d.measures.get(id));
  if (!row) return undefined;
  const result = await fromRow<MeasureResult>('measures', row);
  return isMeasureResult(result) ? result : undefined;
}

/** Every result, oldest day first (a few a month: years of them are a few hundred rows). */
export async function allMeasures(): Promise<MeasureResult[]> {
  const rows = await withDb((d) => d.measures.orderBy('date').toArray());
  return (await fromRows<MeasureResult>('measures', rows)).filter(isMeasureResult);
}

export function watchMeasures(): Observable<MeasureResult[]> {
  return watch(allMeasures);
}

/**
 * The day each instrument was last taken, from the fields kept in the clear (no record is
 * decrypted): what Today needs to say gently that one is due. A few rows a month, walked in date
 * order, the last seen of each instrument winning.
 */
export async function lastTaken(): Promise<Partial<Record<InstrumentId, string>>> {
  return withDb(async (d) => {
    const last: Partial<Record<InstrumentId, string>> = {};
    await d.measures.orderBy('date').each((row) => {
      last[row.instrument as InstrumentId] = row.date;
    });
    return last;
  });
}

export function watchLastTaken(): Observable<Partial<Record<InstrumentId, string>>> {
  return watch(lastTaken);
}
