import { createSubscriber } from 'svelte/reactivity';
import { wallClock } from '$lib/domain/dates';

/** The phone's timezone (check-ins and "today" follow the phone, like its clock does). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Los_Angeles';
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
