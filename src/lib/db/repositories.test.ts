import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckIn } from '$lib/domain/types';
import {
  allCheckIns,
  checkInDates,
  checkInsOn,
  deleteCheckIn,
  getCheckIn,
  latestCheckIn,
  saveCheckIn,
  watchCheckInsOn,
} from './checkIns';
import { clearDraft, getDraft, saveDraft } from './drafts';
import { allTags, saveTag } from './tags';
import { plainCodec, useCodec, type ContentCodec } from './codec';
import { closeDb, DB_NAME, deleteDatabase, db, onDatabaseBlocked } from './database';
import { getSetting, setSetting } from './settings';

const checkIn = (id: string, at: number, date: string, note = ''): CheckIn => ({
  id,
  at,
  date,
  mood: 3,
  craving: 4,
  triggerIds: ['hungry'],
  copingIds: ['called'],
  note,
  createdAt: at,
  updatedAt: at,
});

beforeEach(() => {
  vi.stubGlobal('navigator', {
    storage: { persist: vi.fn(async () => true), persisted: vi.fn(async () => false) },
  });
});

afterEach(async () => {
  useCodec(plainCodec);
  vi.unstubAllGlobals();
  await deleteDatabase();
});

describe('check-in repository', () => {
  it('saves, lists by day newest first, and deletes', async () => {
    await saveCheckIn(checkIn('a', 1000, '2026-11-27'));
    await saveCheckIn(checkIn('b', 3000, '2026-11-27'));
    await saveCheckIn(checkIn('c', 2000, '2026-11-26'));

    expect((await checkInsOn('2026-11-27')).map((c) => c.id)).toEqual(['b', 'a']);
    expect((await allCheckIns()).map((c) => c.id)).toEqual(['b', 'c', 'a']);

    await deleteCheckIn('b');
    expect((await checkInsOn('2026-11-27')).map((c) => c.id)).toEqual(['a']);
  });

  it('stores only indexed fields in the clear; contents go through the codec', async () => {
    const seen: unknown[] = [];
    const recording: ContentCodec = {
      keyId: null,
      async seal(value) {
        seen.push(value);
        return { enc: 'none', value: JSON.parse(JSON.stringify(value)) };
      },
      open: plainCodec.open,
    };
    useCodec(recording);
    await saveCheckIn(checkIn('a', 1000, '2026-11-27', 'private words'));

    const raw = await (await db()).checkIns.get('a');
    expect(Object.keys(raw!).sort()).toEqual(['at', 'body', 'date', 'id']);
    expect(seen[0]).toMatchObject({ note: 'private words', mood: 3 });
    expect(seen[0]).not.toHaveProperty('id');
    expect((await checkInsOn('2026-11-27'))[0]).toEqual(
      checkIn('a', 1000, '2026-11-27', 'private words'),
    );
  });

  it('saves records held in reactive proxies (as screens hold them)', async () => {
    const record = checkIn('p', 1000, '2026-11-27', 'from a proxy');
    const proxied = new Proxy(
      { ...record, triggerIds: new Proxy(['hungry'], {}) },
      {},
    ) as unknown as CheckIn;
    await saveCheckIn(proxied);
    expect(await getCheckIn('p')).toEqual(record);
  });

  it('asks the browser to keep the data after the first saved record, once', async () => {
    expect(navigator.storage.persist).not.toHaveBeenCalled();
    await saveCheckIn(checkIn('a', 1000, '2026-11-27'));
    await saveCheckIn(checkIn('b', 2000, '2026-11-27'));
    expect(navigator.storage.persist).toHaveBeenCalledTimes(1);
    expect(await getSetting('persistenceRequestedAt')).toBeTypeOf('number');
  });

  it('live queries emit again when the data changes', async () => {
    const emitted: string[][] = [];
    const subscription = watchCheckInsOn('2026-11-27').subscribe({
      next: (list) => emitted.push(list.map((c) => c.id)),
      empty: () => emitted.push([]),
    });
    await vi.waitFor(() => expect(emitted).toEqual([[]]));
    await saveCheckIn(checkIn('a', 1000, '2026-11-27'));
    await vi.waitFor(() => expect(emitted.at(-1)).toEqual(['a']));
    subscription.unsubscribe();
  });
});

