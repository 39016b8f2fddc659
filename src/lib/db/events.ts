import type { EventsSnapshot, SourceStatus } from '$lib/domain/events/snapshot';
import type { RecoveryEvent } from '$lib/domain/types';
import { fromRow, fromRows, toPublicRow, toRow } from './codec';
import type { CompanionDB } from './companion-db';
import { readOrEmpty, withDb } from './database';
import { watch, type Observable } from './live';

export interface EventsMeta {
  generatedAt: string;
  isExample: boolean;
  typeNames: EventsSnapshot['typeNames'];
  sources: SourceStatus[];
  /** The published index's hash of the snapshot stored: the same hash means nothing to fetch. */
  hash?: string;
}

const META_KEY = 'eventsMeta';
/**
 * The finder's whole list in one record, beside the one-row-per-event table (which serves a
 * single event, favourites and backups): IndexedDB reads one 10,000-event record about four
 * times faster than 10,000 records, and that is what a client waits for on every visit.
 */
const LIST_KEY = 'eventsList';

const metaRow = (meta: EventsMeta) => toPublicRow({ key: META_KEY, value: meta }, ['key'] as const);

/**
 * Replaces the stored events with a snapshot in one transaction: the finder sees the old set or
 * the new one, never half of each. Favourites live apart and survive.
 */
export async function loadSnapshot(snapshot: EventsSnapshot, hash?: string): Promise<void> {
  const rows = snapshot.events.map((event) => toPublicRow(event, ['id', 'sourceId'] as const));
  const sourceRows = snapshot.sources.map((source) => toPublicRow(source, ['id'] as const));
  const meta = metaOf(snapshot, hash);
  const list = toPublicRow({ key: LIST_KEY, value: snapshot.events }, ['key'] as const);
  await withDb((d) =>
    d.transaction('rw', d.events, d.sources, d.meta, async () => {
      await d.events.clear();
      await d.sources.clear();
      await d.events.bulkAdd(rows);
      await d.sources.bulkAdd(sourceRows);
      await d.meta.put(metaRow(meta));
      await d.meta.put(list);
    }),
  );
}

/**
 * After the events table was changed by other means (a backup restored), the one-record list
 * is dropped and the stored hash forgotten: the finder reads the table, and fetches the
 * published snapshot again when it can. Call inside a transaction that includes `meta`.
 */
export async function forgetEventsList(d: Pick<CompanionDB, 'meta'>): Promise<void> {
  await d.meta.delete(LIST_KEY);
  const row = await d.meta.get(META_KEY);
  if (!row) return;
  const { hash: _, ...meta } = (await fromRow<{ value: EventsMeta }>('meta', row)).value;
  await d.meta.put(metaRow(meta));
}

/** The metadata of a snapshot, as stored with it (for a snapshot shown before it is stored). */
export function metaOf(snapshot: EventsSnapshot, hash?: string): EventsMeta {
  return {
    generatedAt: snapshot.generatedAt,
    isExample: snapshot.isExample,
    typeNames: snapshot.typeNames,
    sources: snapshot.sources,
    ...(hash ? { hash } : {}),
  };
}

// Reads never create the database (a first visit that only looks stores nothing): with none
// yet, they answer "nothing stored".

export async function eventsMeta(): Promise<EventsMeta | undefined> {
  const row = await readOrEmpty((d) => d.meta.get(META_KEY), undefined);
  return row ? (await fromRow<{ value: EventsMeta }>('meta', row)).value : undefined;
}

export async function allEvents(): Promise<RecoveryEvent[]> {
  const list = await readOrEmpty((d) => d.meta.get(LIST_KEY), undefined);
  if (list) return (await fromRow<{ value: RecoveryEvent[] }>('meta', list)).value;
  return fromRows<RecoveryEvent>('events', await readOrEmpty((d) => d.events.toArray(), []));
}

export async function getEvent(id: string): Promise<RecoveryEvent | undefined> {
  const row = await readOrEmpty((d) => d.events.get(id), undefined);
  return row ? fromRow<RecoveryEvent>('events', row) : undefined;
}

export function watchEventsMeta(): Observable<EventsMeta | undefined> {
  return watch(eventsMeta);
}

export async function favouriteIds(): Promise<string[]> {
  return (await readOrEmpty((d) => d.favourites.toCollection().primaryKeys(), [])) as string[];
}

/** Adds or removes a favourite. The event is kept with it, so it shows even if a feed drops it. */
export async function setFavourite(event: RecoveryEvent, isFavourite: boolean): Promise<void> {
  if (!isFavourite) {
    await withDb((d) => d.favourites.delete(event.id));
    return;
  }
  const row = await toRow('favourites', { id: event.id, event, addedAt: Date.now() }, ['id']);
  await withDb((d) => d.favourites.put(row));
}

export async function favouriteEvents(): Promise<RecoveryEvent[]> {
  // Both reads chain on Dexie's own promises (ids are indexed, in the clear), so a live query
  // tracks both tables: a new snapshot refreshes the favourites' details too.
  const [rows, current] = await withDb((d) =>
    d.favourites
      .toArray()
      .then((rows) =>
        d.events.bulkGet(rows.map((row) => row.id)).then((events) => [rows, events] as const),
      ),
  );
  const saved = await fromRows<{ id: string; event: RecoveryEvent }>('favourites', rows);
  const fresh = await fromRows<RecoveryEvent>(
    'events',
    current.filter((row) => row !== undefined),
  );
  const byId = new Map(fresh.map((event) => [event.id, event]));
  return saved.map((s) => byId.get(s.id) ?? s.event);
}

export function watchFavourites(): Observable<RecoveryEvent[]> {
  return watch(favouriteEvents);
}
