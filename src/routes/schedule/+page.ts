import { center } from '$lib/i18n/en/center';
import { locale } from '$lib/i18n/locale.svelte';
import { provideEnglish } from '$lib/i18n/translate';

// Prerendered with its content, as a new client sees it (see +layout.ts).
export const ssr = true;

provideEnglish('center', center);

// The center's program (set-up, its changes, phone-calendar reminders) has its own messages:
// English comes with the page's code (see provideEnglish), Spanish is loaded before it renders.
export async function load() {
  await locale.need(['center']);
}
