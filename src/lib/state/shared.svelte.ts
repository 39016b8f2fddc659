import type { Observable } from '$lib/db/live';
import { Live } from './live.svelte';
import { lock } from './lock.svelte';

/**
 * A live query shared by every screen that reads it: one query however many read, and one
 * answer, so a screen opened next shows what is known at once. It outlives those screens, so
 * what it read is dropped when the app locks (it goes with the key) and read afresh once
 * unlocked. Reads follow the loading rule of live.svelte.ts.
 */
export class SharedLive<T> {
  #live: Live<T> | undefined;
  #observable: () => Observable<T>;
  #initial: () => T;

  constructor(observable: () => Observable<T>, initial: () => T) {
    this.#observable = observable;
    this.#initial = initial;
  }

  /** The query; none while locked. */
  get #source(): Live<T> | undefined {
    if (lock.isLocked) return (this.#live = undefined);
    return (this.#live ??= new Live(this.#observable, this.#initial()));
  }

  get current(): T {
    const source = this.#source;
    return source ? source.current : this.#initial();
  }

  get isLoading(): boolean {
    return this.#source?.isLoading ?? true;
  }

  get error(): unknown {
    return this.#source?.error;
  }
}
