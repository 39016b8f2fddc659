import { describe, expect, it } from 'vitest';
import { isUnusualHours, validateProgram, type ProgramSetup } from './program-setup';

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
