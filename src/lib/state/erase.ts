import { deleteDatabase } from '$lib/db/database';

/**
 * "Delete all my data": the database, the service worker's caches and registration, and local
 * storage. The app then starts fresh, as if never opened on this phone.
 */
export async function eraseEverything(): Promise<void> {
  await deleteDatabase();
  if ('caches' in globalThis) {
    for (const name of await caches.keys()) await caches.delete(name);
  }
  if ('serviceWorker' in navigator) {
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      await registration.unregister();
    }
  }
  localStorage.clear();
  sessionStorage.clear();
}
