import { data } from '$lib/i18n/en/data';
import { center } from '$lib/i18n/en/center';
import { locale } from '$lib/i18n/locale.svelte';
import { provideEnglish } from '$lib/i18n/translate';

// Prerendered with its content, as a new client sees it (see +layout.ts).
export const ssr = true;

provideEnglish('data', data);
provideEnglish('center', center);

// This screen's messages: English comes with the page's code (see provideEnglish), Spanish is
// loaded before it renders.
export async function load() {
  await locale.need(['data', 'center']);
}
