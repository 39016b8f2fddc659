import type { RightNowMarks } from '$lib/domain/plan/right-now';
import { fromRow, fromRows, toRow } from './codec';
import { readOrEmpty, withDb } from './database';
import { watch, type Observable } from './live';

/** Every setting the app keeps in IndexedDB, with its type. */
export interface SettingsMap {
  persistenceRequestedAt: number;
  programStartDate: string;
  weeklyHoursTarget: number;
  /** The client changed the weekly target in Settings (db/program.ts): it no longer follows their groups. */
  weeklyHoursTargetIsOwn: boolean;
  plannedDays: number;
  timezone: string;
  levelOfCare: 'iop' | 'php' | 'outpatient' | 'stepDown';
  reminderTime: string | null;
  reminderNotifications: boolean;
  sobrietyDate: string | null;
  lastCelebratedMilestone: number;
  lastBackupAt: number;
  backupReminderDays: number;
  /** Before #27: the day the hard-moment card was put aside. Kept for old backups; not read. */
  hardMomentDismissedOn: string | null;
  /**
   * When "I'm struggling" and "I'm OK now" were last pressed (domain/plan/right-now.ts). A
   * setting, so it survives a reload; the settings table is sealed under the app lock like every
   * record, and this says when the client was struggling: private, and kept as such.
   */
  rightNow: RightNowMarks;
  /** The center's tracks the client is in (ids); an empty list: they chose none. */
  centerTracks: string[];
  /** Days between suggested times of each measure (0: not suggested); missing: the default. */
  measureRhythm: Partial<Record<'phq9' | 'gad7' | 'bam', number>>;
  /** The day the client put Today's "a measure is suggested" line aside. */
  measuresDueHiddenOn: string | null;
}
export type SettingKey = keyof SettingsMap;

export async function getSetting<K extends SettingKey>(
  key: K,
): Promise<SettingsMap[K] | undefined> {
  const row = await readOrEmpty((d) => d.settings.get(key), undefined);
  if (!row) return undefined;
  return (await fromRow<{ value: SettingsMap[K] }>('settings', row)).value;
}

export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingsMap[K],
): Promise<void> {
  const row = await toRow('settings', { key, value }, ['key']);
  await withDb((d) => d.settings.put(row));
}

export function watchSetting<K extends SettingKey>(key: K): Observable<SettingsMap[K] | undefined> {
  return watch(() => getSetting(key));
}

/** Every stored setting (what was never set is missing). */
export type Settings = Partial<SettingsMap>;

/**
 * Every setting in one read: the settings table is small, and one live query over it serves
 * every screen (state/settings.svelte.ts). Sealed under the lock like every record: while
 * locked this fails with LockedError; a row that cannot be opened is reported and left out.
 */
export async function allSettings(): Promise<Settings> {
  const rows = await readOrEmpty((d) => d.settings.toArray(), []);
  const opened = await fromRows<{ key: SettingKey; value: unknown }>('settings', rows);
  return Object.fromEntries(opened.map(({ key, value }) => [key, value])) as Settings;
}

export function watchSettings(): Observable<Settings> {
  return watch(allSettings);
}
