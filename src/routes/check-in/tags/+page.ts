import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';

// The list of triggers and coping actions has its own messages (a chunk), and the history's.
export async function load() {
  if (browser) await locale.need(['tags', 'history']);
}
