import type { Workbox } from 'workbox-window';

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

  register(): Promise<void> {
    if (!('serviceWorker' in navigator) || this.#isStopped) return Promise.resolve();
    this.#registering = this.#register();
    return this.#registering;
  }

  async #register(): Promise<void> {
    // Loaded after first paint: workbox-window is not needed to show the screen.
    const { Workbox } = await import('workbox-window');
    if (this.#isStopped) return;
    const workbox = new Workbox('/sw.js', { scope: '/', type: 'classic' });
    workbox.addEventListener('waiting', () => (this.isUpdateWaiting = true));
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
    await this.#registering?.catch(() => undefined);
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
