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
