import { locale } from '$lib/i18n/locale.svelte';

// Prerendered with its content, as a new client sees it (see +layout.ts).
export const ssr = true;

// This screen's messages are their own chunk: loaded before it renders (and prerendered).
export async function load() {
  await locale.need(['data', 'center']);
}
