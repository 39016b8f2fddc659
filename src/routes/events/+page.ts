import { browser } from '$app/environment';
import { isEventsIndex } from '$lib/domain/events/snapshot';
import { events } from '$lib/i18n/en/events';
import { locale } from '$lib/i18n/locale.svelte';
import { provideEnglish } from '$lib/i18n/translate';
import { INDEX_URL } from '$lib/state/events-delivery';
import { preloadFinder } from '$lib/state/events.svelte';
import type { PageLoad } from './$types';

// This screen's messages: English comes with the page's code (see provideEnglish), Spanish is
// loaded before it renders. The stored meetings are read (and the index asked for) meanwhile.
// Prerendered with its content, as a new client sees it (see +layout.ts).
export const ssr = true;

provideEnglish('events', events);

export const load: PageLoad = async ({ fetch }) => {
  if (!browser) {
    await locale.need(['events']);
    // The snapshot's index as this build publishes it (the daily sync writes it, then builds):
    // the prerendered page names its parts so a first visit asks for them at once, and carries
    // the index itself (SvelteKit inlines what a load fetched), which a first visit uses
    // instead of asking for it (see preloadFinder).
    const index: unknown = await fetch(INDEX_URL)
      .then((response) => response.json())
      .catch(() => undefined);
    return { parts: isEventsIndex(index) ? index.parts.map((part) => part.url) : [] };
  }
  const preload = preloadFinder(fetch);
  await locale.need(['events']);
  return { preload, parts: [] };
};
