import type { Workbox } from 'workbox-window';
import { afterPaint, whenIdle } from '$lib/utils/tasks';

/**
 * The longest the worker's registration waits for a screen's content: a download that never ends
 * must not keep the phone from working offline.
 */
export const MAX_HOLD_MS = 10_000;

/**
 * The service worker's update flow. A new version installs in the background and then waits;
 * the client sees "New version available - Reload" and the app only reloads when they press it,
 * so nothing is swapped under someone who is typing.
 */
class PwaState {
  isUpdateWaiting = $state(false);
  isOfflineReady = $state(false);
  #workbox: Workbox | undefined;

  #registering: Promise<void> | undefined;
  #isStopped = false;
  #holds: Promise<unknown>[] = [];
  // Resolved by stop(): a registration waiting on a hold gives up at once.
  #markStopped: () => void = () => {};
  #whenStopped = new Promise<void>((stopped) => (this.#markStopped = stopped));

  /**
   * The screen's own content is still on its way over the network (the meeting list on a first
   * visit): the worker's registration waits until it is here and drawn, for at most
   * MAX_HOLD_MS. A first registration installs the whole app, which on a phone network would
   * share the connection with that download and delay the rows the client came for.
   */
  holdRegistration(until: Promise<unknown>): void {
    // Once registering (later screens of the visit), there is nothing left to hold.
    if (!this.#registering) this.#holds.push(until);
  }

  register(): Promise<void> {
    if (!('serviceWorker' in navigator) || this.#isStopped) return Promise.resolve();
    this.#registering = this.#register();
    return this.#registering;
  }

  async #register(): Promise<void> {
    const holds = this.#holds.splice(0);
    if (holds.length > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((go) => (timer = setTimeout(go, MAX_HOLD_MS)));
      await Promise.race([Promise.allSettled(holds), late, this.#whenStopped]);
      clearTimeout(timer);
      if (this.#isStopped) return;
      // The content drawn, and a quiet moment after it.
      await afterPaint();
      await whenIdle();
    }
    if (this.#isStopped) return;
    // Loaded after first paint: workbox-window is not needed to show the screen.
    const { Workbox } = await import('workbox-window');
    if (this.#isStopped) return;
    const workbox = new Workbox('/sw.js', { scope: '/', type: 'classic' });
    // A new version is news only to a page an earlier version serves. With no worker controlling
    // the page (a first visit), a worker that waits is the visit's own first install, slow to
    // activate (Firefox, a fresh profile): no banner, it takes over by itself.
    workbox.addEventListener('waiting', () => {
      if (navigator.serviceWorker.controller) this.isUpdateWaiting = true;
    });
    workbox.addEventListener('installed', (event) => {
      if (!event.isUpdate) this.isOfflineReady = true;
    });
    this.#workbox = workbox;
    await workbox.register();
    // Look for a new version when the app comes back to the foreground, as a phone app would.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && !this.#isStopped) void workbox.update();
    });
  }

  /**
   * For "Delete all my data": no registration or update starts from now on, and one already
   * on its way is waited for, so that unregistering afterwards cannot be undone by it.
   */
  async stop(): Promise<void> {
    this.#isStopped = true;
    this.#markStopped();
    await this.#registering?.catch(() => undefined);
  }

  /**
   * After the browser cleared this origin's storage on the host's word (a clean start of the
   * lock, see clean-start.ts): the worker and its caches are gone, so the app is installed again
   * for offline use. The same Workbox registers again (it keeps one set of listeners).
   */
  async reinstall(): Promise<void> {
    if (!('serviceWorker' in navigator) || this.#isStopped) return;
    if (this.#workbox) await this.#workbox.register();
    else await this.register();
  }

  /** Activates the waiting version, then reloads once it controls the page. */
  reloadToUpdate(): void {
    const workbox = this.#workbox;
    if (!workbox) return location.reload();
    workbox.addEventListener('controlling', () => location.reload());
    workbox.messageSkipWaiting();
  }

  dismissUpdate(): void {
    this.isUpdateWaiting = false;
  }
}

export const pwa = new PwaState();
