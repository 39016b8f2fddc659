import { LockedError } from '$lib/db/codec';
import {
  setSetting,
  watchSettings,
  type SettingKey,
  type Settings,
  type SettingsMap,
} from '$lib/db/settings';
import { classifyWriteError, recoverFromWriteError } from '$lib/db/errors';
import type { FailureKey } from '$lib/i18n/en';
import { failed, type Failure } from './failure';
import { lock } from './lock.svelte';
import { SharedLive } from './shared.svelte';

/**
 * The client's settings, for every screen: one live query over the settings table (however many
 * keys a screen reads), typed reads per key, and writes that keep their own failure per key.
 *
 * The query is db/live.ts's `watch`, so it starts over when the page comes back from the
 * back/forward cache, and waits, without creating anything, on a phone with no database yet.
 * While the app is locked the settings are sealed: `isLocked` says so, nothing is read, and the
 * copy read before is dropped with the key (see SharedLive).
 */
export class SettingsState {
  #live = new SharedLive<Settings>(watchSettings, () => ({}));
  #failures = $state<Partial<Record<SettingKey, Failure>>>({});
  /** The stored settings are still on their way (the loading rule: see live.svelte.ts). */
  get isLoading(): boolean {
    return this.#live.isLoading;
  }

  /** The settings are sealed under the app lock and cannot be read now. */
  get isLocked(): boolean {
    return lock.isLocked || this.#live.error instanceof LockedError;
  }

  /** A setting's stored value; undefined while loading, locked, or never set. */
  get<K extends SettingKey>(key: K): SettingsMap[K] | undefined {
    return this.#live.current[key];
  }

  /** The last write of this key that failed (cleared by the next that succeeds). */
  failure(key: SettingKey): Failure | undefined {
    return this.#failures[key];
  }

  /**
   * Stores a setting; true once stored. A failure is kept as `failure(key)` (said with
   * `message`, which has a `{message}` placeholder) and nothing else changes.
   */
  async set<K extends SettingKey>(
    key: K,
    value: SettingsMap[K],
    message: FailureKey = 'write.failed',
  ): Promise<boolean> {
    try {
      await setSetting(key, value);
      if (this.#failures[key]) delete this.#failures[key];
      return true;
    } catch (error) {
      // A closed connection reopens on the next use, so the message's "try again" is true.
      recoverFromWriteError(classifyWriteError(error));
      this.#failures[key] = failed(error, message);
      return false;
    }
  }
}

/** The app's one settings state: every screen reads the same query. */
export const settings = new SettingsState();
