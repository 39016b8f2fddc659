import { describe, expect, it } from 'vitest';
import {
  isUnusualHours,
  programEdits,
  startDateProblem,
  validateProgram,
  type ProgramSetup,
} from './program-setup';

const setup: ProgramSetup = {
  startDate: '2026-11-02',
  levelOfCare: 'iop',
  weeklyHoursTarget: 9,
  plannedDays: 90,
  timezone: 'America/Los_Angeles',
};

describe('validateProgram', () => {
  it('accepts a usual IOP set-up', () => {
    expect(validateProgram(setup)).toEqual({});
  });
  it('refuses impossible values field by field', () => {
    expect(
      validateProgram({
        ...setup,
        startDate: '2026-02-30',
        weeklyHoursTarget: 0,
        plannedDays: 9.5,
        timezone: 'Nowhere/City',
      }),
    ).toEqual({
      startDate: 'program.error.startDate',
      weeklyHoursTarget: 'program.error.hours',
      plannedDays: 'program.error.days',
      timezone: 'program.error.timezone',
    });
    expect(validateProgram({ ...setup, weeklyHoursTarget: Number.NaN })).toHaveProperty(
      'weeklyHoursTarget',
    );
  });
  it('warns (but allows) hours outside 6-30 a week', () => {
    expect([5, 6, 30, 31].map(isUnusualHours)).toEqual([true, false, false, true]);
    // Hours that cannot be saved get the error alone, not also "saved as you entered it".
    expect([-5, 0, 61, NaN].map(isUnusualHours)).toEqual([false, false, false, false]);
    expect(validateProgram({ ...setup, weeklyHoursTarget: 40 })).toEqual({});
  });
});

describe('the program start date', () => {
  const today = '2026-11-28';
  it('takes today, a past date and a date in the future', () => {
    expect(startDateProblem(today, today)).toBeUndefined();
    expect(startDateProblem('2026-10-05', today)).toBeUndefined();
    expect(startDateProblem('2026-12-07', today)).toBeUndefined();
    // The edges: a year (366 days) ahead, three times that back.
    expect(startDateProblem('2027-11-29', today)).toBeUndefined();
    expect(startDateProblem('2023-11-26', today)).toBeUndefined();
  });

  it('asks again for what is no date, a year or more ahead, or years back', () => {
    expect(startDateProblem('', today)).toBe('notADate');
    expect(startDateProblem('2026-02-30', today)).toBe('notADate');
    expect(startDateProblem('2027-11-30', today)).toBe('tooFarAhead');
    expect(startDateProblem('2062-11-28', today)).toBe('tooFarAhead');
    expect(startDateProblem('2023-11-25', today)).toBe('tooLongAgo');
    expect(startDateProblem('1900-01-01', today)).toBe('tooLongAgo');
  });

  it('is the rule of the program form when the date is typed today', () => {
    expect(validateProgram({ ...setup, startDate: '1900-01-01' }, today)).toEqual({
      startDate: 'program.error.tooLongAgo',
    });
    expect(validateProgram({ ...setup, startDate: '2062-11-28' }, today)).toEqual({
      startDate: 'program.error.tooFarAhead',
    });
    // A stored value (a backup restored years later) needs only to be a date.
    expect(validateProgram({ ...setup, startDate: '2019-01-07' })).toEqual({});
  });
});

describe('programEdits', () => {
  const today = '2026-11-28';
  it('writes only the fields the client changed', () => {
    expect(programEdits(setup, setup, today)).toEqual({ changes: {}, errors: {} });
    const entry = { ...setup, weeklyHoursTarget: '12' as unknown as number };
    expect(programEdits(setup, entry, today)).toEqual({
      changes: { weeklyHoursTarget: 12 },
      errors: {},
    });
    // A number input that gives the same number back as a string has not changed.
    const same = { ...setup, plannedDays: '90' as unknown as number };
    expect(programEdits(setup, same, today).changes).toEqual({});
  });

  it('checks the changed fields alone', () => {
    // Started more than three years ago: the hours can still be saved.
    const old = { ...setup, startDate: '2022-01-03' };
    expect(programEdits(old, { ...old, weeklyHoursTarget: 12 }, today)).toEqual({
      changes: { weeklyHoursTarget: 12 },
      errors: {},
    });
    // The start date typed now follows the welcome's rule.
    expect(programEdits(setup, { ...setup, startDate: '1900-01-01' }, today).errors).toEqual({
      startDate: 'program.error.tooLongAgo',
    });
    expect(programEdits(setup, { ...setup, plannedDays: 0 }, today).errors).toEqual({
      plannedDays: 'program.error.days',
    });
  });

  it('asks for the start date while none is stored', () => {
    const defaults = { ...setup, startDate: '' };
    expect(programEdits(defaults, { ...defaults, weeklyHoursTarget: 12 }, today)).toEqual({
      changes: { startDate: '', weeklyHoursTarget: 12 },
      errors: { startDate: 'program.error.startDate' },
    });
    expect(programEdits(defaults, { ...defaults, startDate: today }, today)).toEqual({
      changes: { startDate: today },
      errors: {},
    });
  });
});
