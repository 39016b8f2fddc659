import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { EventsIndex, EventsSnapshot } from '$lib/domain/events/snapshot';
import { importData } from './backup';
import { withDb } from './database';
import {
  allEvents,
  eventsMeta,
  favouriteEvents,
  getEvent,
  loadSnapshot,
  setFavourite,
  watchFavourites,
} from './events';
import { useEmptyDatabase } from './test-database';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../../static/events/${path}`, import.meta.url), 'utf8'));
const index = read('index.json') as EventsIndex;
const snapshot = read(index.parts[0]!.url.replace('/events/', '')) as EventsSnapshot;

useEmptyDatabase();

describe('events repository', () => {
  it('loads a snapshot whole, and a second one replaces it', async () => {
    await loadSnapshot(snapshot);
    expect(await allEvents()).toHaveLength(snapshot.events.length);
    expect((await eventsMeta())?.isExample).toBe(true);

    const smaller = { ...snapshot, generatedAt: 'later', events: snapshot.events.slice(0, 2) };
    await loadSnapshot(smaller);
    expect(await allEvents()).toHaveLength(2);
    expect((await eventsMeta())?.generatedAt).toBe('later');
  });

  it('stores the published hash, and reads the list as one record', async () => {
    await loadSnapshot(snapshot, index.hash);
    expect((await eventsMeta())?.hash).toBe(index.hash);
    // The one-record list and the per-event table hold the same events.
    const rows = await withDb((d) => d.events.count());
    expect(rows).toBe(snapshot.events.length);
    expect((await allEvents()).map((e) => e.id)).toEqual(snapshot.events.map((e) => e.id));
  });

  it('after a backup brings events, reads the table and forgets the hash', async () => {
    await loadSnapshot(snapshot, index.hash);
    const [first] = snapshot.events;
    await importData({ events: [{ ...first!, id: 'restored:1', name: 'From a backup' }] }, 'merge');
    const events = await allEvents();
    expect(events).toHaveLength(snapshot.events.length + 1);
    expect(events.find((e) => e.id === 'restored:1')?.name).toBe('From a backup');
    expect((await eventsMeta())?.hash).toBeUndefined();
    expect((await eventsMeta())?.generatedAt).toBe(snapshot.generatedAt);
  });

  it('a snapshot that fails to load leaves the previous events as they were', async () => {
    await loadSnapshot(snapshot);
    const broken = { ...snapshot, events: [snapshot.events[0]!, snapshot.events[0]!] };
    await expect(loadSnapshot(broken)).rejects.toThrow();
    expect(await allEvents()).toHaveLength(snapshot.events.length);
  });

  it('keeps favourites across snapshots, with fresh details when the event is still there', async () => {
    await loadSnapshot(snapshot);
    const event = snapshot.events[0]!;
    await setFavourite(event, true);
    const emitted: string[][] = [];
    const subscription = watchFavourites().subscribe({
      next: (list) => emitted.push(list.map((e) => e.name)),
    });
    await vi.waitFor(() => expect(emitted.at(-1)).toEqual([event.name]));

    await loadSnapshot({ ...snapshot, events: [{ ...event, name: 'Renamed' }] });
    await vi.waitFor(() => expect(emitted.at(-1)).toEqual(['Renamed']));
    await loadSnapshot({ ...snapshot, events: [] });
    await vi.waitFor(() => expect(emitted.at(-1)).toEqual(['Renamed']));
    subscription.unsubscribe();

    expect(await getEvent(event.id)).toBeUndefined();
    await setFavourite(event, false);
    expect(await favouriteEvents()).toEqual([]);
  });
});
