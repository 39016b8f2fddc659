import { applyCenterProgram, centerState } from '$lib/db/center';
import { scheduleData } from '$lib/db/sessions';
import { followStartDate } from '$lib/domain/center/program';
import type { LocalDate } from '$lib/domain/types';

/**
 * After the program start date is saved (Settings or the welcome): the sessions of the client's
 * center groups follow it (domain/center/program.ts followStartDate). Written against the program
 * the schedule reflects, so a newer program waiting for the client's answer stays waiting.
 */
export async function followProgramStart(
  before: LocalDate | undefined,
  after: LocalDate,
  today: LocalDate,
): Promise<void> {
  if (before === after) return;
  const { applied, tracks } = await centerState();
  if (!applied || !tracks?.length) return;
  const { sessions, attendance } = await scheduleData();
  const changes = followStartDate(applied, tracks, sessions, attendance, {
    before,
    after,
    today,
    newId: () => crypto.randomUUID(),
  });
  if (changes.put.length || changes.remove.length) await applyCenterProgram(applied, changes);
}
