import { describe, expect, it } from 'vitest';
import { isWelcomeStep, resumeStep, startDateProblem, welcomeSteps } from './welcome';

describe('the welcome’s steps', () => {
  it('asks for the group only where the center publishes its program', () => {
    expect(welcomeSteps(true)).toEqual([
      'language',
      'lock',
      'program',
      'group',
      'person',
      'checkIn',
    ]);
    expect(welcomeSteps(false)).not.toContain('group');
  });

  it('resumes where it was left; a step no longer shown resumes at the next one', () => {
    const all = welcomeSteps(true);
    expect(resumeStep(all, undefined)).toBe('language');
    expect(resumeStep(all, 'person')).toBe('person');
    expect(resumeStep(welcomeSteps(false), 'group')).toBe('person');
  });

  it('knows its own steps and nothing else', () => {
    expect(isWelcomeStep('program')).toBe(true);
    expect(isWelcomeStep('done')).toBe(false);
    expect(isWelcomeStep(null)).toBe(false);
  });
});

describe('the program start date', () => {
  const today = '2026-11-28';
  it('takes today, a past date and a date in the future', () => {
    expect(startDateProblem(today, today)).toBeUndefined();
    expect(startDateProblem('2026-10-05', today)).toBeUndefined();
    expect(startDateProblem('2026-12-07', today)).toBeUndefined();
  });

  it('asks again for what is no date, a year or more ahead, or years back', () => {
    expect(startDateProblem('', today)).toBe('notADate');
    expect(startDateProblem('2026-02-30', today)).toBe('notADate');
    expect(startDateProblem('2062-11-28', today)).toBe('tooFarAhead');
    expect(startDateProblem('2020-01-01', today)).toBe('tooLongAgo');
  });
});
