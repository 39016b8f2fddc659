import type { ProgramSetup } from '$lib/domain/program-setup';
import { fromRows } from './codec';
import { readOrEmpty } from './database';
import { watch, type Observable } from './live';

/** The target a set-up has before the client changes it (the welcome saves this one). */
const DEFAULT_TARGET = 9;

/**
 * The target is the client's own when a save said so; a set-up stored before that flag existed
 * (or restored from such a backup) has it when its target is not the welcome's default: a client
 * who chose 12 keeps 12, and 9 follows their group.
 */
function isOwnTarget(flag: unknown, target: unknown): boolean {
  if (flag !== undefined) return flag === true;
  return target !== undefined && Number(target) !== DEFAULT_TARGET;
}

export const KEYS = [
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
    isOwnTarget: isOwnTarget(values.get('weeklyHoursTargetIsOwn'), values.get('weeklyHoursTarget')),
  };
}

export function watchProgram(): Observable<ProgramSetup | undefined> {
  return watch(getProgram);
}
