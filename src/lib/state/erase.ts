import { deleteDatabase, refuseToReopen } from '$lib/db/database';
import { broadcast } from '$lib/utils/broadcast';
import { nextTask } from '$lib/utils/tasks';
import { lock } from './lock.svelte';
import { pwa } from './pwa.svelte';
import { ERASE_CHANNEL, type EraseMessage } from './erase-watch';

/**
 * "Delete all my data": the database, the service worker's caches and registration, and local
 * storage. The app then starts fresh, as if never opened on this phone. The wipe wins against
 * work in flight: a service worker registration on its way is waited for (then undone), other
 * tabs of the app are told to stop, a service worker still installing is waited for (it would
 * write the app into a new cache after the first sweep), and caches and storage are cleared
 * again after anything late. Last, the host is asked for `Clear-Site-Data` where it sends it.
 * When another page still holds the database, `onWaiting` is told (the screen says so) and the
 * deletion finishes as soon as that page lets go.
 */
export async function eraseEverything(onWaiting?: () => void): Promise<void> {
  // The lock's passkey lives in the phone's password manager, not in the app's storage: its id
  // is read before the database goes, and the phone is told it is no longer used at the end.
  const passkey = lock.hasPasskey ? await passkeyId() : undefined;
  tellOtherTabs('erasing');
  await pwa.stop();
  refuseToReopen();
  await deleteDatabase(onWaiting);
  await deleteCaches();
  await removeServiceWorkers();
  // A worker still installing when the wipe began was writing the app into its cache: it has
  // stopped now (removed, or done installing), so what it wrote goes with this sweep.
  await sweepCachesUntilEmpty();
  localStorage.clear();
  sessionStorage.clear();
  // A write queued before the wipe (a setting saved as the button was pressed) lands after it.
  await nextTask();
  localStorage.clear();
  sessionStorage.clear();
  await askHostToClear();
  if (passkey) await (await import('./passkey')).forgetPasskey(passkey);
  tellOtherTabs('erased');
}

async function passkeyId(): Promise<Uint8Array | undefined> {
  try {
    const { passkeyOf } = await import('$lib/db/lock-passkey');
    return (await passkeyOf())?.credentialId;
  } catch {
    return undefined;
  }
}

/**
 * The longest the wipe waits for the app's service workers to be unregistered and for one that
 * is installing to stop, in all.
 */
const MAX_WORKER_WAIT_MS = 8_000;

async function deleteCaches(): Promise<void> {
  if (!('caches' in globalThis)) return;
  for (const name of await caches.keys()) await caches.delete(name);
}

/**
 * Deletes every cache, then looks again a task later, until none is left across a task: a write
 * begun before the wipe (the page keeping the meeting list, a worker's last response) may open
 * a cache again after the first sweep.
 */
async function sweepCachesUntilEmpty(): Promise<void> {
  if (!('caches' in globalThis)) return;
  for (let round = 0; round < 20; round += 1) {
    await deleteCaches();
    await nextTask();
    if ((await caches.keys()).length === 0) return;
  }
}

/**
 * Unregisters every service worker of the app, until none is left (a registration that
 * completes meanwhile is removed too), and waits for each worker that was installing to stop.
 * An installing worker is not stopped by deleting caches: it goes on downloading the app and
 * opens its cache again. Unregistering ends it at once when no page is controlled (a first
 * visit); where a page is, it finishes installing first. Either way it writes nothing after.
 *
 * All of it within MAX_WORKER_WAIT_MS. A browser runs one job at a time for a scope (the
 * service worker spec's job queue): an `unregister()` asked while an install is in progress is
 * answered only once that install has finished, the whole app downloaded. Nothing bounded that
 * wait before, the likely cause of a WebKit CI run that stayed on "Deleting…" for 20 s. The
 * client's records are gone before this step; what is left is the app's own offline copy,
 * deleted again whenever the worker is done, while this page is open.
 */
export async function removeServiceWorkers(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const deadline = Date.now() + MAX_WORKER_WAIT_MS;
  for (let round = 0; round < 5 && Date.now() < deadline; round += 1) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    if (registrations.length === 0) break;
    const installing = registrations.flatMap((registration) =>
      registration.installing ? [registration.installing] : [],
    );
    const unregistered = Promise.all(
      registrations.map((registration) => registration.unregister().catch(() => false)),
    );
    // Done late: what the worker wrote until then goes too.
    void unregistered.then(deleteCaches).catch(() => undefined);
    const isDone = await within(
      Promise.all([unregistered, ...installing.map((worker) => untilInstalled(worker))]),
      deadline,
    );
    if (!isDone) break;
  }
}

/** Whether `work` settled before `deadline` (a Date.now() time); it is not waited for after. */
function within(work: Promise<unknown>, deadline: number): Promise<boolean> {
  return new Promise((answer) => {
    const timer = setTimeout(() => answer(false), Math.max(0, deadline - Date.now()));
    void work.finally(() => {
      clearTimeout(timer);
      answer(true);
    });
  });
}

/**
 * Until `worker` is no longer installing (installed, or ended). In Chromium an unregistered
 * worker finishes its install (the whole app downloaded: about 2 s on a fast machine) before it
 * ends. Its cache is deleted again when it is done, whenever that is, while this page is open.
 */
function untilInstalled(worker: ServiceWorker): Promise<void> {
  const isInstalling = () => worker.state === 'installing' || worker.state === 'parsed';
  return new Promise((done) => {
    function check() {
      if (isInstalling()) return;
      worker.removeEventListener('statechange', check);
      void deleteCaches().finally(done);
    }
    worker.addEventListener('statechange', check);
    check();
  });
}

/**
 * Where the host answers /wiped with `Clear-Site-Data: "cache", "storage"` (scripts/serve.js,
 * static/_headers), the browser itself clears what this origin keeps, whatever the app missed.
 * A host without it answers 404, and that is fine: the app has cleared everything already.
 */
async function askHostToClear(): Promise<void> {
  try {
    await fetch('/wiped', { cache: 'no-store' });
  } catch {
    // Offline, or the host refused: nothing more to do.
  }
}

function tellOtherTabs(message: EraseMessage): void {
  broadcast(ERASE_CHANNEL, message);
}
