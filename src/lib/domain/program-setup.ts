import type { MessageKey } from '$lib/i18n/en';
import { isLocalDate, isTimeZone } from './dates';

export const LEVELS_OF_CARE = ['iop', 'php', 'outpatient', 'stepDown'] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

export interface ProgramSetup {
  startDate: string;
  levelOfCare: LevelOfCare;
  weeklyHoursTarget: number;
  plannedDays: number;
  timezone: string;
  /**
   * The client changed the weekly target themselves (in Settings): it stands. Otherwise the
   * target follows the hours of the groups they chose (domain/attendance.ts weeklyTarget). Set by the data
   * layer when a save changes the target; a form leaves it out.
   */
  isOwnTarget?: boolean;
}

export type ProgramErrors = Partial<Record<keyof ProgramSetup, MessageKey>>;

/** Hours a week outside this range are unusual for an IOP (SAMHSA TIP 47): warned, not refused. */
export const TYPICAL_HOURS = { min: 6, max: 30 } as const;

export function validateProgram(setup: ProgramSetup): ProgramErrors {
  const errors: ProgramErrors = {};
  if (!isLocalDate(setup.startDate)) errors.startDate = 'program.error.startDate';
  if (
    !Number.isFinite(setup.weeklyHoursTarget) ||
    setup.weeklyHoursTarget < 1 ||
    setup.weeklyHoursTarget > 60
  ) {
    errors.weeklyHoursTarget = 'program.error.hours';
  }
  if (!Number.isInteger(setup.plannedDays) || setup.plannedDays < 1 || setup.plannedDays > 3650) {
    errors.plannedDays = 'program.error.days';
  }
  if (!isTimeZone(setup.timezone)) errors.timezone = 'program.error.timezone';
  return errors;
}

/** Hours that can be saved but are unlike IOP's (never hours that cannot be saved at all). */
export function isUnusualHours(hours: number): boolean {
  const canSave = hours >= 1 && hours <= 60;
  return canSave && (hours < TYPICAL_HOURS.min || hours > TYPICAL_HOURS.max);
}
