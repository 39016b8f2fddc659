import { describe, expect, it } from 'vitest';
import { isWelcomeStep, resumeStep, welcomeSteps } from './welcome';

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
