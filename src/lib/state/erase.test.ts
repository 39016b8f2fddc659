import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eraseEverything, removeServiceWorkers } from './erase';

const { held, deleteDatabase } = vi.hoisted(() => ({
  // pwa.stop(): the registration on its way, answered when the test says.
  held: { settle: () => {}, stop: () => Promise.resolve() },
  deleteDatabase: vi.fn(async () => {}),
}));
vi.mock('$lib/db/database', () => ({ deleteDatabase, refuseToReopen: () => {} }));
vi.mock('$lib/utils/broadcast', () => ({ broadcast: () => {} }));
vi.mock('./lock.svelte', () => ({ lock: { hasPasskey: false } }));
vi.mock('./pwa.svelte', () => ({ pwa: { stop: () => held.stop() } }));

// The wipe's service worker step, with the browser's answers played by hand: WebKit answers
// unregister() only once an install in progress has finished, which on a busy machine kept
// "Delete all my data" on "Deleting…" (a CI run, 20 s). The wipe must finish regardless.

type Worker = { state: string; addEventListener: () => void; removeEventListener: () => void };

function registration(unregister: () => Promise<boolean>, installing?: Worker) {
  return { unregister, installing: installing ?? null };
}

const installingWorker = (): Worker => ({
  state: 'installing',
  addEventListener: () => {},
  removeEventListener: () => {},
});

let registrations: ReturnType<typeof registration>[] = [];
const deleted: string[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  registrations = [];
  deleted.length = 0;
  vi.stubGlobal('navigator', {
    serviceWorker: { getRegistrations: async () => registrations },
  });
  vi.stubGlobal('caches', {
    keys: async () => ['workbox-precache'],
    delete: async (name: string) => deleted.push(name),
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('removeServiceWorkers (Delete all my data)', () => {
  it('finishes within 8 s when the browser holds unregister() behind an install that never ends', async () => {
    registrations = [registration(() => new Promise(() => {}), installingWorker())];
    let isDone = false;
    void removeServiceWorkers().then(() => (isDone = true));
    await vi.advanceTimersByTimeAsync(7_900);
    expect(isDone).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(isDone).toBe(true);
  });

  it('deletes the caches again once a late unregister() is answered', async () => {
    let answer = (_: boolean) => {};
    registrations = [registration(() => new Promise((resolve) => (answer = resolve)))];
    const removing = removeServiceWorkers();
    await vi.advanceTimersByTimeAsync(8_100);
    await removing;
    expect(deleted).toEqual([]);
    answer(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(deleted).toEqual(['workbox-precache']);
  });

  it('goes on at once when the browser answers, until no registration is left', async () => {
    const second = registration(async () => {
      registrations = [];
      return true;
    });
    // A registration completing meanwhile shows up in the next round, and goes too.
    registrations = [
      registration(async () => {
        registrations = [second];
        return true;
      }),
    ];
    let isDone = false;
    void removeServiceWorkers().then(() => (isDone = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone).toBe(true);
    expect(registrations).toEqual([]);
  });
});

describe('eraseEverything (Delete all my data)', () => {
  beforeEach(() => {
    deleteDatabase.mockClear();
    const storage = { clear: () => {} };
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('sessionStorage', storage);
    vi.stubGlobal('fetch', async () => new Response(null, { status: 404 }));
  });

  it('deletes the records at once while register() is held back, and ends within 8 s', async () => {
    held.stop = () => new Promise<void>((settle) => (held.settle = settle));
    let isDone = false;
    void eraseEverything().then(() => (isDone = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(deleteDatabase).toHaveBeenCalledTimes(1);
    expect(isDone).toBe(false);
    await vi.advanceTimersByTimeAsync(8_200);
    expect(isDone).toBe(true);
  });

  it('unregisters a registration that completes after the wipe, and deletes its caches', async () => {
    held.stop = () => new Promise<void>((settle) => (held.settle = settle));
    const wipe = eraseEverything();
    await vi.advanceTimersByTimeAsync(8_200);
    await wipe;
    deleted.length = 0;
    const unregister = vi.fn(async () => true);
    registrations = [registration(unregister)];
    held.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(unregister).toHaveBeenCalled();
    expect(deleted).toEqual(['workbox-precache']);
  });
});
