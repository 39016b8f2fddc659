import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

async function freshReveal() {
  vi.resetModules();
  return import('./reveal');
}

describe('revealing a held page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows at once without a hold', async () => {
    const { revealWhenHeld } = await freshReveal();
    let shown = 0;
    revealWhenHeld(() => (shown += 1));
    expect(shown).toBe(1);
  });

  it('waits for a hold (the welcome about to be drawn), then shows in the same task', async () => {
    const { holdReveal, revealWhenHeld } = await freshReveal();
    const release = holdReveal();
    let shown = 0;
    revealWhenHeld(() => (shown += 1));
    await vi.advanceTimersByTimeAsync(1000);
    expect(shown).toBe(0);
    release();
    expect(shown).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(shown).toBe(1);
  });

  it('waits for every hold', async () => {
    const { holdReveal, revealWhenHeld } = await freshReveal();
    const [first, second] = [holdReveal(), holdReveal()];
    let shown = 0;
    revealWhenHeld(() => (shown += 1));
    first();
    expect(shown).toBe(0);
    second();
    expect(shown).toBe(1);
  });

  it('a hold released before the app has drawn leaves nothing to wait for', async () => {
    const { holdReveal, revealWhenHeld } = await freshReveal();
    holdReveal()();
    let shown = 0;
    revealWhenHeld(() => (shown += 1));
    expect(shown).toBe(1);
  });

  it('a hold never released hides the app no longer than MAX_REVEAL_HOLD_MS', async () => {
    const { MAX_REVEAL_HOLD_MS, holdReveal, revealWhenHeld } = await freshReveal();
    holdReveal();
    let shown = 0;
    revealWhenHeld(() => (shown += 1));
    await vi.advanceTimersByTimeAsync(MAX_REVEAL_HOLD_MS - 10);
    expect(shown).toBe(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(shown).toBe(1);
  });
});
