import { onUnreadable } from '$lib/db/codec';
import { onDatabaseBlocked } from '$lib/db/database';
import { CLEAN_START_KEY } from '$lib/db/lock-id';

/** Connection and storage conditions the frame shows as banners. */
class AppStatus {
  isOnline = $state(true);
  /** Another tab upgraded the database; this tab must reload before it writes again. */
  isDatabaseBlocked = $state(false);
  /** "Delete all my data" is under way or done: no screen may show (or read) anything. */
  isErased = $state(false);
  /** The deletion has finished (here, or in the tab that did it): only then does the app say so. */
  isEraseDone = $state(false);
  /** Another page of the app still holds the database: the deletion finishes when it lets go. */
  isEraseWaiting = $state(false);
  /** Records skipped because they could not be opened (each counted once, by table and key). */
  unreadable = $state(0);
  /** A clean start of the lock that did not finish: the backup file that holds the records. */
  cleanStartFile = $state<string>();
  #unreadableSeen = new Set<string>();

  /** Starts watching; returns a function that stops. Call once, from the root layout. */
  start(): () => void {
    this.isOnline = navigator.onLine;
    try {
      this.cleanStartFile = localStorage.getItem(CLEAN_START_KEY) ?? undefined;
    } catch {
      // No storage, no note.
    }
    const online = () => (this.isOnline = true);
    const offline = () => (this.isOnline = false);
    addEventListener('online', online);
    addEventListener('offline', offline);
    const stopBlocked = onDatabaseBlocked(() => (this.isDatabaseBlocked = true));
    const stopUnreadable = onUnreadable(({ table, key }) => {
      this.#unreadableSeen.add(`${table}/${String(key)}`);
      this.unreadable = this.#unreadableSeen.size;
    });
    return () => {
      stopUnreadable();
      removeEventListener('online', online);
      removeEventListener('offline', offline);
      stopBlocked();
    };
  }
}

export const appStatus = new AppStatus();

/** The client has read that a clean start did not finish. */
export function dismissCleanStartNote(): void {
  appStatus.cleanStartFile = undefined;
  try {
    localStorage.removeItem(CLEAN_START_KEY);
  } catch {
    // Shown again next time, nothing worse.
  }
}
