import type { CheckIn, LocalDate } from '$lib/domain/types';
import { fromRows, toRow } from './codec';
import { withDb } from './database';
import { watch, type Observable } from './live';
import { afterRecordSaved } from './persistence';

const INDEXED = ['id', 'date', 'at'] as const;

export async function saveCheckIn(checkIn: CheckIn): Promise<void> {
  const row = await toRow(checkIn, INDEXED);
  await withDb((d) => d.checkIns.put(row));
  await afterRecordSaved();
}

export async function deleteCheckIn(id: string): Promise<void> {
  await withDb((d) => d.checkIns.delete(id));
}

/** Check-ins on one local date, newest first. */
export async function checkInsOn(date: LocalDate): Promise<CheckIn[]> {
  const rows = await withDb((d) => d.checkIns.where('date').equals(date).toArray());
  const checkIns = await fromRows<CheckIn>(rows);
  return checkIns.sort((a, b) => b.at - a.at);
}

/** Every check-in, newest first. */
export async function allCheckIns(): Promise<CheckIn[]> {
  return fromRows<CheckIn>(await withDb((d) => d.checkIns.orderBy('at').reverse().toArray()));
}

export function watchCheckInsOn(date: LocalDate): Observable<CheckIn[]> {
  return watch(() => checkInsOn(date));
}
