import type { Transaction } from 'dexie';

/**
 * Every schema version ever shipped, oldest first. APPEND ONLY: never edit or remove a shipped
 * entry (schema.test.ts compares them to tests/fixtures/schema-history.json); add a new version
 * with an `upgrade` when data must move, and a test that opens old-shaped data.
 *
 * Indexes hold only what screens query; record contents live in each row's `body` (see codec.ts).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      checkIns: 'id, date, at',
      tags: 'id, kind',
      sessions: 'id',
      occurrenceChanges: 'id, sessionId',
      attendance: 'id, sessionId, date, [sessionId+occurrenceStart]',
      sources: 'id',
      events: 'id, sourceId',
      settings: 'key',
    },
  },
  {
    // Drafts of forms in progress (a check-in being written survives a reload or an update).
    version: 2,
    stores: { drafts: 'key' },
  },
  {
    // Slips recorded for the optional sobriety counter (kept forever; never a reset).
    version: 3,
    stores: { slips: 'id, date' },
  },
  {
    // Favourite meetings ("My meetings"), apart from events so a new snapshot never drops them.
    version: 4,
    stores: { favourites: 'id' },
  },
  {
    // The app's own bookkeeping (the events snapshot's metadata, the lock's salt and check),
    // moved out of drafts so that drafts hold drafts only.
    version: 5,
    stores: { meta: 'key' },
    upgrade: async (tx) => {
      for (const key of ['eventsMeta', 'lockMeta']) {
        const row = await tx.table('drafts').get(key);
        if (!row) continue;
        await tx.table('meta').put(row);
        await tx.table('drafts').delete(key);
      }
    },
  },
  {
    // The client's relapse-prevention and safety plan: one version per day it was saved (the
    // newest is the plan in use), and the voice message to myself apart from the versions so
    // that an edit of the plan never copies the recording.
    version: 6,
    stores: { plans: 'id, savedAt', recordings: 'id' },
  },
  {
    // Standard measures taken (PHQ-9, GAD-7): the answers as given; scores are computed on read.
    version: 7,
    stores: { measures: 'id, instrument, date' },
  },
];

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
