import type { ProgramSetup } from '$lib/domain/program-setup';
import { fromRows, toRow } from './codec';
import { readOrEmpty, withDb } from './database';
import { watch, type Observable } from './live';
import { afterRecordSaved } from './persistence';

const KEYS = [
  'programStartDate',
  'levelOfCare',
  'weeklyHoursTarget',
  'weeklyHoursTargetIsOwn',
  'plannedDays',
  'timezone',
] as const;

/**
 * The program set-up, or undefined before the client has saved one (a phone with no database yet
 * has none: the read neither loads Dexie nor creates the database).
 */
export async function getProgram(): Promise<ProgramSetup | undefined> {
  const rows = await readOrEmpty((d) => d.settings.bulkGet([...KEYS]), []);
  const present = rows.filter((row) => row !== undefined);
  const values = new Map(
    (await fromRows<{ key: string; value: unknown }>('settings', present)).map((r) => [
      r.key,
      r.value,
    ]),
  );
  const startDate = values.get('programStartDate');
  if (typeof startDate !== 'string') return undefined;
  return {
    startDate,
    levelOfCare: (values.get('levelOfCare') as ProgramSetup['levelOfCare']) ?? 'iop',
    weeklyHoursTarget: Number(values.get('weeklyHoursTarget') ?? DEFAULT_TARGET),
    plannedDays: Number(values.get('plannedDays') ?? 90),
    timezone: String(values.get('timezone') ?? 'America/Los_Angeles'),
    isOwnTarget: values.get('weeklyHoursTargetIsOwn') === true,
  };
}

/** The target a set-up has before the client changes it (the welcome saves this one). */
const DEFAULT_TARGET = 9;

/**
 * Saves the whole set-up in one transaction, so it is never half-saved. A target that differs
 * from the one stored (or the default, on a first save) is the client's own from then on; a save
 * that leaves it as it was (a corrected start date, the welcome) does not make it theirs.
 */
export async function saveProgram(setup: ProgramSetup): Promise<void> {
  const previous = await getProgram();
  const isOwnTarget =
    !!previous?.isOwnTarget ||
    setup.weeklyHoursTarget !== (previous?.weeklyHoursTarget ?? DEFAULT_TARGET);
  const rows = await Promise.all([
    toRow('settings', { key: 'weeklyHoursTargetIsOwn', value: isOwnTarget }, ['key']),
    toRow('settings', { key: 'programStartDate', value: setup.startDate }, ['key']),
    toRow('settings', { key: 'levelOfCare', value: setup.levelOfCare }, ['key']),
    toRow('settings', { key: 'weeklyHoursTarget', value: setup.weeklyHoursTarget }, ['key']),
    toRow('settings', { key: 'plannedDays', value: setup.plannedDays }, ['key']),
    toRow('settings', { key: 'timezone', value: setup.timezone }, ['key']),
  ]);
  await withDb((d) => d.settings.bulkPut(rows));
  await afterRecordSaved();
}

export function watchProgram(): Observable<ProgramSetup | undefined> {
  return watch(getProgram);
}
