import { allEvents, eventsMeta, loadSnapshot, type EventsMeta } from '$lib/db/events';
import {
  findEvents,
  indexEvents,
  NO_FILTERS,
  type Filters,
  type IndexedEvent,
  type Result,
} from '$lib/domain/events/finder';
import { isSnapshot } from '$lib/domain/events/snapshot';
import type { RecoveryEvent } from '$lib/domain/types';
import { locale } from '$lib/i18n/locale.svelte';
import { clock, deviceTimeZone } from './clock.svelte';

export const SNAPSHOT_URL = '/events/snapshot.json';

/**
 * Fetches the events snapshot (the service worker answers from its cache at once and
 * revalidates in the background) and loads it into IndexedDB when it is newer than the one
 * stored. Offline, or on any error, the stored events stay as they are.
 */
export async function refreshEvents(): Promise<'updated' | 'current' | 'unavailable'> {
  try {
    const response = await fetch(SNAPSHOT_URL, { cache: 'no-cache' });
    if (!response.ok) return 'unavailable';
    const snapshot: unknown = await response.json();
    if (!isSnapshot(snapshot)) return 'unavailable';
    const stored = await eventsMeta();
    if (stored?.generatedAt === snapshot.generatedAt) return 'current';
    performance.mark('events:load:start');
    await loadSnapshot(snapshot);
    performance.measure('events:load-snapshot', 'events:load:start');
    return 'updated';
  } catch {
    return 'unavailable';
  }
}

/** Names of type codes in the current language (from the snapshot, which took them from the spec). */
export function typeName(meta: EventsMeta | undefined, code: string): string {
  const names = meta?.typeNames[code];
  return names ? names[locale.current] : code;
}

/** The finder: every event in memory, indexed once, filtered on each change. */
export class EventFinder {
  events = $state.raw<RecoveryEvent[]>([]);
  meta = $state.raw<EventsMeta | undefined>();
  isLoading = $state(true);
  filters = $state<Filters>({ ...NO_FILTERS, types: [] });
  // Changes every five minutes only, so "next time" and "in progress" stay fresh without
  // re-indexing on every clock tick.
  #period = $derived(Math.floor(clock.now / 300_000));

  async load(): Promise<void> {
    const [events, meta] = await Promise.all([allEvents(), eventsMeta()]);
    this.events = events;
    this.meta = meta;
    this.isLoading = false;
  }

  /** Rebuilt when the events, the language or (every few minutes) the clock change. */
  index = $derived.by((): IndexedEvent[] => {
    void this.#period;
    void locale.current;
    const meta = this.meta;
    return indexEvents(this.events, Date.now(), deviceTimeZone(), (code) => typeName(meta, code));
  });

  results = $derived.by((): Result[] => {
    const start = performance.now();
    const found = findEvents(
      this.index,
      $state.snapshot(this.filters) as Filters,
      clock.local.date,
    );
    performance.measure('events:filter', { start, end: performance.now() });
    return found;
  });
}
