import { describe, expect, it } from 'vitest';
import { URGE_PROMPTS, breathAt, isTool, timeLeft, urgePromptAt } from './tools';

describe('urge surfing', () => {
  const ten = 10 * 60 * 1000;
  it('steps through every prompt in equal shares and stays on the last', () => {
    const share = ten / URGE_PROMPTS.length;
    expect(urgePromptAt(0, ten)).toBe('notice');
    expect(urgePromptAt(share - 1, ten)).toBe('notice');
    expect(urgePromptAt(share, ten)).toBe('where');
    expect(urgePromptAt(ten - 1, ten)).toBe('kind');
    expect(urgePromptAt(ten * 2, ten)).toBe('kind');
    const seen = new Set(Array.from({ length: 100 }, (_, i) => urgePromptAt((i * ten) / 100, ten)));
    expect([...seen]).toEqual([...URGE_PROMPTS]);
  });

  it('counts the time left down to 0:00', () => {
    expect(timeLeft(0, ten)).toBe('10:00');
    expect(timeLeft(55_500, ten)).toBe('9:05');
    expect(timeLeft(ten + 5, ten)).toBe('0:00');
  });
});

describe('paced breathing', () => {
  it('breathes in for 4 counts and out for 6, then starts again', () => {
    expect(breathAt(0)).toEqual({ phase: 'in', count: 1, breaths: 0 });
    expect(breathAt(3_999)).toEqual({ phase: 'in', count: 4, breaths: 0 });
    expect(breathAt(4_000)).toEqual({ phase: 'out', count: 1, breaths: 0 });
    expect(breathAt(9_999)).toEqual({ phase: 'out', count: 6, breaths: 0 });
    expect(breathAt(10_000)).toEqual({ phase: 'in', count: 1, breaths: 1 });
  });
});

it('knows its tools', () => {
  expect(isTool('grounding')).toBe(true);
  expect(isTool('../settings')).toBe(false);
});
