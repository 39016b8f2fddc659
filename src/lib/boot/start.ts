import { dev } from '$app/environment';
import { db } from '$lib/db/database';
import { pwa } from '$lib/state/pwa.svelte';
import { revealWhenHeld } from './reveal';

/**
 * The app has drawn its first screen (the root layout's onMount): show it (app.html may have held
 * it back; a part that must be painted first may hold it a little longer: reveal.ts), do what
 * was tapped or typed while it loaded, create the database on the client's first touch, and
 * register the service worker once the phone is idle. Returns what stops it all.
 */
export function appDrawn(): () => void {
  const root = document.documentElement;
  revealWhenHeld(() => root.removeAttribute('data-wait'));
  root.removeAttribute('data-pending');
  for (const act of window.__heldBeforeApp?.splice(0) ?? []) act();
  const stopIntent = openDatabaseOnIntent();
  const stopIdle = registerWorkerWhenIdle();
  return () => {
    stopIntent();
    stopIdle();
  };
}

/**
 * On a first visit there is no database: it is created (Dexie loaded, every table made, 80 ms of
 * a slow phone's main thread) when the client first touches or types, so it is ready by the time
 * they save, and a visit that only looks around creates no database.
 */
function openDatabaseOnIntent(): () => void {
  const intents = ['pointerdown', 'keydown', 'focusin'] as const;
  const stop = () => {
    for (const type of intents) removeEventListener(type, openOnIntent, true);
  };
  const openOnIntent = (event: Event) => {
    // The router moving focus to the page itself after a navigation, or a screen moving it to
    // its heading (the welcome's title, tabindex -1), is not the client.
    if (event.type === 'focusin') {
      const target = event.target as HTMLElement | null;
      if (target === document.body || (target?.tabIndex ?? -1) < 0) return;
    }
    stop();
    // A phone with the database has it opened by the screen's own reads anyway; after a wipe
    // db() refuses (and nothing is created).
    void db().catch(() => undefined);
  };
  for (const type of intents) addEventListener(type, openOnIntent, true);
  return stop;
}

/**
 * After the first screen is usable: the service worker's registration (workbox-window), not
 * needed to show the screen or to answer a tap. A frame later and once the phone is idle: by
 * then the screen shows its data (or empty state), and only then is anything more asked for. A
 * screen whose content comes over the network (the meeting list) holds it until that is here
 * (pwa.holdRegistration).
 */
function registerWorkerWhenIdle(): () => void {
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  const cancelIdle = window.cancelIdleCallback ?? clearTimeout;
  const idles: number[] = [];
  requestAnimationFrame(() =>
    idles.push(
      whenIdle(
        () => {
          if (!dev) void pwa.register();
        },
        { timeout: 3000 },
      ),
    ),
  );
  return () => {
    for (const id of idles) cancelIdle(id);
  };
}
