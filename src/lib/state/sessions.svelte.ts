import { watchSessions } from '$lib/db/sessions';
import { SharedLive } from './shared.svelte';

/** The client's sessions (their schedule): one query for every screen. */
export const sessions = new SharedLive(watchSessions, () => []);
