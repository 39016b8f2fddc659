/**
 * A form field over a stored value: it shows the stored value, and follows it, until the client
 * edits; from then on it keeps what they typed, even when the stored value arrives after them (a
 * returning visit's query answers some 100 ms after the field is shown). `reset()` hands it back
 * to the store, once what was typed is saved or given up.
 */
export class Edited<T> {
  #stored: () => T;
  // Boxed, so an edit back to the stored value still counts as the client's own.
  #edit = $state<{ value: T }>();

  constructor(stored: () => T) {
    this.#stored = stored;
  }

  get value(): T {
    return this.#edit ? this.#edit.value : this.#stored();
  }

  set value(value: T) {
    this.#edit = { value };
  }

  /** The client has changed the field since it last followed the store. */
  get isEdited(): boolean {
    return this.#edit !== undefined;
  }

  /** Follows the stored value again. */
  reset(): void {
    this.#edit = undefined;
  }
}
