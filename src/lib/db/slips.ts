import type { Slip } from '$lib/domain/progress';
import { fromRows, toRow } from './codec';
import { withDb } from './database';
import { watch, type Observable } from './live';
import { afterRecordSaved } from './persistence';

export async function recordSlip(slip: Slip): Promise<void> {
  const row = await toRow('slips', slip, ['id', 'date']);
  await withDb((d) => d.slips.put(row));
  await afterRecordSaved();
}

export async function deleteSlip(id: string): Promise<void> {
  await withDb((d) => d.slips.delete(id));
}

export async function allSlips(): Promise<Slip[]> {
  return fromRows<Slip>('slips', await withDb((d) => d.slips.orderBy('date').toArray()));
}

export function watchSlips(): Observable<Slip[]> {
  return watch(allSlips);
}
