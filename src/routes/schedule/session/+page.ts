import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';

// The session form has its own messages (a chunk): loaded before the screen renders.
export async function load() {
  if (browser) await locale.need(['session']);
}
