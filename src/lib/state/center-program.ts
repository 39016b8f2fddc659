import { saveLatestProgram, centerState } from '$lib/db/center';
import { databaseExists, whenDatabaseOpened } from '$lib/db/database';
import { isCenterProgram, type CenterProgram } from '$lib/domain/center/program';
import { keptJson } from '$lib/utils/kept';
import { holdUnsavedProgram } from './center.svelte';

export const PROGRAM_URL = '/events/program.json';
/** Where a first visit keeps the program for offline use before there is a database. */
const PROGRAM_CACHE = 'center-program';

let stopWaiting: (() => void) | undefined;

/**
 * A phone with no database yet (a first visit that only looks): the program is shown from memory
 * and kept in the Cache API, so a visit offline shows it too, without loading Dexie or creating
 * the database; it is stored with the client's records once the database exists.
 */
async function keepUntilStored(program: CenterProgram, response?: Response): Promise<void> {
  holdUnsavedProgram(program);
  if (response && typeof caches !== 'undefined') {
    await caches
      .open(PROGRAM_CACHE)
      .then((cache) => cache.put(PROGRAM_URL, response))
      .catch(() => undefined); // Private modes may refuse it: shown now, asked for next time.
  }
  stopWaiting?.();
  // Created meanwhile (a first touch while the program was on its way): stored now.
  stopWaiting = whenDatabaseOpened(() => void saveLatestProgram(program).catch(() => undefined));
}

/**
 * Asks the app's own origin for the center's program (revalidated: a 304 when unchanged) and
 * keeps a newer version on the phone. Offline, or with no program published, nothing changes:
 * the schedule works from what is stored.
 */
export async function refreshCenterProgram(): Promise<void> {
  let response: Response;
  try {
    response = await fetch(PROGRAM_URL, { cache: 'no-cache' });
  } catch {
    // Offline: a phone with a database shows what it stored; one without, what it kept.
    if (!(await databaseExists())) {
      // The program a first visit kept in the Cache API, if any.
      const kept = await keptJson(PROGRAM_CACHE, PROGRAM_URL, isCenterProgram);
      if (kept) await keepUntilStored(kept);
    }
    return;
  }
  if (!response.ok) return;
  const copy = response.clone();
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    return; // Not the program (a fallback page, say): ignored, never stored.
  }
  if (!isCenterProgram(value)) return;
  if (!(await databaseExists())) return keepUntilStored(value, copy);
  const { latest } = await centerState();
  if (latest?.version !== value.version) await saveLatestProgram(value);
}
