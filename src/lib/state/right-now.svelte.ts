import type { RightNowMarks } from '$lib/domain/plan/right-now';
import { settings } from './settings.svelte';

/**
 * The presses of "I'm struggling" and "I'm OK now": shown at once from memory, and stored as the
 * `rightNow` setting so the moment survives a reload. Stored and pressed marks merge by time
 * (each is the last press of its kind), so neither can undo a newer one.
 */
export class RightNowMarksState {
  #pressed = $state<RightNowMarks>({});

  get isLoading(): boolean {
    return settings.isLoading;
  }

  get marks(): RightNowMarks {
    const stored = settings.get('rightNow') ?? {};
    const latest = (a?: number, b?: number) =>
      a === undefined ? b : b === undefined ? a : Math.max(a, b);
    const struggledAt = latest(stored.struggledAt, this.#pressed.struggledAt);
    const okAt = latest(stored.okAt, this.#pressed.okAt);
    return {
      ...(struggledAt !== undefined ? { struggledAt } : {}),
      ...(okAt !== undefined ? { okAt } : {}),
    };
  }

  /** A press: on screen now; a failed write keeps it on screen until the app is reloaded. */
  async press(mark: keyof RightNowMarks): Promise<void> {
    this.#pressed = { ...this.#pressed, [mark]: Date.now() };
    await settings.set('rightNow', this.marks);
  }
}
