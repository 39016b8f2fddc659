import { describe, expect, it } from 'vitest';
import { isReminderDue, msUntilReminder } from './reminder';

describe('isReminderDue', () => {
  it('is due once the time has passed and there is no check-in today', () => {
    expect(isReminderDue('19:00', { hour: 19, minute: 0 }, false)).toBe(true);
    expect(isReminderDue('19:00', { hour: 22, minute: 15 }, false)).toBe(true);
  });
  it('stays quiet before the time, after a check-in, or when off', () => {
    expect(isReminderDue('19:00', { hour: 18, minute: 59 }, false)).toBe(false);
    expect(isReminderDue('19:00', { hour: 20, minute: 0 }, true)).toBe(false);
    expect(isReminderDue(null, { hour: 20, minute: 0 }, false)).toBe(false);
    expect(isReminderDue('7pm', { hour: 20, minute: 0 }, false)).toBe(false);
  });
});

describe('msUntilReminder', () => {
  it('counts down to a time later today', () => {
    expect(msUntilReminder('19:00', { hour: 18, minute: 30 }, 15)).toBe(29 * 60_000 + 45_000);
  });
  it('is null once the time has passed or with no reminder', () => {
    expect(msUntilReminder('19:00', { hour: 19, minute: 0 })).toBeNull();
    expect(msUntilReminder(null, { hour: 1, minute: 0 })).toBeNull();
  });
});
