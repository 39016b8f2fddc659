import { databaseExists, mayHaveRecords, openedDb, whenDatabaseOpened } from '$lib/db/database';
import {
  allEvents,
  eventsMeta,
  getEvent,
  loadSnapshot,
  metaOf,
  type EventsMeta,
} from '$lib/db/events';
import {
  findEvents,
  indexEvents,
  narrows,
  prepareText,
  refineByQuery,
  NO_FILTERS,
  type Filters,
  type IndexedEvent,
  type Result,
} from '$lib/domain/events/finder';
import type { EventsIndex, EventsSnapshot } from '$lib/domain/events/snapshot';
import type { RecoveryEvent } from '$lib/domain/types';
import { locale, t } from '$lib/i18n/locale.svelte';
import { clock, deviceTimeZone } from './clock.svelte';
import {
  checkIndex,
  downloadSnapshot,
  keptIndex,
  keptSnapshot,
  type IndexCheck,
  type Progress,
} from './events-delivery';
import { afterPaint, nextTask, whenIdle } from '$lib/utils/tasks';
import { benchNow, measure } from '$lib/boot/mark';

export interface FinderPreload {
  indexCheck: Promise<IndexCheck>;
  stored: Promise<[EventsMeta | undefined, RecoveryEvent[]]>;
}

/**
 * Starts what the finder needs at once (the route's load calls it before the screen renders):
 * the stored meetings are read while the screen's code and words are still arriving, and the
 * index is asked of the network at the same time.
 *
 * On a first visit the index comes from the page instead, through the load's `pageFetch`: the
 * prerendered page has just come from the server with the index it was built with, as fresh as
 * asking would be, and the phone saves a request that on a phone network would share its few
 * connections with the app's code (the rows would wait for both). A phone that may have records
 * may be showing a page its service worker kept from an older version: it asks the network.
 */
export function preloadFinder(pageFetch?: typeof fetch): FinderPreload {
  const stored = eventsMeta().then(
    async (meta) =>
      [meta, meta ? await allEvents() : []] as [EventsMeta | undefined, RecoveryEvent[]],
  );
  // A failed read shows as "nothing stored": the download path then takes over.
  const indexCheck =
    pageFetch && !mayHaveRecords()
      ? checkIndex(pageFetch).then((check): IndexCheck => ({ ...check, isFromPage: true }))
      : checkIndex();
  return { indexCheck, stored: stored.catch(() => [undefined, []]) };
}

/** Where the finder is: showing rows, or why not yet. */
export type FinderStatus = 'loading' | 'downloading' | 'ready' | 'offline' | 'unavailable';

/** A snapshot being written to IndexedDB: findEvent waits for it (rows show before they are stored). */
let storing: Promise<void> = Promise.resolve();
/** A snapshot shown but not stored: this phone has no database yet (see `store`). */
let unstored: { snapshot: EventsSnapshot; hash: string } | undefined;
let stopWaiting: (() => void) | undefined;

function write(snapshot: EventsSnapshot, hash: string, wait: () => Promise<void>): void {
  storing = wait()
    .then(async () => {
      const start = benchNow();
      await loadSnapshot(snapshot, hash);
      measure('events:load-snapshot', { start, end: benchNow() });
    })
    .catch(() => {
      // Not stored (storage full, private mode, all data deleted): shown now, and kept in the
      // Cache API, so the next visit shows it from there or downloads it again.
    });
}

/**
 * Stores a snapshot once its rows are on screen. A phone with no database yet (a first visit)
 * does not create one for it: the parts and the index are already kept in the Cache API, which
 * is all an offline visit needs, and the snapshot is stored when the database is created (the
 * client's first touch, key or save), in the next idle moment. So a visit that only looks
 * stores nothing and never loads Dexie.
 */
async function store(snapshot: EventsSnapshot, hash: string): Promise<void> {
  stopWaiting?.();
  stopWaiting = undefined;
  unstored = undefined;
  if (openedDb() || (await databaseExists())) {
    write(snapshot, hash, afterPaint);
    return storing;
  }
  unstored = { snapshot, hash };
  stopWaiting = whenDatabaseOpened(() => {
    unstored = undefined;
    write(snapshot, hash, () => whenIdle());
  });
}

/**
 * One meeting and the metadata of its snapshot: from IndexedDB, or where a phone with no database
 * yet has it (the snapshot on screen, or the one kept in the Cache API, also offline).
 */
