import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainCodec, useCodec } from '$lib/db/codec';
import { deleteDatabase, withDb } from '$lib/db/database';
import { setUnlocked } from '$lib/db/lock';
import { enableLock, unlockKey } from '$lib/db/lock-keys';
import { locale } from '$lib/i18n/locale.svelte';
import { getSetting, setSetting } from '$lib/db/settings';
import { say } from '$lib/i18n/format';
import { lock } from './lock.svelte';
import { Edited } from './edited.svelte';
import { SettingsState } from './settings.svelte';
import { until, watching as watchingState } from './test-watch.svelte';

/** Reads the state as a screen does, so its query runs; returns what stops it. */
const watching = (state: SettingsState) =>
  watchingState(() => [state.get('reminderTime'), state.isLoading, state.isLocked]);

beforeEach(() => {
  vi.stubGlobal('navigator', { storage: { persist: async () => true } });
  // What a language switch touches beyond the messages.
  vi.stubGlobal('document', { documentElement: {} });
});
afterEach(async () => {
  lock.isLocked = false;
  useCodec(plainCodec);
  await locale.set('en');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await deleteDatabase();
});

describe('SettingsState', () => {
  it('reads every key from one query and follows writes made anywhere', async () => {
    await setSetting('reminderTime', '19:30');
    await setSetting('plannedDays', 30);
    const state = new SettingsState();
    const stop = watching(state);
    await until(() => state.get('reminderTime') === '19:30');
    expect(state.isLoading).toBe(false);
    expect(state.get('plannedDays')).toBe(30);
    expect(state.get('sobrietyDate')).toBeUndefined();

    await setSetting('sobrietyDate', '2026-11-01');
    await until(() => state.get('sobrietyDate') === '2026-11-01');

    expect(await state.set('reminderTime', null)).toBe(true);
    await until(() => state.get('reminderTime') === null);
    expect(await getSetting('reminderTime')).toBeNull();
    stop();
  });

  it('a field keeps what the client typed before the stored value arrived', async () => {
    await setSetting('reminderTime', '08:00');
    const state = new SettingsState();
    // The reminder form's field, as ReminderSettings builds it.
    const time = new Edited(() => state.get('reminderTime') ?? '');
    const stop = watching(state);
    // A returning visit: the field is on screen, empty, before the query answers.
    expect(state.isLoading).toBe(true);
    expect(time.value).toBe('');
    time.value = '21:30';
    await until(() => state.get('reminderTime') === '08:00');
    expect(time.value).toBe('21:30');
    expect(time.isEdited).toBe(true);

    // Saved, it follows the store again: a change made elsewhere shows.
    expect(await state.set('reminderTime', time.value)).toBe(true);
    time.reset();
    await setSetting('reminderTime', '07:15');
    await until(() => time.value === '07:15');
    expect(time.isEdited).toBe(false);
    stop();
  });

  it('keeps a failed write as a message key, said in the language of the moment', async () => {
    await setSetting('reminderTime', '08:00');
    const state = new SettingsState();
    const stop = watching(state);
    await until(() => state.get('reminderTime') === '08:00');
    const full = Object.assign(new Error('QUOTA'), {
      name: 'QuotaExceededError',
    });
    await withDb(async (database) => {
      vi.spyOn(database.settings, 'put').mockRejectedValue(full);
    });

    expect(await state.set('reminderTime', '21:00', 'attendance.error.saveFailed')).toBe(false);
    const failure = state.failure('reminderTime');
    // A full disk is said in our words, not the browser's English "QUOTA".
    expect(failure).toEqual({
      key: 'attendance.error.saveFailed',
      params: { message: { key: 'write.full' } },
    });
    expect(say(failure!)).toBe(
      'Not saved: this phone is out of storage space; free up some space first. Please try again.',
    );
    // Switched after the failure, the same failure (its cause too) is said in the new language.
    await locale.set('es');
    expect(say(failure!)).toMatch(/^No se guardó: este teléfono no tiene espacio libre; libere/);
    await locale.set('en');
    // Nothing changed: the stored value, and the other keys' failures.
    expect(await getSetting('reminderTime')).toBe('08:00');
    expect(state.get('reminderTime')).toBe('08:00');
    expect(state.failure('plannedDays')).toBeUndefined();

    vi.restoreAllMocks();
    expect(await state.set('reminderTime', '21:00')).toBe(true);
    expect(state.failure('reminderTime')).toBeUndefined();
    stop();
  });

  it('a write refused by a lock changed elsewhere is said in our own words', async () => {
    const state = new SettingsState();
    await withDb(async (database) => {
      vi.spyOn(database.settings, 'put').mockRejectedValue(
        Object.assign(new Error('changed'), { name: 'LockChangedError' }),
      );
    });
    expect(await state.set('plannedDays', 40)).toBe(false);
    expect(state.failure('plannedDays')).toEqual({
      key: 'write.failed',
      params: { message: { key: 'lock.error.changed' } },
    });
  });

  it(
    'while the lock seals the settings it says so, and reads them once unlocked',
    { timeout: 30_000 },
    async () => {
      await enableLock('correct horse battery');
      await setSetting('programStartDate', '2026-10-01');
      setUnlocked(undefined);

      const state = new SettingsState();
      let stop = watching(state);
      await until(() => state.isLocked);
      expect(state.get('programStartDate')).toBeUndefined();
      expect(await state.set('programStartDate', '2026-10-02')).toBe(false);
      stop();

      // Unlocked, the screens come back: the query runs again and opens the sealed rows.
      setUnlocked(await unlockKey('correct horse battery'));
      stop = watching(state);
      await until(() => state.get('programStartDate') === '2026-10-01');
      expect(state.isLocked).toBe(false);
      stop();
    },
  );
});
