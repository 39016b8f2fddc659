import type { EventSource, RecoveryEvent } from '../types';

export const SNAPSHOT_FORMAT = 'blvd-events';
export const SNAPSHOT_VERSION = 1;

export interface SourceStatus {
  id: string;
  name: string;
  program: string;
  isExample: boolean;
  /** When this source last updated successfully (ISO). */
  updatedAt?: string;
  /** Why the last attempt failed, if it did (the previous data was kept). */
  error?: string;
  count: number;
}

/** The file `npm run events:sync` writes and the app serves as static/events/snapshot.json. */
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

export type { EventSource };
