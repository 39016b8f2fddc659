import { saveLatestProgram, centerState } from '$lib/db/center';
import { isCenterProgram } from '$lib/domain/center/program';

export const PROGRAM_URL = '/events/program.json';

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
    return; // Offline.
  }
  if (!response.ok) return;
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    return; // Not the program (a fallback page, say): ignored, never stored.
  }
  if (!isCenterProgram(value)) return;
  const { latest } = await centerState();
  if (latest?.version !== value.version) await saveLatestProgram(value);
}
