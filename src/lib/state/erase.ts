import { deleteDatabase, refuseToReopen } from '$lib/db/database';
import { nextTask } from '$lib/utils/tasks';
import { pwa } from './pwa.svelte';

const CHANNEL = 'blvd-erase';

/**
 * "Delete all my data": the database, the service worker's caches and registration, and local
 * storage. The app then starts fresh, as if never opened on this phone. The wipe wins against
 * work in flight: a service worker registration on its way is waited for (then undone), other
 * tabs of the app are told to stop, and storage is cleared again after anything late. When
 * another page still holds the database, `onWaiting` is told (the screen says so) and the
 * deletion finishes as soon as that page lets go.
 */
export async function eraseEverything(onWaiting?: () => void): Promise<void> {
  tellOtherTabs('erasing');
  await pwa.stop();
  refuseToReopen();
  await deleteDatabase(onWaiting);
  if ('caches' in globalThis) {
    for (const name of await caches.keys()) await caches.delete(name);
  }
  if ('serviceWorker' in navigator) {
    // Until none is left: a registration that completes meanwhile is removed too.
    for (let round = 0; round < 5; round += 1) {
      const registrations = await navigator.serviceWorker.getRegistrations();
      if (registrations.length === 0) break;
      await Promise.all(registrations.map((registration) => registration.unregister()));
    }
  }
  localStorage.clear();
  sessionStorage.clear();
  // A write queued before the wipe (a setting saved as the button was pressed) lands after it.
  await nextTask();
  localStorage.clear();
  sessionStorage.clear();
  tellOtherTabs('erased');
}

type EraseMessage = 'erasing' | 'erased';

function tellOtherTabs(message: EraseMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/**
 * In every tab: when another tab starts deleting everything, stop at once (`onErasing`), and
 * say it is done only when that tab has finished (`isDone`).
 */
export function watchForErase(onErase: (isDone: boolean) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<EraseMessage>) => {
    // This tab must not bring the other tab's deleted database back either.
    refuseToReopen();
    void pwa.stop();
    onErase(event.data === 'erased');
  };
  return () => channel.close();
}
