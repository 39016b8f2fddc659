import { watchTags } from '$lib/db/tags';
import { builtInTags } from '$lib/domain/tags';
import { SharedLive } from './shared.svelte';

/** The client's tags, built-in and their own: one query for every screen (built-in at first). */
export const tags = new SharedLive(watchTags, () => [...builtInTags]);
