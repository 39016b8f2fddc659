import { browser } from '$app/environment';
import { beforeFirstRender } from '$lib/boot/first-render';

// Every screen is prerendered to its own file so the service worker can precache it. Most are
// client-rendered shells: the client's data lives in IndexedDB on the phone, so there is nothing
// to render ahead. The six main screens (their +page.ts says `ssr = true`) are prerendered with
// what a new client sees, so a first visit shows them before the script has run; app.html keeps
// that page hidden where it would be wrong (Spanish, the lock on, the client's records coming,
// the welcome coming: src/lib/boot).
export const ssr = false;
export const prerender = true;

// The first render waits for the client's language, so no one sees another language first.
export async function load() {
  if (browser) await beforeFirstRender();
}
