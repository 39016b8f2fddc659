import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventsSnapshot } from '$lib/domain/events/snapshot';
import { deleteDatabase } from './database';
import {
  allEvents,
  eventsMeta,
  favouriteEvents,
  getEvent,
  loadSnapshot,
  setFavourite,
  watchFavourites,
} from './events';

const snapshot = JSON.parse(
  readFileSync(new URL('../../../static/events/snapshot.json', import.meta.url), 'utf8'),
) as EventsSnapshot;

beforeEach(() => {
  vi.stubGlobal('navigator', { storage: { persist: async () => true } });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await deleteDatabase();
});

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
