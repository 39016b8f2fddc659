import { afterEach, describe, expect, it } from 'vitest';
import shipped from '../../../tests/fixtures/schema-history.json';
import { schemaVersions } from './schema';
import { deleteDatabase, DB_NAME } from './database';
import { checkInsOn } from './checkIns';
import { getDraft, saveDraft } from './drafts';
import type { CheckIn } from '$lib/domain/types';

const history = shipped as unknown as { version: number; stores: Record<string, string> }[];

afterEach(async () => {
  await deleteDatabase();
});

describe('schema versions', () => {
  it('keeps every shipped version unchanged and in order (append only)', () => {
    const shipped = schemaVersions.slice(0, history.length).map(({ version, stores }) => ({
      version,
      stores,
    }));
    expect(shipped).toEqual(history);
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('opens a database written by the first shipped version and keeps its records', async () => {
    // Write rows the way version 1 stored them, with raw IndexedDB through a v1-only Dexie.
    const { default: Dexie } = await import('dexie');
    const old = new Dexie(DB_NAME);
    old.version(history[0]!.version).stores(history[0]!.stores);
    const contents = {
      mood: 4 as const,
      craving: 2,
      triggerIds: [],
      copingIds: [],
      createdAt: 1,
      updatedAt: 1,
    };
    await old.table('checkIns').add({
      id: 'c1',
      date: '2026-03-08',
      at: 1772960400000,
      body: { enc: 'none', value: contents },
    });
    old.close();

    const found = await checkInsOn('2026-03-08');
    // Tables added by later versions exist and work.
    await saveDraft('checkIn', { mood: 2 });
    expect(await getDraft('checkIn')).toEqual({ mood: 2 });
    expect(found).toEqual([
      { id: 'c1', date: '2026-03-08', at: 1772960400000, ...contents } satisfies CheckIn,
    ]);
  });
});

describe('every shipped schema version upgrades with its records kept', () => {
  // For each version: build a database exactly as that version shipped, put a record in every
  // table it had, then open it with the current app and find every record.
  it.each(history.map((h) => [h.version]))('from version %i', async (version) => {
    const { default: Dexie } = await import('dexie');
    const old = new Dexie(DB_NAME);
    const tables = new Set<string>();
    for (const shipped of history.filter((h) => h.version <= version)) {
      old.version(shipped.version).stores(shipped.stores);
      for (const [name, spec] of Object.entries(shipped.stores)) if (spec) tables.add(name);
    }
    const rows: Record<string, object> = {
      checkIns: { id: 'c', date: '2026-11-01', at: 1 },
      tags: { id: 't', kind: 'trigger' },
      sessions: { id: 's' },
      occurrenceChanges: { id: 'o', sessionId: 's' },
      attendance: {
        id: 'a',
        sessionId: 's',
        date: '2026-11-01',
        occurrenceStart: '2026-11-01T09:00',
      },
      sources: { id: 'src' },
      events: { id: 'e', sourceId: 'src' },
      settings: { key: 'programStartDate' },
      drafts: { key: 'checkIn' },
      slips: { id: 'sl', date: '2026-11-01' },
      favourites: { id: 'f' },
      meta: { key: 'm' },
      plans: { id: 'plan:2026-11-01', savedAt: 1 },
      recordings: { id: 'message' },
      measures: { id: 'm1', instrument: 'phq9', date: '2026-11-01' },
    };
    for (const table of tables) {
      await old
        .table(table)
        .add({ ...rows[table], body: { enc: 'none', value: { from: version } } });
    }
    old.close();

    const { withDb } = await import('./database');
    for (const table of tables) {
      const [row] = await withDb((d) => d.table(table).toArray());
      expect(row, table).toMatchObject({ ...rows[table], body: { value: { from: version } } });
    }
  });

  it('version 5 moves the app’s bookkeeping out of drafts, leaving real drafts', async () => {
    const { default: Dexie } = await import('dexie');
    const v4 = new Dexie(DB_NAME);
    for (const shipped of history.filter((h) => h.version <= 4))
      v4.version(shipped.version).stores(shipped.stores);
    const body = { enc: 'none', value: { value: 1 } };
    await v4.table('drafts').bulkAdd([
      { key: 'eventsMeta', body },
      { key: 'lockMeta', body },
      { key: 'checkIn', body },
    ]);
    v4.close();
    const { withDb } = await import('./database');
    expect(await withDb((d) => d.meta.toArray())).toEqual([
      { key: 'eventsMeta', body },
      { key: 'lockMeta', body },
    ]);
    expect(await withDb((d) => d.drafts.toArray())).toEqual([{ key: 'checkIn', body }]);
  });

  it('a failed upgrade leaves the data as it was', async () => {
    const { default: Dexie } = await import('dexie');
    const v1 = new Dexie(DB_NAME);
    v1.version(history[0]!.version).stores(history[0]!.stores);
    await v1
      .table('checkIns')
      .add({ id: 'keep', date: '2026-11-01', at: 1, body: { enc: 'none', value: {} } });
    v1.close();

    const broken = new Dexie(DB_NAME);
    broken.version(history[0]!.version).stores(history[0]!.stores);
    broken
      .version(999)
      .stores({ checkIns: 'id, date, at' })
      .upgrade(async (tx) => {
        await tx.table('checkIns').clear();
        throw new Error('upgrade failed half-way');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();

    const again = new Dexie(DB_NAME);
    again.version(history[0]!.version).stores(history[0]!.stores);
    expect(await again.table('checkIns').toArray()).toEqual([
      { id: 'keep', date: '2026-11-01', at: 1, body: { enc: 'none', value: {} } },
    ]);
    again.close();
  });
});
