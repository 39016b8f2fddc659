import { locale } from '$lib/i18n/locale.svelte';

// Prerendered with its content, as a new client sees it (see +layout.ts).
export const ssr = true;

// The center's program (set-up, its changes, phone-calendar reminders) has its own messages.
export async function load() {
  await locale.need(['center']);
}