export async function findEvent(
  id: string,
): Promise<{ event: RecoveryEvent | undefined; meta: EventsMeta | undefined }> {
  await storing;
  const [event, meta] = await Promise.all([getEvent(id), eventsMeta()]);
  if (event) return { event, meta };
  const snapshot = unstored?.snapshot ?? (await keptSnapshot());
  const kept = snapshot?.events.find((e) => e.id === id);
  return kept ? { event: kept, meta: metaOf(snapshot!) } : { event: undefined, meta };
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
  filters = $state<Filters>({ ...NO_FILTERS, types: [] });
  // Changes every five minutes only, so "next time" and "in progress" stay fresh without
  // re-indexing on every clock tick.
  #period = $derived(Math.floor(clock.now / 300_000));

  status = $state<FinderStatus>('loading');
  /** Bytes of a first download so far. */
  progress = $state.raw<Progress | undefined>();
  /** Said to screen readers when the list changes under them. */
  announcement = $state('');

  /**
   * Shows the meetings on the phone at once, and asks for the index alongside: an unchanged
   * snapshot costs one small revalidated request; a new one is downloaded, shown as soon as it
   * arrives, and stored after the rows are painted.
   */
  async start(preload: FinderPreload = preloadFinder()): Promise<void> {
    this.status = 'loading';
    const { indexCheck, stored } = preload;
    const [meta, events] = await stored;
    let hasEvents = false;
    if (meta) {
      hasEvents = events.length > 0;
      if (hasEvents) void this.#show(events, meta);
    }
    const check = await indexCheck;
    if (check.status !== 'ok') {
      if (hasEvents) return;
      // Nothing stored (no database yet): the snapshot last downloaded, kept in the Cache API.
      const kept = await keptIndex();
      if (kept) await this.#download(kept, false, check.status);
      else this.status = check.status;
      return;
    }
    if (hasEvents && check.index.hash === meta?.hash) return;
    if (await this.#download(check.index, hasEvents)) return;
    // The page's own index may name parts the server no longer has (a page from an older
    // version, kept by the browser): once more, with the index of now.
    if (!check.isFromPage) return;
    const now = await checkIndex();
    if (now.status === 'ok') await this.#download(now.index, hasEvents);
  }

  /** Shows (and stores) the snapshot the index names; false if it could not be had. */
  async #download(
    index: EventsIndex,
    hadEvents: boolean,
    failure?: 'offline' | 'unavailable',
  ): Promise<boolean> {
    if (!hadEvents) {
      this.status = 'downloading';
      this.progress = { loaded: 0, total: index.parts.reduce((n, p) => n + p.bytes, 0) };
    }
    let snapshot: EventsSnapshot;
    try {
      snapshot = await downloadSnapshot(
        index,
        (progress) => {
          if (!hadEvents) this.progress = progress;
        },
        // A split snapshot shows its first part (the largest area) while the rest arrives.
        (partial) => {
          if (!hadEvents) void this.#show(partial.events, metaOf(partial));
        },
      );
    } catch {
      if (!hadEvents)
        this.status = failure ?? (navigator.onLine === false ? 'offline' : 'unavailable');
      return false;
    }
    await this.#show(snapshot.events, metaOf(snapshot, index.hash));
    if (hadEvents) this.announcement = t('events.updated');
    // Stored once the rows are on screen: a first visit never waits for IndexedDB.
    await store(snapshot, index.hash);
    return true;
  }

  /**
   * Folds the search text of every event in idle moments, a slice at a time, once the rows are
   * on screen: the first keystroke then only filters. A rebuilt index starts a new pass.
   */
  prepareSearch(): void {
    const index = this.index;
    let from = 0;
    const step = () => {
      if (index !== this.index) return;
      prepareText(index, from, from + 1000);
      from += 1000;
      if (from < index.length) void whenIdle(500).then(step);
    };
    void whenIdle(500).then(step);
  }

  /**
   * Shows a list. The first one's index (work done once: a week of offsets per timezone, each
   * meeting's next time) is built in a task of its own and the rows are drawn in the next, so a
   * slow phone is not held for both at once (together 70-100 ms at x4 on a first visit).
   */
  async #show(events: RecoveryEvent[], meta: EventsMeta | undefined): Promise<void> {
    this.events = events;
    this.meta = meta;
    if (this.status !== 'ready') {
      void this.index;
      await nextTask();
    }
    this.status = 'ready';
  }

  /** Rebuilt when the events, the language or (every few minutes) the clock change. */
  index = $derived.by((): IndexedEvent[] => {
    void this.#period;
    void locale.current;
    const meta = this.meta;
    const start = benchNow();
    const index = indexEvents(this.events, Date.now(), deviceTimeZone(), (code) =>
      typeName(meta, code),
    );
    measure('events:index', { start, end: benchNow() });
    return index;
  });

  // The last search, so that typing on filters the previous results rather than all of them.
  #last: { index: IndexedEvent[]; today: string; others: string; query: string; found: Result[] } =
    { index: [], today: '', others: '', query: '', found: [] };

  results = $derived.by((): Result[] => {
    const start = benchNow();
    const filters = $state.snapshot(this.filters) as Filters;
    const { query, ...rest } = filters;
    const others = JSON.stringify(rest);
    const today = clock.local.date;
    const last = this.#last;
    const found =
      last.index === this.index &&
      last.today === today &&
      last.others === others &&
      narrows(last.query, query)
        ? refineByQuery(last.found, query)
        : findEvents(this.index, filters, today);
    this.#last = { index: this.index, today, others, query, found };
    measure('events:filter', { start, end: benchNow() });
    return found;
  });
}
