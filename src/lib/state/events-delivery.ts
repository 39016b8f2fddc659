/**
 * How the meetings snapshot reaches the phone. Each visit asks for one small file,
 * /events/index.json (revalidated: an unchanged one is a 304), except a first visit, which has
 * it in the page (see preloadFinder). Its hash names the snapshot; when it matches the stored
 * one nothing else is fetched or parsed. A new snapshot comes as part
 * files named by their content, kept in the Cache API by this page itself, so they are cached
 * even when the first visit fetched them before the service worker took control, and a part
 * already on the phone is never downloaded twice. The index of the snapshot last downloaded is
 * kept there too: a phone with no database yet (a first visit that only looked) shows the
 * meetings from this cache offline.
 */
import {
  isEventsIndex,
  isSnapshot,
  type EventsIndex,
  type EventsSnapshot,
} from '$lib/domain/events/snapshot';
import { keptJson } from '$lib/utils/kept';

export const INDEX_URL = '/events/index.json';
export const SNAPSHOT_CACHE = 'events-snapshot';

/** The answer about the index; `isFromPage` when it may be the copy a page carried. */
export type IndexCheck = (
  { status: 'ok'; index: EventsIndex } | { status: 'offline' } | { status: 'unavailable' }
) & { isFromPage?: boolean };

/**
 * Asks for the index (revalidated with the server: a 304 when it has not changed), with
 * `fetcher` if given (a route's load: while the page starts, SvelteKit answers with the copy the
 * prerendered page carries, asking nothing of the network).
 */
export async function checkIndex(fetcher: typeof fetch = fetch): Promise<IndexCheck> {
  let response: Response;
  try {
    response = await fetcher(INDEX_URL, { cache: 'no-cache' });
  } catch {
    return { status: navigator.onLine === false ? 'offline' : 'unavailable' };
  }
  if (!response.ok) return { status: 'unavailable' };
  try {
    const index: unknown = await response.json();
    if (!isEventsIndex(index)) return { status: 'unavailable' };
    return { status: 'ok', index };
  } catch {
    return { status: 'unavailable' };
  }
}

export interface Progress {
  loaded: number;
  total: number;
}

async function openCache(): Promise<Cache | undefined> {
  try {
    return typeof caches === 'undefined' ? undefined : await caches.open(SNAPSHOT_CACHE);
  } catch {
    // Private modes may refuse the Cache API: the download still works, it is just not kept.
    return undefined;
  }
}

async function readBody(response: Response, onBytes: (bytes: number) => void): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    onBytes(value.byteLength);
  }
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}

/**
 * Fetches the snapshot's parts (from the cache when they are there), reporting progress in
 * bytes; `onPart` gets the parts so far as each but the last arrives, so the first rows can show
 * before the rest (the whole snapshot is returned at the end: given to `onPart` too, a phone
 * would index and draw thousands of meetings twice).
 */
export async function downloadSnapshot(
  index: EventsIndex,
  onProgress: (progress: Progress) => void,
  onPart?: (part: EventsSnapshot) => void,
): Promise<EventsSnapshot> {
  const cache = await openCache();
  const total = index.parts.reduce((sum, part) => sum + part.bytes, 0);
  let loaded = 0;
  const parts: EventsSnapshot[] = [];
  for (const part of index.parts) {
    let response = await cache?.match(part.url);
    if (!response) {
      response = await fetch(part.url);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${part.url}`);
      // Kept by the page itself: the service worker may not control this first visit yet.
      if (cache) await cache.put(part.url, response.clone()).catch(() => undefined);
    }
    const text = await readBody(response, (bytes) => {
      loaded += bytes;
      onProgress({ loaded: Math.min(loaded, total), total });
    });
    const snapshot: unknown = JSON.parse(text);
    if (!isSnapshot(snapshot)) throw new Error(`Not a snapshot: ${part.url}`);
    parts.push(snapshot);
    if (parts.length < index.parts.length) onPart?.(joinParts(parts));
  }
  if (cache) {
    await cache
      .put(INDEX_URL, new Response(JSON.stringify(index), { headers: JSON_HEADERS }))
      .catch(() => undefined);
  }
  void prune(cache, index);
  return joinParts(parts);
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** One snapshot of its parts (the first part's metadata, every part's events). */
const joinParts = (parts: EventsSnapshot[]): EventsSnapshot => ({
  ...parts[0]!,
  events: parts.flatMap((part) => part.events),
});

/** The index of the snapshot last downloaded, as kept in the Cache API (no network). */
export function keptIndex(): Promise<EventsIndex | undefined> {
  return keptJson(SNAPSHOT_CACHE, INDEX_URL, isEventsIndex);
}

/** The snapshot last downloaded, read from the Cache API alone: undefined if a part is missing. */
export async function keptSnapshot(): Promise<EventsSnapshot | undefined> {
  const index = await keptIndex();
  if (!index?.parts.length) return undefined;
  const parts = await Promise.all(
    index.parts.map((part) => keptJson(SNAPSHOT_CACHE, part.url, isSnapshot)),
  );
  return parts.every((part) => part !== undefined) ? joinParts(parts) : undefined;
}

/** Removes parts of older snapshots: the phone keeps one snapshot's worth. */
async function prune(cache: Cache | undefined, index: EventsIndex): Promise<void> {
  if (!cache) return;
  const keep = new Set(
    [INDEX_URL, ...index.parts.map((part) => part.url)].map(
      (url) => new URL(url, location.href).href,
    ),
  );
  for (const request of await cache.keys()) {
    if (!keep.has(request.url)) await cache.delete(request);
  }
}
