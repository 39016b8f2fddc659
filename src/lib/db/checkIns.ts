import type { CheckIn, LocalDate } from '$lib/domain/types';
import { fromRow, fromRows, toRow } from './codec';
import { withDb } from './database';
import { watch, type Observable } from './live';
import { afterRecordSaved } from './persistence';

const INDEXED = ['id', 'date', 'at'] as const;

/** Saves a new or edited check-in. */
export async function saveCheckIn(checkIn: CheckIn): Promise<void> {
  const row = await toRow('checkIns', checkIn, INDEXED);
  await withDb((d) => d.checkIns.put(row));
  await afterRecordSaved();
}

export async function deleteCheckIn(id: string): Promise<void> {
  await withDb((d) => d.checkIns.delete(id));
}

export async function getCheckIn(id: string): Promise<CheckIn | undefined> {
  const row = await withDb((d) => d.checkIns.get(id));
  return row ? fromRow<CheckIn>('checkIns', row) : undefined;
}

/** Check-ins on one local date, newest first. */
export async function checkInsOn(date: LocalDate): Promise<CheckIn[]> {
  const rows = await withDb((d) => d.checkIns.where('date').equals(date).toArray());
  const checkIns = await fromRows<CheckIn>('checkIns', rows);
  return checkIns.sort((a, b) => b.at - a.at);
}

/** Every check-in, newest first. */
export async function allCheckIns(): Promise<CheckIn[]> {
  return fromRows<CheckIn>(
    'checkIns',
    await withDb((d) => d.checkIns.orderBy('at').reverse().toArray()),
  );
}

/** The local dates that have at least one check-in (for streaks), read from the index alone. */
export async function checkInDates(): Promise<LocalDate[]> {
  return (await withDb((d) => d.checkIns.orderBy('date').uniqueKeys())) as LocalDate[];
}

/** The most recent check-in, if any. */
export async function latestCheckIn(): Promise<CheckIn | undefined> {
  const row = await withDb((d) => d.checkIns.orderBy('at').last());
  return row ? fromRow<CheckIn>('checkIns', row) : undefined;
}

export function watchCheckInsOn(date: LocalDate): Observable<CheckIn[]> {
  return watch(() => checkInsOn(date));
}

export function watchAllCheckIns(): Observable<CheckIn[]> {
  return watch(allCheckIns);
}

export interface RecentCheckIns {
  checkIns: CheckIn[];
  total: number;
}

/** The newest `limit` check-ins and how many there are in all: a first screen of history. */
export function watchRecentCheckIns(limit: number): Observable<RecentCheckIns> {
  return watch(async () => {
    const [rows, total] = await Promise.all([
      withDb((d) => d.checkIns.orderBy('at').reverse().limit(limit).toArray()),
      withDb((d) => d.checkIns.count()),
    ]);
    return { checkIns: await fromRows<CheckIn>('checkIns', rows), total };
  });
}

export interface CheckInSummary {
  dates: LocalDate[];
  latest?: CheckIn;
}

/** What Today needs: which days have check-ins and the latest one. */
export function watchCheckInSummary(): Observable<CheckInSummary> {
  return watch(async () => {
    // Both reads start before anything else is awaited, so the live query tracks both tables.
    const [dates, latest] = await Promise.all([checkInDates(), latestCheckIn()]);
    return latest ? { dates, latest } : { dates };
  });
}
