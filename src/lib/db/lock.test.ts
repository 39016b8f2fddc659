import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffSeconds } from '$lib/state/lock.svelte';
import { exportData, rawDump } from './backup';
import { allCheckIns, saveCheckIn } from './checkIns';
import { LockedError, plainCodec, useCodec } from './codec';
import { deleteDatabase } from './database';
import { disableLock, enableLock, isLockEnabled, setUnlocked, unlockKey } from './lock';
import { getSetting, setSetting } from './settings';

const note = 'I told my sister about the relapse';
const checkIn = {
  id: 'c1',
  at: 1,
  date: '2026-11-27',
  mood: 2 as const,
  craving: 8,
  triggerIds: ['lonely'],
  copingIds: [],
  note,
  createdAt: 1,
  updatedAt: 1,
};

beforeEach(() => {
  vi.stubGlobal('navigator', { storage: { persist: async () => true } });
});
afterEach(async () => {
  useCodec(plainCodec);
  vi.unstubAllGlobals();
  await deleteDatabase();
});

describe('app lock', { timeout: 30_000 }, () => {
  it('encrypts every private record at rest, and reads them back with the key', async () => {
    await saveCheckIn(checkIn);
    await setSetting('programStartDate', '2026-10-01');
    const before = await exportData({ includeEvents: false });

    await enableLock('correct horse battery');
    expect(await isLockEnabled()).toBe(true);
    const raw = JSON.stringify(await rawDump(), (_k, v) =>
      v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? '<bytes>' : v,
    );
    expect(raw).not.toContain('sister');
    expect(raw).not.toContain('lonely');
    expect(raw).not.toContain('2026-10-01');
    // Indexes hold only what screens query.
    expect(raw).toContain('2026-11-27');

    expect(await exportData({ includeEvents: false })).toEqual(before);
    await saveCheckIn({ ...checkIn, id: 'c2', note: 'written while locked on' });
    expect((await allCheckIns()).map((c) => c.note).sort()).toEqual(
      [note, 'written while locked on'].sort(),
    );
  });

  it('locked, nothing can be read or written; a wrong passphrase opens nothing and deletes nothing', async () => {
    await saveCheckIn(checkIn);
    await enableLock('correct horse battery');
    const dump = await rawDump();

    setUnlocked(undefined);
    await expect(allCheckIns()).rejects.toThrow(LockedError);
    await expect(getSetting('persistenceRequestedAt')).rejects.toThrow(LockedError);
    await expect(saveCheckIn({ ...checkIn, id: 'c3' })).rejects.toThrow(LockedError);

    expect(await unlockKey('wrong horse battery')).toBeUndefined();
    expect(await rawDump()).toEqual(dump);

    const key = await unlockKey('correct horse battery');
    expect(key).toBeDefined();
    setUnlocked(key);
    expect((await allCheckIns())[0]!.note).toBe(note);
  });

  it('turning the lock off decrypts everything in one step', async () => {
    await saveCheckIn(checkIn);
    const key = await enableLock('123456');
    await disableLock(key);
    expect(await isLockEnabled()).toBe(false);
    expect(JSON.stringify(await rawDump())).toContain('sister');
    expect((await allCheckIns())[0]!.note).toBe(note);
  });

  it('slows wrong tries down, and never to nothing', () => {
    expect([1, 2, 3, 4, 5, 10, 20].map(backoffSeconds)).toEqual([0, 0, 5, 10, 20, 300, 300]);
  });
});
