import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';

// This screen's messages are their own chunk: loaded before it renders.
export async function load() {
  if (browser) await locale.need(['progress', 'plan', 'measures']);
}
