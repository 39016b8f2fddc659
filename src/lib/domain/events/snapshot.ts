import type { EventSource, RecoveryEvent } from '../types';

export const SNAPSHOT_FORMAT = 'blvd-events';
export const SNAPSHOT_VERSION = 1;

export interface SourceStatus {
  id: string;
  name: string;
  program: string;
  /** Absent in snapshots written before sources had kinds. */
  kind?: EventSource['kind'];
  isExample: boolean;
  /** Confirmed with its publisher (the intergroup or area); absent means not confirmed. */
  isConfirmed?: boolean;
  /** When this source last updated successfully (ISO). */
  updatedAt?: string;
  /** Why the last attempt failed, if it did (the previous data was kept). */
  error?: string;
  count: number;
}

/**
 * What `npm run events:sync` writes: a part file (static/events/meetings.<hash>.json, named by
 * its content so it never changes under a name) holding this shape.
 */
export interface EventsSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  generatedAt: string;
  isExample: boolean;
  sources: SourceStatus[];
  /** Names of the type codes used, in English and Spanish (from @code4recovery/spec). */
  typeNames: Record<string, { en: string; es: string }>;
  events: RecoveryEvent[];
}

export function isSnapshot(value: unknown): value is EventsSnapshot {
  const v = value as Partial<EventsSnapshot> | null;
  return (
    !!v &&
    v.format === SNAPSHOT_FORMAT &&
    v.version === SNAPSHOT_VERSION &&
    typeof v.generatedAt === 'string' &&
    Array.isArray(v.sources) &&
    Array.isArray(v.events) &&
    typeof v.typeNames === 'object'
  );
}

export const INDEX_FORMAT = 'blvd-events-index';

/**
 * static/events/index.json: the one small file a phone asks for on each visit (revalidated with
 * an ETag). When `hash` matches what the phone stored, nothing else is downloaded or parsed.
 * A large snapshot is split into parts (by region), each a whole EventsSnapshot of its events.
 */
export interface EventsIndex {
  format: typeof INDEX_FORMAT;
  version: 1;
  generatedAt: string;
  isExample: boolean;
  /** Hash of every part's contents: the snapshot's identity. */
  hash: string;
  parts: { url: string; bytes: number; count: number; regions?: string[] }[];
}

export function isEventsIndex(value: unknown): value is EventsIndex {
  const v = value as Partial<EventsIndex> | null;
  return (
    !!v &&
    v.format === INDEX_FORMAT &&
    v.version === 1 &&
    typeof v.hash === 'string' &&
    typeof v.generatedAt === 'string' &&
    Array.isArray(v.parts) &&
    v.parts.length > 0 &&
    v.parts.every(
      (p) => typeof p?.url === 'string' && /^\/events\/meetings\.[\w-]+\.json$/.test(p.url),
    )
  );
}

export type { EventSource };
