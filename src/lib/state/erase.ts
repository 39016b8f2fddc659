import { deleteDatabase, refuseToReopen } from '$lib/db/database';
import { broadcast } from '$lib/utils/broadcast';
import { nextTask } from '$lib/utils/tasks';
import { lock } from './lock.svelte';
import { pwa } from './pwa.svelte';
import { ERASE_CHANNEL, type EraseMessage } from './erase-watch';

/**
 * "Delete all my data": the database, the service worker's caches and registration, and local
 * storage. The app then starts fresh, as if never opened on this phone. The wipe wins against
 * work in flight: the records are deleted first, at once; a service worker registration on its
 * way is waited for after, within MAX_WORKER_WAIT_MS, and undone whenever it completes, other
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
  // No registration starts from now on. One already on its way (a slow install: the browser
  // answers register() only once its turn in the scope's job queue comes) is not waited for
  // first: the client's records go at once, whatever the service worker does.
  const registering = pwa.stop();
  // A registration that completes after the wipe would keep the worker and re-create its
  // precache: it is removed, and its caches deleted, whenever it settles, while this page is open.
  void registering.then(removeLateRegistrations).catch(() => undefined);
  refuseToReopen();
  await deleteDatabase(onWaiting);
  await deleteCaches();
  // The worker's part, within MAX_WORKER_WAIT_MS in all: the registration on its way, then
  // unregistering what is there.
  const deadline = Date.now() + MAX_WORKER_WAIT_MS;
  await within(registering, deadline);
  await removeServiceWorkers(deadline);
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
export async function removeServiceWorkers(
  deadline = Date.now() + MAX_WORKER_WAIT_MS,
): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
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

/**
 * After a registration that was on its way when the wipe began has settled (however late): its
 * worker is unregistered and what it wrote deleted, so the app's offline copy does not come back.
 */
async function removeLateRegistrations(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  const installing = registrations.flatMap((registration) =>
    registration.installing ? [registration.installing] : [],
  );
  await Promise.all(
    registrations.map((registration) => registration.unregister().catch(() => false)),
  );
  await deleteCaches();
  // A worker still installing writes until it stops: deleted again then (untilInstalled).
  await Promise.all(installing.map((worker) => untilInstalled(worker)));
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
