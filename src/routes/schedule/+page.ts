import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';

// The center's program (set-up, its changes, phone-calendar reminders) has its own messages.
export async function load() {
  if (browser) await locale.need(['center']);
}
