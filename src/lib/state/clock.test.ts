import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceTimeZone } from './clock.svelte';

const originalZone = process.env.TZ;

describe('deviceTimeZone', () => {
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = originalZone;
  });

  it('follows the phone to a new timezone within a minute, and reuses it meanwhile', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-28T20:00:00Z') });
    process.env.TZ = 'America/Los_Angeles';
    expect(deviceTimeZone()).toBe('America/Los_Angeles');
    const built = vi.spyOn(Intl, 'DateTimeFormat');

    process.env.TZ = 'America/New_York';
    vi.advanceTimersByTime(59_000);
    expect(deviceTimeZone()).toBe('America/Los_Angeles');
    expect(built).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1_000);
    expect(deviceTimeZone()).toBe('America/New_York');
  });
});
