import { browser } from '$app/environment';
import { plan } from '$lib/i18n/en/plan';
import { locale } from '$lib/i18n/locale.svelte';
import { provideEnglish } from '$lib/i18n/translate';

provideEnglish('plan', plan);

// This screen's messages: English comes with the page's code (see provideEnglish, and the build
// lists it with the page's first scripts), another language is loaded before it renders.
export async function load() {
  if (browser) await locale.need(['plan']);
}
