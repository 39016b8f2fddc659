import { describe, expect, it, vi } from 'vitest';
import { deriveKey } from '$lib/domain/private-data';
import { backoffSeconds } from '$lib/state/lock.svelte';
import { exportData, rawDump } from './backup';
import { allCheckIns, saveCheckIn } from './checkIns';
import { LockedError } from './codec';
import { DB_NAME, withDb } from './database';
import { addPasskey, passkeyOf, removePasskey, unlockWithPasskey } from './lock-passkey';
import { isLockEnabled, lockMeta, setUnlocked } from './lock';
import { ARGON2ID, disableLock, enableLock, unlockKey } from './lock-keys';
import { getSetting, setSetting } from './settings';
import { useEmptyDatabase } from './test-database';

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

/** Writes a row as an older version of the app did, past Dexie and the database's guard. */
async function rawPut(store: string, row: object): Promise<void> {
  await withDb(() => undefined);
  const open = indexedDB.open(DB_NAME);
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(store, 'readwrite');
    tx.objectStore(store).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

useEmptyDatabase();

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

  it('turning the lock off asks for the PIN, and then decrypts everything in one step', async () => {
    await saveCheckIn(checkIn);
    await enableLock('123456');
    const dump = await rawDump();
    expect(await disableLock('654321')).toBe('wrong');
    expect(await rawDump()).toEqual(dump);
    expect(await disableLock('123456')).toBe('ok');
    expect(await isLockEnabled()).toBe(false);
    expect(JSON.stringify(await rawDump())).toContain('sister');
    expect((await allCheckIns())[0]!.note).toBe(note);
  });

  it('a lock made before Argon2id (PBKDF2) opens as before and moves to Argon2id on that unlock, with no record rewritten', async () => {
    // Build a version-1 lock exactly as it was stored: records sealed under the PBKDF2 key itself.
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const legacyKey = await deriveKey('246813', salt, 600_000);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const check = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      legacyKey,
      new TextEncoder().encode('blvd-companion-lock-check'),
    );
    // Sealed as version 1 did: no key id, no associated data (written past the database's guard).
    const { id, date, at, ...contents } = checkIn;
    const bodyIv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: bodyIv },
      legacyKey,
      new TextEncoder().encode(JSON.stringify(contents)),
    );
    await rawPut('checkIns', { id, date, at, body: { enc: 'aes-gcm', iv: bodyIv, data } });
    await withDb((d) =>
      d.meta.put({
        key: 'lockMeta',
        body: {
          enc: 'none',
          value: {
            value: {
              salt: [...salt],
              iterations: 600_000,
              check: { iv: [...iv], data: [...new Uint8Array(check)] },
            },
          },
        },
      }),
    );
    setUnlocked(undefined);
    const records = (await rawDump()).checkIns;

    expect(await unlockKey('135792')).toBeUndefined();
    expect(((await lockMeta()) as { version?: number }).version).toBeUndefined();

    const key = await unlockKey('246813');
    expect(key).toBeDefined();
    // Moved in the background, after the screen opened.
    await vi.waitFor(
      async () => expect(((await lockMeta()) as { version?: number }).version).toBe(2),
      {
        timeout: 10_000,
      },
    );
    const meta = (await lockMeta()) as {
      version: number;
      keyId: string;
      kdf: { alg: string; memoryKiB: number };
    };
    expect(meta.keyId).toBe(key!.keyId);
    expect(meta.kdf).toMatchObject({ alg: 'argon2id', memoryKiB: ARGON2ID.memoryKiB });
    expect(JSON.stringify(meta)).not.toContain('check');
    // The records are untouched and open with the key, before and after the upgrade.
    expect((await rawDump()).checkIns).toEqual(records);
    setUnlocked(key);
    expect((await allCheckIns())[0]!.note).toBe(note);

    setUnlocked(undefined);
    expect(await unlockKey('135792')).toBeUndefined();
    setUnlocked(await unlockKey('246813'));
    expect((await allCheckIns())[0]!.note).toBe(note);
    // New writes carry the lock's key id, and are accepted beside the old rows.
    await saveCheckIn({ ...checkIn, id: 'c2', note: 'after the move' });
    expect((await allCheckIns()).map((c) => c.note).sort()).toEqual(
      ['after the move', note].sort(),
    );
  });

  it('a new lock stores only the wrapped data key and Argon2id parameters, never the key', async () => {
    await saveCheckIn(checkIn);
    await enableLock('246813');
    const meta = (await lockMeta()) as {
      version: number;
      kdf: { alg: string; memoryKiB: number; iterations: number };
      wrapped: { data: number[] };
    };
    expect(meta.kdf).toMatchObject({ alg: 'argon2id', ...ARGON2ID });
    expect(meta.wrapped.data).toHaveLength(32 + 16); // the key and its GCM tag
  });

  it('a passkey’s PRF secret wraps the same data key; a wrong secret or PIN opens nothing', async () => {
    await saveCheckIn(checkIn);
    await enableLock('246813');
    const prf = crypto.getRandomValues(new Uint8Array(32)).buffer;
    const passkey = {
      credentialId: new Uint8Array([1, 2, 3]),
      salt: new Uint8Array(32),
      prfOutput: prf,
    };
    expect(await addPasskey('000000', passkey)).toBe(false);
    expect(await passkeyOf()).toBeUndefined();
    expect(await addPasskey('246813', passkey)).toBe(true);
    expect((await passkeyOf())?.credentialId).toEqual(new Uint8Array([1, 2, 3]));

    setUnlocked(undefined);
    expect(await unlockWithPasskey(new Uint8Array(32).buffer)).toBeUndefined();
    setUnlocked(await unlockWithPasskey(prf));
    expect((await allCheckIns())[0]!.note).toBe(note);
    // The PIN still opens, and removing the passkey leaves it.
    await removePasskey();
    expect(await passkeyOf()).toBeUndefined();
    expect(await unlockWithPasskey(prf)).toBeUndefined();
    expect(await unlockKey('246813')).toBeDefined();
  });

  it('slows wrong tries down, and never to nothing', () => {
    expect([1, 2, 3, 4, 5, 10, 20].map(backoffSeconds)).toEqual([0, 0, 5, 10, 20, 300, 300]);
  });
});
