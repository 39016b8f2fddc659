import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';
import { deviceTimeZone } from '$lib/state/clock.svelte';
import { afterPaint, nextTask } from '$lib/utils/tasks';

// Every screen is prerendered to its own file so the service worker can precache it. Most are
// client-rendered shells: the client's data lives in IndexedDB on the phone, so there is nothing
// to render ahead. The six main screens (their +page.ts says `ssr = true`) are prerendered with
// what a new client sees, so a first visit shows them before the script has run; app.html keeps
// that page hidden where it would be wrong (Spanish, the lock on, the client's records coming).
export const ssr = false;
export const prerender = true;

// The first render waits for the client's language, so no one sees another language first.
export async function load() {
  if (!browser) return;
  // Leaving by Quick exit (app.html): the app never starts, so the page that is going away
  // neither sets a title nor opens the database.
  if (window.__leaving) await new Promise(() => undefined);
  // A prerendered screen on view (not held back by app.html): let the phone show it before the
  // app's work of taking it over, instead of after. On a phone network the page arrives long
  // before the script, so it would show first anyway; this keeps it so on a fast one.
  const isShown =
    document.getElementById('main') && !document.documentElement.hasAttribute('data-wait');
  await Promise.all([locale.init(), isShown && afterPaint()]);
  // The page's first date formatter costs a slow phone 60-90 ms (the browser loads its date
  // data once); every screen builds one as it draws. app.html builds one just after the first
  // paint, while the script is on its way; where the script came first (a fast network, the
  // service worker), it is built here, in a task of its own, so the phone can answer a tap
  // between the two instead of waiting through one long task.
  // (The app takes the page over in the task after it: awaiting in this one would run all of
  // that in the same task.)
  await nextTask();
  deviceTimeZone();
  await nextTask();
}
