import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';

// Every screen is a client-rendered shell, prerendered to its own file so the service worker can
// precache it: the client's data lives in IndexedDB on the phone, so there is nothing to render
// on a server, and rendering in English first would flash the wrong language for Spanish users.
export const ssr = false;
export const prerender = true;

// The first render waits for the client's language, so no one sees another language first.
export async function load() {
  if (browser) await locale.init();
}
