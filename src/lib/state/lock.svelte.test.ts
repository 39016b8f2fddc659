import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { plainCodec, useCodec } from '$lib/db/codec';
import { allCheckIns, saveCheckIn, watchAllCheckIns } from '$lib/db/checkIns';
import { deleteDatabase } from '$lib/db/database';
import { LOCK_CHANNEL, type LockMessage } from '$lib/db/lock-id';
import type { CheckIn } from '$lib/domain/types';
import { enableLock, lockEverywhere } from './lock-settings';
import { lock } from './lock.svelte';
import { SharedLive } from './shared.svelte';
import { until as untilState, watching as watchingState } from './test-watch.svelte';
import { noteCheckIn } from '$lib/test-builders';

const SECRET = 'correct horse battery';

const checkIn = noteCheckIn('a', 'a private note');

/** The page's localStorage (Node has none): the lock's flag and its count of wrong tries. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

/** Reads the query as a screen does, so it runs; returns what stops it. */
const watching = (shared: SharedLive<CheckIn[]>) =>
  watchingState(() => [shared.current, shared.isLoading, lock.isLocked]);
const until = (condition: () => boolean) => untilState(condition, 5000);

/** What watch() listens to on a page (Node's global scope is no event target). */
function stubPage(): void {
  vi.stubGlobal('navigator', { storage: { persist: async () => true } });
  vi.stubGlobal('localStorage', memoryStorage());
  vi.stubGlobal('document', {
    documentElement: {},
    visibilityState: 'visible',
    addEventListener: () => {},
    removeEventListener: () => {},
  });
  vi.stubGlobal('addEventListener', () => {});
  vi.stubGlobal('removeEventListener', () => {});
}

beforeEach(stubPage);
afterEach(async () => {
  lock.isEnabled = false;
  lock.isLocked = false;
  lock.hasPasskey = false;
  useCodec(plainCodec);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await deleteDatabase();
});

describe('the lock (state)', { timeout: 60_000 }, () => {
  it('locking drops what was read; the right secret reads it afresh, a wrong one opens nothing', async () => {
    await saveCheckIn(checkIn);
    await enableLock(SECRET);
    expect(lock.isEnabled).toBe(true);
    expect(localStorage.getItem('lockEnabled')).toBe('1');

    const shared = new SharedLive(watchAllCheckIns, () => [] as CheckIn[]);
    let stop = watching(shared);
    await until(() => shared.current.length === 1);
    expect(shared.current[0]?.note).toBe('a private note');
    stop();

    lock.lock();
    expect(lock.isLocked).toBe(true);
    // Nothing read before the lock is kept: the shared answer is the empty start again, and the
    // records cannot be read past it either (the key went with the lock).
    stop = watching(shared);
    expect(shared.current).toEqual([]);
    expect(shared.isLoading).toBe(true);
    await expect(allCheckIns()).rejects.toThrow();

    expect(await lock.unlock('not the secret')).toBe('wrong');
    expect(lock.isLocked).toBe(true);
    flushSync();
    expect(shared.current).toEqual([]);
    stop();

    expect(await lock.unlock(SECRET)).toBe('ok');
    expect(lock.isLocked).toBe(false);
    stop = watching(shared);
    await until(() => shared.current.length === 1);
    expect(shared.current[0]?.note).toBe('a private note');
    stop();
  });

  it('slows down after wrong tries, tries nothing while it waits, and a right one clears the count', async () => {
    await enableLock(SECRET);
    lock.lock();
    const start = Date.now();
    let now = start;
    vi.spyOn(Date, 'now').mockImplementation(() => now);

    expect(await lock.unlock('wrong 1')).toBe('wrong');
    expect(await lock.unlock('wrong 2')).toBe('wrong');
    // The third wrong try starts a wait (backoffSeconds: 5 s after three).
    expect(await lock.unlock('wrong 3')).toEqual({ waitSeconds: 5 });
    // While it runs, even the right secret is not tried.
    now = start + 2000;
    expect(await lock.unlock(SECRET)).toEqual({ waitSeconds: 3 });
    expect(lock.isLocked).toBe(true);

    now = start + 5000;
    expect(await lock.unlock(SECRET)).toBe('ok');
    expect(lock.isLocked).toBe(false);
    // The count started over: one wrong try is only wrong again, no wait.
    lock.lock();
    expect(await lock.unlock('wrong again')).toBe('wrong');
    expect(await lock.unlock(SECRET)).toBe('ok');
  });

  it('"Lock now" in one tab locks the others, and hears another tab\'s', async () => {
    await enableLock(SECRET);
    lock.lock();
    expect(await lock.unlock(SECRET)).toBe('ok');
    const stopWatching = lock.watch();
    // Another tab of the app: its own end of the lock's channel.
    const otherTab = new BroadcastChannel(LOCK_CHANNEL);
    try {
      const heard: LockMessage[] = [];
      otherTab.onmessage = (event: MessageEvent<LockMessage>) => heard.push(event.data);

      lockEverywhere();
      expect(lock.isLocked).toBe(true);
      await until(() => heard.includes('lock'));

      expect(await lock.unlock(SECRET)).toBe('ok');
      otherTab.postMessage('lock' satisfies LockMessage);
      await until(() => lock.isLocked);
    } finally {
      otherTab.close();
      stopWatching();
    }
  });
});
