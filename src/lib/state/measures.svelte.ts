import { watchMeasures } from '$lib/db/measures';
import { SharedLive } from './shared.svelte';

/** Every measure result, oldest first as stored: one query for every screen. */
export const measureResults = new SharedLive(watchMeasures, () => []);
