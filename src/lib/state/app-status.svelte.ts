import { onDatabaseBlocked } from '$lib/db/database';

/** Connection and storage conditions the frame shows as banners. */
class AppStatus {
  isOnline = $state(true);
  /** Another tab upgraded the database; this tab must reload before it writes again. */
  isDatabaseBlocked = $state(false);
  /** Everything was just deleted: the app shows only a way to start again. */
  isErased = $state(false);

  /** Starts watching; returns a function that stops. Call once, from the root layout. */
  start(): () => void {
    this.isOnline = navigator.onLine;
    const online = () => (this.isOnline = true);
    const offline = () => (this.isOnline = false);
    addEventListener('online', online);
    addEventListener('offline', offline);
    const stopBlocked = onDatabaseBlocked(() => (this.isDatabaseBlocked = true));
    return () => {
      removeEventListener('online', online);
      removeEventListener('offline', offline);
      stopBlocked();
    };
  }
}

export const appStatus = new AppStatus();
