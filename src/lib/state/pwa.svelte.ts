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

  async register(): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    // Loaded after first paint: workbox-window is not needed to show the screen.
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox('/sw.js', { scope: '/', type: 'classic' });
    workbox.addEventListener('waiting', () => (this.isUpdateWaiting = true));
    workbox.addEventListener('installed', (event) => {
      if (!event.isUpdate) this.isOfflineReady = true;
    });
    this.#workbox = workbox;
    await workbox.register();
    // Look for a new version when the app comes back to the foreground, as a phone app would.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void workbox.update();
    });
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
