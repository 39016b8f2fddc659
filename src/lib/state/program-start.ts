import { center } from '$lib/config/center';
import { saveProgram } from '$lib/db/program-save';
import { followStartDate } from '$lib/domain/center/program';
import type { ProgramSetup } from '$lib/domain/program-setup';
import type { LocalDate } from '$lib/domain/types';

/** What the program form shows before anything is stored (the start date left empty). */
export const PROGRAM_DEFAULTS: ProgramSetup = {
  startDate: '',
  levelOfCare: 'iop',
  weeklyHoursTarget: center.defaultWeeklyHours,
  plannedDays: center.defaultPlannedDays,
  timezone: center.defaultTimezone,
};

/**
 * Saves the fields of the program set-up the client changed (Settings or the welcome). A
 * corrected start date moves the sessions of the client's center groups with it
 * (domain/center/program.ts followStartDate), in the same transaction as the date: written
 * against the program the schedule reflects, so a newer program waiting for the client's answer
 * stays waiting.
 */
export async function saveProgramChanges(
  changes: Partial<ProgramSetup>,
  today: LocalDate,
): Promise<void> {
  await saveProgram(changes, {
    defaults: PROGRAM_DEFAULTS,
    follow: ({ before, applied, tracks, sessions, attendance }, after) =>
      applied && tracks?.length
        ? followStartDate(applied, tracks, sessions, attendance, {
            before,
            after,
            today,
            newId: () => crypto.randomUUID(),
          })
        : undefined,
  });
}
