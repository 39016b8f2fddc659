import { browser } from '$app/environment';
import { locale } from '$lib/i18n/locale.svelte';
import { preloadFinder } from '$lib/state/events.svelte';

// This screen's messages are their own chunk: loaded before it renders. The stored meetings
// are read (and the index asked for) meanwhile, not after.
// Prerendered with its content, as a new client sees it (see +layout.ts).
export const ssr = true;

export async function load() {
  if (!browser) {
    await locale.need(['events']);
    return {};
  }
  const preload = preloadFinder();
  await locale.need(['events']);
  return { preload };
}