describe('a first visit (no database on this phone yet)', () => {
  const names = async () => (await indexedDB.databases()).map((d) => d.name);

  it('reads answer empty without creating the database; a live query starts with the first write', async () => {
    closeDb();
    await deleteDatabase();
    expect(await getSetting('plannedDays')).toBeUndefined();
    expect(await getDraft('checkIn')).toBeUndefined();
    const { isLockEnabled } = await import('./lock');
    expect(await isLockEnabled()).toBe(false);
    const heard: string[] = [];
    const subscription = watchCheckInsOn('2026-11-27').subscribe({
      next: (list) => heard.push(`next:${list.map((c) => c.id).join()}`),
      empty: () => heard.push('empty'),
    });
    await vi.waitFor(() => expect(heard).toEqual(['empty']));
    expect(await names()).not.toContain(DB_NAME);

    await saveCheckIn(checkIn('a', 1000, '2026-11-27'));
    await vi.waitFor(() => expect(heard.at(-1)).toBe('next:a'));
    expect(await names()).toContain(DB_NAME);
    subscription.unsubscribe();
  });
});

describe('check-in queries for Today', () => {
  it('lists the distinct days from the index and finds the latest', async () => {
    expect(await latestCheckIn()).toBeUndefined();
    await saveCheckIn(checkIn('a', 1000, '2026-11-26'));
    await saveCheckIn(checkIn('b', 3000, '2026-11-27'));
    await saveCheckIn(checkIn('c', 2000, '2026-11-27'));
    expect(await checkInDates()).toEqual(['2026-11-26', '2026-11-27']);
    expect((await latestCheckIn())?.id).toBe('b');
    expect((await getCheckIn('c'))?.at).toBe(2000);
  });

  it('an edit replaces the record, a delete removes only that one', async () => {
    await saveCheckIn(checkIn('a', 1000, '2026-11-27', 'first'));
    await saveCheckIn({ ...checkIn('a', 1000, '2026-11-27', 'changed'), updatedAt: 5000 });
    expect(await allCheckIns()).toEqual([
      { ...checkIn('a', 1000, '2026-11-27', 'changed'), updatedAt: 5000 },
    ]);
  });
});

describe('tag repository', () => {
  it('renaming a built-in keeps its id, so check-ins that used it follow the new name', async () => {
    await saveCheckIn(checkIn('a', 1000, '2026-11-27'));
    const hungry = (await allTags()).find((tag) => tag.id === 'hungry')!;
    await saveTag({ ...hungry, name: 'Skipped meals' });
    const tags = await allTags();
    expect(tags.filter((tag) => tag.id === 'hungry')).toEqual([
      { ...hungry, name: 'Skipped meals' },
    ]);
    expect((await getCheckIn('a'))?.triggerIds).toEqual(['hungry']);
  });

  it('keeps custom and archived tags', async () => {
    await saveTag({ id: 'custom-1', kind: 'trigger', name: 'Payday', isArchived: false, order: 1 });
    const tired = (await allTags()).find((tag) => tag.id === 'tired')!;
    await saveTag({ ...tired, isArchived: true });
    const tags = await allTags();
    expect(tags.find((tag) => tag.id === 'custom-1')?.name).toBe('Payday');
    expect(tags.find((tag) => tag.id === 'tired')?.isArchived).toBe(true);
  });
});

describe('draft repository', () => {
  it('keeps a draft until it is cleared', async () => {
    expect(await getDraft('checkIn')).toBeUndefined();
    await saveDraft('checkIn', { mood: 2, note: 'half a thought' });
    expect(await getDraft('checkIn')).toEqual({ mood: 2, note: 'half a thought' });
    await clearDraft('checkIn');
    expect(await getDraft('checkIn')).toBeUndefined();
  });
});

describe('settings repository', () => {
  it('round-trips typed values', async () => {
    expect(await getSetting('programStartDate')).toBeUndefined();
    await setSetting('programStartDate', '2026-10-01');
    await setSetting('weeklyHoursTarget', 12);
    expect(await getSetting('programStartDate')).toBe('2026-10-01');
    expect(await getSetting('weeklyHoursTarget')).toBe(12);
  });
});

describe('another tab upgrading the schema', () => {
  it('closes this connection and tells the app, instead of blocking the upgrade', async () => {
    const blocked = vi.fn();
    const stop = onDatabaseBlocked(blocked);
    await setSetting('plannedDays', 90);
    const current = await db();

    // What a newer app version in another tab does: open the same database at a higher version.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(current.name, current.verno * 10 + 10);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('upgrade was blocked'));
    });

    expect(blocked).toHaveBeenCalledTimes(1);
    expect(current.isOpen()).toBe(false);
    await expect(setSetting('plannedDays', 100)).rejects.toThrow();
    stop();
  });
  it('tells the app too when a newer version upgraded the database before this tab opened it', async () => {
    const blocked = vi.fn();
    const stop = onDatabaseBlocked(blocked);
    closeDb();
    const current = new (await import('./companion-db')).CompanionDB(DB_NAME);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, current.verno * 10 + 10);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });

    await expect(setSetting('plannedDays', 100)).rejects.toThrow();
    await vi.waitFor(() => expect(blocked).toHaveBeenCalledTimes(1));
    stop();
  });
});
