import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  INDEX_FORMAT,
  isSnapshot,
  type EventsIndex,
  type EventsSnapshot,
} from '$lib/domain/events/snapshot';
import { downloadSnapshot } from './events-delivery';

// The example snapshot this build publishes (a real file), split in two as a large one would be.
const published = JSON.parse(
  readFileSync(new URL(`../../../static${indexFile().parts[0]!.url}`, import.meta.url), 'utf8'),
) as EventsSnapshot;

function indexFile(): EventsIndex {
  return JSON.parse(
    readFileSync(new URL('../../../static/events/index.json', import.meta.url), 'utf8'),
  ) as EventsIndex;
}

const half = Math.ceil(published.events.length / 2);
const parts: Record<string, EventsSnapshot> = {
  '/events/a.json': { ...published, events: published.events.slice(0, half) },
  '/events/b.json': { ...published, events: published.events.slice(half) },
};

function indexOf(urls: string[]): EventsIndex {
  return {
    format: INDEX_FORMAT,
    version: 1,
    generatedAt: published.generatedAt,
    isExample: true,
    hash: 'test',
    parts: urls.map((url) => ({
      url,
      bytes: JSON.stringify(parts[url]).length,
      count: parts[url]!.events.length,
    })),
  };
}

describe('downloadSnapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the first part of a split snapshot early, and the whole once, at the end', async () => {
    expect(isSnapshot(published)).toBe(true);
    vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(parts[url])));
    const shown: number[] = [];
    const progress: number[] = [];
    const whole = await downloadSnapshot(
      indexOf(['/events/a.json', '/events/b.json']),
      ({ loaded, total }) => progress.push(loaded / total),
      (partial) => shown.push(partial.events.length),
    );
    // The first part alone; the whole snapshot is the result, not shown a second time.
    expect(shown).toEqual([half]);
    expect(whole.events.map((e) => e.id)).toEqual(published.events.map((e) => e.id));
    expect(progress.at(-1)).toBe(1);
  });

  it('never calls onPart for a snapshot in one part: its rows are drawn once', async () => {
    vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(parts[url])));
    const onPart = vi.fn();
    const whole = await downloadSnapshot(indexOf(['/events/a.json']), () => {}, onPart);
    expect(onPart).not.toHaveBeenCalled();
    expect(whole.events).toHaveLength(half);
  });

  it('fails on a part that is missing or not a snapshot (the parts before it were shown)', async () => {
    vi.stubGlobal('fetch', async (url: string) =>
      url === '/events/b.json'
        ? new Response('<html>gone</html>', { status: 404 })
        : new Response(JSON.stringify(parts[url])),
    );
    const onPart = vi.fn();
    await expect(
      downloadSnapshot(indexOf(['/events/a.json', '/events/b.json']), () => {}, onPart),
    ).rejects.toThrow(/404/);
    expect(onPart).toHaveBeenCalledTimes(1);
    vi.stubGlobal('fetch', async () => new Response('{"format":"something else"}'));
    await expect(downloadSnapshot(indexOf(['/events/a.json']), () => {})).rejects.toThrow(
      /Not a snapshot/,
    );
  });
});
