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
    let isShown = false;
    await revealWhenHeld(() => (isShown = true));
    expect(isShown).toBe(true);
  });

  it('waits for a hold (the welcome drawn) before showing', async () => {
    const { holdReveal, revealWhenHeld } = await freshReveal();
    let drawn = () => {};
    holdReveal(new Promise<void>((resolve) => (drawn = resolve)));
    let isShown = false;
    void revealWhenHeld(() => (isShown = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(isShown).toBe(false);
    drawn();
    await vi.advanceTimersByTimeAsync(0);
    expect(isShown).toBe(true);
  });

  it('a hold that fails shows the page too', async () => {
    const { holdReveal, revealWhenHeld } = await freshReveal();
    holdReveal(Promise.reject(new Error('chunk failed')));
    let isShown = false;
    await revealWhenHeld(() => (isShown = true));
    expect(isShown).toBe(true);
  });

  it('a hold that never ends hides the app no longer than MAX_REVEAL_HOLD_MS', async () => {
    const { MAX_REVEAL_HOLD_MS, holdReveal, revealWhenHeld } = await freshReveal();
    holdReveal(new Promise(() => {}));
    let isShown = false;
    void revealWhenHeld(() => (isShown = true));
    await vi.advanceTimersByTimeAsync(MAX_REVEAL_HOLD_MS - 10);
    expect(isShown).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    expect(isShown).toBe(true);
  });
});
