import { locale } from '$lib/i18n/locale.svelte';
import { deviceTimeZone } from '$lib/state/clock.svelte';
import { afterPaint, nextTask } from '$lib/utils/tasks';

/**
 * What the app waits for before its first render (the root layout's load): the client's language,
 * so no one sees another language first; and a prerendered screen on view gets painted first.
 */
export async function beforeFirstRender(): Promise<void> {
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
  // paint (pageEndScript), while the script is on its way; where the script came first (a fast
  // network, the service worker), it is built here, in a task of its own, so the phone can
  // answer a tap between the two instead of waiting through one long task.
  // (The app takes the page over in the task after it: awaiting in this one would run all of
  // that in the same task.)
  await nextTask();
  deviceTimeZone();
  await nextTask();
}
