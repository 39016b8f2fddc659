import type { MessageKey } from '$lib/i18n/en';
import { addDays, isLocalDate, isTimeZone } from './dates';
import type { LocalDate } from './types';

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

/** How far ahead a start date may be: treatment booked for next year is unlikely to be known. */
export const START_DATE_MAX_AHEAD_DAYS = 366;
/** How far back: longer than any IOP runs (a typing slip, "2062" for "2026", is caught). */
export const START_DATE_MAX_BACK_DAYS = 3 * 366;

export type StartDateProblem = 'notADate' | 'tooFarAhead' | 'tooLongAgo';

/**
 * The one rule for a program start date the client types (the welcome and Settings). A date in
 * the future is fine (days in treatment count from it, sessions too); one more than a year
 * ahead, or more than three years back, is asked again as a likely typing slip ("1900" would
 * give "Day 46,362").
 */
export function startDateProblem(date: string, today: LocalDate): StartDateProblem | undefined {
  if (!isLocalDate(date)) return 'notADate';
  if (date > addDays(today, START_DATE_MAX_AHEAD_DAYS)) return 'tooFarAhead';
  if (date < addDays(today, -START_DATE_MAX_BACK_DAYS)) return 'tooLongAgo';
  return undefined;
}

const START_DATE_ERRORS: Record<StartDateProblem, MessageKey> = {
  notADate: 'program.error.startDate',
  tooFarAhead: 'program.error.tooFarAhead',
  tooLongAgo: 'program.error.tooLongAgo',
};

/**
 * The set-up's errors, field by field. With `today`, the start date must also be within
 * startDateProblem's range (a date typed now); without it (a backup's stored value, which may be
 * years old by the time it is restored), any real date.
 */
export function validateProgram(setup: ProgramSetup, today?: LocalDate): ProgramErrors {
  const errors: ProgramErrors = {};
  const problem = today
    ? startDateProblem(setup.startDate, today)
    : isLocalDate(setup.startDate)
      ? undefined
      : 'notADate';
  if (problem) errors.startDate = START_DATE_ERRORS[problem];
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

export const PROGRAM_FIELDS = [
  'startDate',
  'levelOfCare',
  'weeklyHoursTarget',
  'plannedDays',
  'timezone',
] as const satisfies readonly (keyof ProgramSetup)[];

/** A field as it is saved: number inputs give strings or numbers, both mean the number. */
function normal<K extends keyof ProgramSetup>(field: K, value: unknown): ProgramSetup[K] {
  const isNumber = field === 'weeklyHoursTarget' || field === 'plannedDays';
  return (isNumber ? Number(value) : value) as ProgramSetup[K];
}

/**
 * What a save of the program form writes: only the fields the client changed from what the form
 * showed (`shown`: the stored set-up, or the defaults before anything was stored), each checked.
 * A field left alone is never written back, so a second tab's older copy never undoes a change
 * made elsewhere; and a stored start date older than the typing rule allows still lets the hours
 * be saved. Before anything is stored the start date is always part of it (and required).
 */
export function programEdits(
  shown: ProgramSetup,
  entry: ProgramSetup,
  today: LocalDate,
): { changes: Partial<ProgramSetup>; errors: ProgramErrors } {
  const changes: Partial<ProgramSetup> = {};
  for (const field of PROGRAM_FIELDS) {
    const value = normal(field, entry[field]);
    // Nothing stored yet (no start date shown): the start date is asked for whatever else changed.
    const isNeeded = field === 'startDate' && !isLocalDate(shown.startDate);
    if (isNeeded || value !== normal(field, shown[field])) {
      Object.assign(changes, { [field]: value });
    }
  }
  const all = validateProgram({ ...shown, ...changes }, today);
  const errors: ProgramErrors = {};
  for (const field of PROGRAM_FIELDS) {
    if (field in changes && all[field]) errors[field] = all[field];
  }
  return { changes, errors };
}
