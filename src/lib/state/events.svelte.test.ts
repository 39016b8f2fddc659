import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, db } from '$lib/db/database';
import { allEvents, eventsMeta, loadSnapshot, metaOf } from '$lib/db/events';
import type { EventsIndex, EventsSnapshot } from '$lib/domain/events/snapshot';
import { EventFinder, findEvent, type FinderPreload } from './events.svelte';
import type { IndexCheck } from './events-delivery';

// The finder's state class against the example snapshot this build publishes (a real file) and a
// fake network: what it shows, when it downloads, and what a client sees when it cannot.
const index = JSON.parse(readFileSync(resolve('static/events/index.json'), 'utf8')) as EventsIndex;
const published = JSON.parse(
  readFileSync(resolve(`static${index.parts[0]!.url}`), 'utf8'),
) as EventsSnapshot;

/** A phone's answers: what it has stored, and what the network says of the index. */
function preload(
  stored: [ReturnType<typeof metaOf> | undefined, EventsSnapshot['events']],
  check: IndexCheck,
): FinderPreload {
  return { stored: Promise.resolve(stored), indexCheck: Promise.resolve(check) };
}

let requests: string[] = [];
/** Serves the published parts; `fail` makes every part request fail as a dropped signal would. */
function serve(fail = false): void {
  requests = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    if (fail) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(published));
  });
}

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
  vi.stubGlobal('navigator', { onLine: true, languages: ['en-US'] });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  const open = await db();
  await open.delete();
  closeDb();
});

const oneIndex: EventsIndex = { ...index, parts: index.parts.slice(0, 1), hash: 'one' };

describe('EventFinder', () => {
  it('a first visit downloads the snapshot, shows every meeting and counts the bytes as they come', async () => {
    serve();
    const finder = new EventFinder();
    await finder.start(preload([undefined, []], { status: 'ok', index: oneIndex }));
    expect(finder.status).toBe('ready');
    expect(finder.events).toHaveLength(published.events.length);
    expect(finder.results.length).toBeGreaterThan(0);
    expect(finder.progress?.loaded).toBe(finder.progress?.total);
    expect(requests).toEqual([oneIndex.parts[0]!.url]);
  });

  it('a warm visit with an unchanged index shows what the phone has and downloads nothing', async () => {
    serve();
    await loadSnapshot(published, 'one');
    const finder = new EventFinder();
    await finder.start(
      preload([await eventsMeta(), await allEvents()], { status: 'ok', index: oneIndex }),
    );
    // The stored rows are drawn in a task of their own, after start has its answer.
    await vi.waitFor(() => expect(finder.status).toBe('ready'));
    expect(finder.events).toHaveLength(published.events.length);
    expect(requests).toEqual([]);
    expect(finder.announcement).toBe('');
  });

  it('a new snapshot replaces the stored one and is announced to screen readers', async () => {
    serve();
    const older = { ...published, events: published.events.slice(0, 3) };
    await loadSnapshot(older, 'old');
    const finder = new EventFinder();
    await finder.start(
      preload([await eventsMeta(), await allEvents()], { status: 'ok', index: oneIndex }),
    );
    expect(finder.events).toHaveLength(published.events.length);
    expect(finder.announcement).not.toBe('');
    expect((await eventsMeta())?.hash).toBe('one');
  });

  it('offline with nothing stored or kept says offline, and never shows an empty "ready" list', async () => {
    serve(true);
    const finder = new EventFinder();
    await finder.start(preload([undefined, []], { status: 'offline' }));
    expect(finder.status).toBe('offline');
    expect(finder.events).toEqual([]);
  });

  it('a failed download keeps the meetings already shown', async () => {
    serve(true);
    await loadSnapshot(published, 'old');
    const finder = new EventFinder();
    await finder.start(
      preload([await eventsMeta(), await allEvents()], { status: 'ok', index: oneIndex }),
    );
    await vi.waitFor(() => expect(finder.status).toBe('ready'));
    expect(finder.events).toHaveLength(published.events.length);
    expect(requests).toEqual([oneIndex.parts[0]!.url]);
  });

  it('a download that fails with nothing stored says unavailable while online', async () => {
    serve(true);
    const finder = new EventFinder();
    await finder.start(preload([undefined, []], { status: 'ok', index: oneIndex }));
    expect(finder.status).toBe('unavailable');
  });

  it('typing on narrows the previous results, and gives the same rows as a fresh search', async () => {
    serve();
    const finder = new EventFinder();
    await finder.start(preload([undefined, []], { status: 'ok', index: oneIndex }));
    const word = published.events[0]!.name.split(/\s+/)[0]!.slice(0, 3).toLowerCase();
    finder.filters.query = word.slice(0, 1);
    const wide = finder.results.map((r) => r.item.event.id);
    finder.filters.query = word;
    const narrow = finder.results.map((r) => r.item.event.id);
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.every((id) => wide.includes(id))).toBe(true);

    const fresh = new EventFinder();
    fresh.events = finder.events;
    fresh.meta = finder.meta;
    fresh.filters.query = word;
    expect(fresh.results.map((r) => r.item.event.id)).toEqual(narrow);
  });

  it('a meeting opened from the list is found once stored', async () => {
    serve();
    await db(); // The client has touched the app: the snapshot is stored after the rows.
    const finder = new EventFinder();
    await finder.start(preload([undefined, []], { status: 'ok', index: oneIndex }));
    const first = published.events[0]!;
    const { event, meta } = await findEvent(first.id);
    expect(event?.name).toBe(first.name);
    expect(meta?.hash).toBe('one');
  });
});
