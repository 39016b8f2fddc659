import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_HOLD_MS } from './pwa.svelte';

// The registration itself, seen from outside: which Workbox was made, and when.
const made = vi.hoisted(() => ({
  count: 0,
  listeners: new Map<string, (event: { isUpdate?: boolean }) => void>(),
}));
vi.mock('workbox-window', () => ({
  Workbox: class {
    constructor() {
      made.count += 1;
    }
    addEventListener(type: string, listener: (event: { isUpdate?: boolean }) => void) {
      made.listeners.set(type, listener);
    }
    register() {
      return Promise.resolve();
    }
  },
}));

/** A fresh `pwa` (module state), in a browser-like world with a service worker. */
async function freshPwa() {
  vi.resetModules();
  return (await import('./pwa.svelte')).pwa;
}

const never = new Promise<void>(() => {});

describe('pwa registration held by a screen', () => {
  beforeEach(() => {
    made.count = 0;
    vi.useFakeTimers();
    vi.stubGlobal('navigator', { serviceWorker: {} });
    vi.stubGlobal('document', { addEventListener() {} });
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the screen’s content, then registers', async () => {
    const pwa = await freshPwa();
    let arrive = () => {};
    pwa.holdRegistration(new Promise<void>((resolve) => (arrive = resolve)));
    const registering = pwa.register();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(made.count).toBe(0);
    arrive();
    await vi.advanceTimersByTimeAsync(100);
    await registering;
    expect(made.count).toBe(1);
  });

  it('registers anyway after MAX_HOLD_MS: a download that never ends keeps nothing offline', async () => {
    const pwa = await freshPwa();
    pwa.holdRegistration(never);
    const registering = pwa.register();
    await vi.advanceTimersByTimeAsync(MAX_HOLD_MS - 100);
    expect(made.count).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    await registering;
    expect(made.count).toBe(1);
  });

  it('a wipe does not wait for the hold, and nothing registers after it', async () => {
    const pwa = await freshPwa();
    pwa.holdRegistration(never);
    void pwa.register();
    await vi.advanceTimersByTimeAsync(1_000);
    let isStopped = false;
    void pwa.stop().then(() => (isStopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(isStopped).toBe(true);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(made.count).toBe(0);
  });

  it('a screen opened once registering has started holds nothing', async () => {
    const pwa = await freshPwa();
    pwa.holdRegistration(never);
    const registering = pwa.register();
    pwa.holdRegistration(never);
    await vi.advanceTimersByTimeAsync(MAX_HOLD_MS + 1_000);
    await registering;
    expect(made.count).toBe(1);
    // A second registration (none is made today) would not wait for that later screen either.
    const again = pwa.register();
    await vi.advanceTimersByTimeAsync(0);
    await again;
    expect(made.count).toBe(2);
  });

  it('with no hold, registers without waiting', async () => {
    const pwa = await freshPwa();
    await pwa.register();
    expect(made.count).toBe(1);
  });
});

describe('the update banner', () => {
  beforeEach(() => {
    made.listeners.clear();
    vi.stubGlobal('document', { addEventListener() {} });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('never on a first visit: a worker waiting then is the first install, not a new version', async () => {
    const serviceWorker: { controller: object | null } = { controller: null };
    vi.stubGlobal('navigator', { serviceWorker });
    const pwa = await freshPwa();
    await pwa.register();
    expect(made.listeners.has('waiting')).toBe(true);
    made.listeners.get('waiting')?.({});
    expect(pwa.isUpdateWaiting).toBe(false);
  });

  it('a new version waiting while an earlier one serves the page: the banner', async () => {
    const serviceWorker: { controller: object | null } = { controller: null };
    vi.stubGlobal('navigator', { serviceWorker });
    const pwa = await freshPwa();
    await pwa.register();
    // The first install took control (clientsClaim); later a new version arrives.
    serviceWorker.controller = {};
    made.listeners.get('waiting')?.({});
    expect(pwa.isUpdateWaiting).toBe(true);
  });
});
