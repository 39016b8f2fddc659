import { browser } from '$app/environment';
import { mayHaveRecords } from '$lib/db/database';
import type { Observable } from '$lib/db/live';
import { createSubscriber } from 'svelte/reactivity';

/**
 * Bridges a Dexie liveQuery into Svelte 5: `.current` is reactive, the query runs only while
 * something on screen reads it, and it re-runs whenever the tables it read change.
 *
 * The loading rule, for every screen: `.current` answers its starting value (an empty list,
 * undefined) until the first answer arrives. A screen that says something about absence ("not
 * checked in yet", "no sessions", "add your start date") says it only once `isLoading` is false;
 * until then it shows nothing there (or what does not depend on the records). A returning client
 * so never sees an empty-state flash. On a first visit (no records may exist) and in prerendering,
 * `isLoading` starts false: the empty state is the answer, drawn at once.
 */
export class Live<T> {
  // Raw: each emission replaces the value whole, and records stay plain objects.
  #value = $state.raw<T>() as T;
  #error = $state<unknown>();
  // Prerendering and a first visit start from the initial value (a new client's empty state), so
  // the prerendered screen is already right; a phone that may hold records waits for them.
  #isLoading = $state(browser && mayHaveRecords());
  #subscribe: () => void;

  constructor(observable: () => Observable<T>, initial: T) {
    this.#value = initial;
    this.#subscribe = createSubscriber((update) => {
      const subscription = observable().subscribe({
        next: (value) => {
          this.#value = value;
          this.#error = undefined;
          this.#isLoading = false;
          update();
        },
        error: (error: unknown) => {
          this.#error = error;
          this.#isLoading = false;
          update();
        },
        // No database yet: the initial value is the answer (screens start from their empty state).
        empty: () => {
          this.#isLoading = false;
          update();
        },
      });
      return () => subscription.unsubscribe();
    });
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }

  get error(): unknown {
    this.#subscribe();
    return this.#error;
  }

  /** The first answer has not arrived: `.current` is still the starting value (see above). */
  get isLoading(): boolean {
    this.#subscribe();
    return this.#isLoading;
  }
}
