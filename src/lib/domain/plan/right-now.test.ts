import { describe, expect, it } from 'vitest';
import { isHardCheckIn, isRightNow, kindWordFor, reasonFor, WHOLE_REASON_CHARS } from './right-now';

const at = (minutes: number) => Date.UTC(2026, 10, 28, 7) + minutes * 60_000;

describe('the Right now moment', () => {
  it('comes with a strong craving or a use, not a milder check-in', () => {
    expect(isHardCheckIn({ craving: 7 })).toBe(true);
    expect(isHardCheckIn({ craving: 6 })).toBe(false);
    expect(isHardCheckIn({ craving: 0, used: 'yes' })).toBe(true);
    expect(isHardCheckIn({ craving: 2, used: 'no' })).toBe(false);
    expect(isRightNow({ craving: 8, at: at(0), createdAt: at(0) }, {})).toBe(true);
    expect(isRightNow({ craving: 6, at: at(0), createdAt: at(0) }, {})).toBe(false);
    expect(isRightNow(undefined, {})).toBe(false);
  });

  it('stays (even the next day) until "I\'m OK now" or a later, milder check-in', () => {
    const hard = { craving: 9, at: at(0), createdAt: at(0) };
    expect(isRightNow(hard, { okAt: at(-5) })).toBe(true);
    expect(isRightNow(hard, { okAt: at(24 * 60) - 1 })).toBe(false);
    expect(isRightNow(hard, { okAt: at(1) })).toBe(false);
    // A later check-in decides: milder ends it, strong again brings it back after "I'm OK now".
    expect(isRightNow({ craving: 3, at: at(10), createdAt: at(10) }, { struggledAt: at(5) })).toBe(
      false,
    );
    expect(isRightNow({ craving: 8, at: at(10), createdAt: at(10) }, { okAt: at(5) })).toBe(true);
  });

  it('"I\'m struggling" brings it at once, until "I\'m OK now" or a later check-in', () => {
    expect(isRightNow(undefined, { struggledAt: at(0) })).toBe(true);
    expect(
      isRightNow({ craving: 1, at: at(-60), createdAt: at(-60) }, { struggledAt: at(0) }),
    ).toBe(true);
    expect(isRightNow(undefined, { struggledAt: at(0), okAt: at(3) })).toBe(false);
    // Pressed again after "I'm OK now".
    expect(isRightNow(undefined, { struggledAt: at(5), okAt: at(3) })).toBe(true);
    expect(isRightNow({ craving: 1, at: at(10), createdAt: at(10) }, { struggledAt: at(5) })).toBe(
      false,
    );
  });

  it('an edit of an older hard check-in, or a day filled in later, brings no Right now', () => {
    // Written at 0, "I'm OK now" at 5, then the note edited at 10: still OK.
    expect(isRightNow({ craving: 9, at: at(0), createdAt: at(0) }, { okAt: at(5) })).toBe(false);
    // A craving of 9 three weeks ago, written down today: a record of then, not now.
    const weeksAgo = { craving: 9, at: at(-21 * 24 * 60), createdAt: at(0) };
    expect(isRightNow(weeksAgo, {})).toBe(false);
    // Written a few hours after the moment (the evening's check-in, filled in at bedtime): now.
    expect(isRightNow({ craving: 9, at: at(-4 * 60), createdAt: at(0) }, {})).toBe(true);
  });

  it('shows a short reason whole, its lines together, whatever the day', () => {
    const maya = 'My daughter Maya\n  I want to be there for her birthday  ';
    expect(reasonFor(maya, 0)).toBe('My daughter Maya\nI want to be there for her birthday');
    expect(reasonFor(maya, 1)).toBe('My daughter Maya\nI want to be there for her birthday');
    // A blank line between short ones: still short, so all of it (without the empty line).
    expect(reasonFor('My daughter Sofia\n\nWaking up clear', 4)).toBe(
      'My daughter Sofia\nWaking up clear',
    );
    expect(reasonFor('   \n', 3)).toBeUndefined();
    expect(reasonFor('', 3)).toBeUndefined();
  });

  it('picks one whole paragraph of a long reason, a different one each day', () => {
    const first = 'My daughter Maya.\nI want to be there for her birthday, and every one after it.';
    const second = 'Waking up clear,\nwithout the fog,\nand remembering the night before.';
    const third = 'My job at the garage: they held it for me while I was in treatment.';
    const reasons = `${first}\n\n  ${second}\r\n\r\n\n${third}\n`;
    expect(reasons.length).toBeGreaterThan(WHOLE_REASON_CHARS);
    expect(reasonFor(reasons, 0)).toBe(first);
    expect(reasonFor(reasons, 1)).toBe(
      'Waking up clear,\nwithout the fog,\nand remembering the night before.',
    );
    expect(reasonFor(reasons, 2)).toBe(third);
    expect(reasonFor(reasons, 3)).toBe(first);
    expect(reasonFor(reasons, -1)).toBe(third);
  });

  it('keeps a long reason with no blank line whole (the panel shows its first lines)', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Reason number ${i + 1} of mine`);
    expect(reasonFor(lines.join('\n'), 2)).toBe(lines.join('\n'));
  });

  it('ends a check-in with a word that fits it', () => {
    expect(kindWordFor({ mood: 4, craving: 2, used: 'yes' })).toBe('slip');
    expect(kindWordFor({ mood: 4, craving: 8 })).toBe('strong');
    expect(kindWordFor({ mood: 1, craving: 2 })).toBe('hard');
    expect(kindWordFor({ mood: 3, craving: 5 })).toBe('some');
    expect(kindWordFor({ mood: 5, craving: 0, used: 'no' })).toBe('steady');
  });
});
