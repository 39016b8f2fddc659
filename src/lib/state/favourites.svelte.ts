import { watchFavourites } from '$lib/db/events';
import { SharedLive } from './shared.svelte';

/** The meetings the client saved: one query for every screen. */
export const favourites = new SharedLive(watchFavourites, () => []);
