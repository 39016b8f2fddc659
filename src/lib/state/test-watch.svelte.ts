/* What the state tests share (test-only: no screen imports it). */
import { flushSync } from 'svelte';
import { expect, vi } from 'vitest';

/**
 * Reads `read()` inside a derivation and an effect (as a screen does), so the live queries behind
 * it run; returns what stops it.
 */
export function watching(read: () => unknown): () => void {
  const stop = $effect.root(() => {
    const shown = $derived(read());
    $effect(() => {
      void shown;
    });
  });
  flushSync();
  return stop;
}

/** Waits until the condition holds (live queries answer on their own time). */
export async function until(condition: () => boolean, timeout = 3000): Promise<void> {
  await vi.waitFor(() => expect(condition()).toBe(true), { timeout, interval: 10 });
}
