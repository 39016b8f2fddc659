import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Row } from './codec';
import { schemaVersions } from './schema';

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
export type DraftRow = Row<{ key: string }>;
export type SlipRow = Row<{ id: string; date: string }>;
export type FavouriteRow = Row<{ id: string }>;
export type MetaRow = Row<{ key: string }>;
export type PlanRow = Row<{ id: string; savedAt: number }>;
export type RecordingRow = Row<{ id: string }>;
export type MeasureRow = Row<{ id: string; instrument: string; date: string }>;

/** The Dexie database with every schema version ever shipped (see schema.ts). */
export class CompanionDB extends Dexie {
  checkIns!: EntityTable<CheckInRow, 'id'>;
  tags!: EntityTable<TagRow, 'id'>;
  sessions!: EntityTable<SessionRow, 'id'>;
  occurrenceChanges!: EntityTable<OccurrenceChangeRow, 'id'>;
  attendance!: EntityTable<AttendanceRow, 'id'>;
  sources!: EntityTable<SourceRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  slips!: EntityTable<SlipRow, 'id'>;
  favourites!: EntityTable<FavouriteRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  plans!: EntityTable<PlanRow, 'id'>;
  recordings!: EntityTable<RecordingRow, 'id'>;
  measures!: EntityTable<MeasureRow, 'id'>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export { liveQuery, default as Dexie } from 'dexie';
