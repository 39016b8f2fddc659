import Dexie, { type EntityTable } from 'dexie';
import type { Row } from './codec';
import { schemaVersions } from './schema';

export const DB_NAME = 'recovery-companion';

export type CheckInRow = Row<{ id: string; date: string; at: number }>;
export type TagRow = Row<{ id: string; kind: string }>;
export type SessionRow = Row<{ id: string }>;
export type OccurrenceChangeRow = Row<{ id: string; sessionId: string }>;
export type AttendanceRow = Row<{
  id: string;
  sessionId: string;
  date: string;
  occurrenceStart: string;
}>;
export type SourceRow = Row<{ id: string }>;
export type EventRow = Row<{ id: string; sourceId: string }>;
export type SettingRow = Row<{ key: string }>;

export class CompanionDB extends Dexie {
  checkIns!: EntityTable<CheckInRow, 'id'>;
  tags!: EntityTable<TagRow, 'id'>;
  sessions!: EntityTable<SessionRow, 'id'>;
  occurrenceChanges!: EntityTable<OccurrenceChangeRow, 'id'>;
  attendance!: EntityTable<AttendanceRow, 'id'>;
  sources!: EntityTable<SourceRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

type Listener = () => void;
const blockedListeners = new Set<Listener>();

/** Called when another tab upgraded the schema: this tab has closed its connection. */
export function onDatabaseBlocked(listener: Listener): () => void {
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
}

let instance: CompanionDB | undefined;

/**
 * The database, opened on first use and only in the browser (never during prerender), so a
 * screen that never touches data never pays for opening it.
 */
export function db(): CompanionDB {
  if (instance) return instance;
  const opened = new CompanionDB();
  opened.on('versionchange', () => {
    // Another tab wants a newer schema: step aside rather than block it, and stop writing here
    // until the client reloads into the new version.
    opened.close();
    for (const listener of blockedListeners) listener();
    return false;
  });
  instance = opened;
  return opened;
}

/** Closes and forgets the connection (tests, and after deleting everything). */
export function closeDb(): void {
  instance?.close();
  instance = undefined;
}
