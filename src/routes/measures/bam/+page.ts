import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';

// Prerendered like the other questionnaires, so it works offline.
export async function load() {
  if (browser) await locale.need(['measures']);
}
