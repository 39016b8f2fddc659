import { createSubscriber } from 'svelte/reactivity';
import { wallClock } from '$lib/domain/dates';

let zone: { name: string; readAt: number } | undefined;

/**
 * The phone's timezone (check-ins and "today" follow the phone, like its clock does). Read again
 * at most once a minute, like the clock ticks: building the formatter that tells it costs a slow
 * phone milliseconds each time, and every screen asks for "today" many times as it draws.
 */
export function deviceTimeZone(): string {
  const now = Date.now();
  if (!zone || now - zone.readAt >= 60_000 || now < zone.readAt) {
    zone = {
      name: Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Los_Angeles',
      readAt: now,
    };
  }
  return zone.name;
}

/** Current time that screens can read reactively; ticks once a minute while read. */
class Clock {
  #now = Date.now();
  #subscribe = createSubscriber((update) => {
    this.#now = Date.now();
    const timer = setInterval(() => {
      this.#now = Date.now();
      update();
    }, 60_000);
    return () => clearInterval(timer);
  });

  get now(): number {
    this.#subscribe();
    return this.#now;
  }

  get local() {
    return wallClock(this.now, deviceTimeZone());
  }
}

export const clock = new Clock();
