import { describe, expect, it, vi } from 'vitest';
import { exportData, rawDump } from './backup';
import { allCheckIns, saveCheckIn } from './checkIns';
import { onUnreadable, plainCodec, useCodec, type Body } from './codec';
import { deleteDatabase, withDb } from './database';
import { encryptingCodec, keyIdOf, lockMeta, setUnlocked, type ArgonMeta } from './lock';
import { LockChangedError } from './lock-id';
import { addPasskey, passkeyOf } from './lock-passkey';
import { changeSecret, disableLock, enableLock, unlockKey } from './lock-keys';
import { useEmptyDatabase } from './test-database';
import { noteCheckIn } from '$lib/test-builders';

/*
 * Two tabs share one database; each has its own codec (its own idea of the lock). A tab is
 * simulated by installing the codec it would hold, and writing with it.
 */
const checkIn = noteCheckIn;

const bytesAsText = (value: unknown) =>
  JSON.stringify(value, (_k, v) =>
    v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? '<bytes>' : v,
  );

/** Every private row's body as stored: sealed for which key (null: plain). */
async function sealedFor(): Promise<(string | null)[]> {
  const dump = await rawDump();
  return dump.checkIns!.map((row) => {
    const body = (row as { body: Body }).body;
    return body.enc === 'none' ? null : (body.kid ?? '');
  });
}

/** A check-in's sealed bytes changed on disk, as a failing phone might leave them. */
async function damage(id: string): Promise<void> {
  const rows = (await rawDump()).checkIns as { id: string; body: Body }[];
  const row = rows.find((candidate) => candidate.id === id)!;
  const bytes = new Uint8Array((row.body as { data: ArrayBuffer }).data.slice(0));
  bytes[0]! ^= 0xff;
  await withDb((d) =>
    d.checkIns.put({ ...(row as object), body: { ...row.body, data: bytes.buffer } } as never),
  );
}

useEmptyDatabase();

describe('the lock across tabs', { timeout: 60_000 }, () => {
  it('a tab that still thinks the lock is off cannot write plain text into a locked database', async () => {
    await saveCheckIn(checkIn('a', 'before the lock'));
    // Tab A turns the lock on; tab B has not heard yet and still seals plain.
    const a = await enableLock('correct horse battery staple');
    useCodec(plainCodec);
    await expect(saveCheckIn(checkIn('b', 'tab B plain note'))).rejects.toThrow(LockChangedError);
    expect(bytesAsText(await rawDump())).not.toContain('tab B plain note');
    expect(await sealedFor()).toEqual([a.keyId]);
  });

  it('a tab holding a key thrown away elsewhere cannot seal a row no key opens', async () => {
    await saveCheckIn(checkIn('a', 'first'));
    const a = await enableLock('246813');
    // Tab A turns it off and on again (a new key); tab B still holds the first key.
    expect(await disableLock('246813')).toBe('ok');
    const second = await enableLock('975312');
    expect(second.keyId).not.toBe(a.keyId);
    useCodec(encryptingCodec(a.key, a.keyId));
    await expect(saveCheckIn(checkIn('b', 'under the old key'))).rejects.toThrow(LockChangedError);
    // Tab B with the lock turned off under it: plain would be refused the same way; with the
    // current key, it writes.
    setUnlocked(second);
    await saveCheckIn(checkIn('b', 'under the new key'));
    expect(await sealedFor()).toEqual([second.keyId, second.keyId]);
    expect((await allCheckIns()).map((c) => c.note).sort()).toEqual(['first', 'under the new key']);
  });

  it('turned off in one tab while another saves: no unreadable row, History lists every record', async () => {
    const a = await enableLock('246813');
    await saveCheckIn(checkIn('a', 'sealed'));
    expect(await disableLock('246813')).toBe('ok');
    // Tab B still holds the key that was just thrown away.
    useCodec(encryptingCodec(a.key, a.keyId));
    await expect(saveCheckIn(checkIn('b', 'too late'))).rejects.toThrow(LockChangedError);
    useCodec(plainCodec);
    expect(await sealedFor()).toEqual([null]);
    expect((await allCheckIns()).map((c) => c.note)).toEqual(['sealed']);
  });

  it('a change racing a save never leaves a plain row under the lock, nor loses a saved record', async () => {
    for (const delay of [0, 1, 5, 20, 60]) {
      await saveCheckIn(checkIn('a', 'first'));
      const saving = new Promise<void>((resolve) => setTimeout(resolve, delay)).then(() =>
        saveCheckIn(checkIn('b', `written after ${delay} ms`)),
      );
      const [enabled, saved] = await Promise.allSettled([enableLock('246813'), saving]);
      const meta = await lockMeta();
      const want = meta ? keyIdOf(meta) : null;
      // Every row is sealed for the lock as stored: nothing plain under it, nothing unreadable.
      expect(new Set(await sealedFor())).toEqual(new Set([want]));
      if (enabled.status === 'fulfilled') setUnlocked(enabled.value);
      const notes = (await allCheckIns()).map((c) => c.note);
      if (saved.status === 'fulfilled') expect(notes).toContain(`written after ${delay} ms`);
      else expect(saved.reason).toBeInstanceOf(LockChangedError);
      useCodec(plainCodec);
      await deleteDatabase();
    }
  });
});

describe('a record that cannot be opened', { timeout: 60_000 }, () => {
  it('is reported and skipped; History and the backup keep every readable record', async () => {
    const lock = await enableLock('246813');
    await saveCheckIn(checkIn('a', 'readable one'));
    await saveCheckIn(checkIn('c', 'readable two'));
    // A row damaged on disk (its sealed bytes changed): it opens under no key.
    await damage('c');
    const reported: unknown[] = [];
    const stop = onUnreadable((place) => reported.push(place));
    setUnlocked(lock);
    expect((await allCheckIns()).map((c) => c.note)).toEqual(['readable one']);
    expect((await exportData({ includeEvents: false })).checkIns!.map((c) => c.note)).toEqual([
      'readable one',
    ]);
    expect(reported).toContainEqual({ table: 'checkIns', key: 'c' });
    stop();
  });

  it('a sealed body moved to another row does not open there (bound to its table and id)', async () => {
    const lock = await enableLock('246813');
    await saveCheckIn(checkIn('a', 'the real one'));
    const row = (await rawDump()).checkIns![0] as { id: string; body: Body };
    await withDb((d) => d.checkIns.put({ ...(row as object), id: 'copy' } as never));
    setUnlocked(lock);
    expect((await allCheckIns()).map((c) => c.id)).toEqual(['a']);
  });
});

describe('a new PIN, and older locks', { timeout: 60_000 }, () => {
  it('a new PIN wraps the same key again: no record is rewritten, the passkey stays', async () => {
    await saveCheckIn(checkIn('a', 'kept as it is'));
    const lock = await enableLock('246813');
    const prf = crypto.getRandomValues(new Uint8Array(32)).buffer;
    expect(
      await addPasskey('246813', {
        credentialId: new Uint8Array([9]),
        salt: new Uint8Array(32),
        prfOutput: prf,
      }),
    ).toBe(true);
    const rows = (await rawDump()).checkIns;

    expect(await changeSecret('111111', 'a new passphrase of four words')).toBe('wrong');
    expect(await changeSecret('246813', 'a new passphrase of four words')).toBe('ok');
    expect((await rawDump()).checkIns).toEqual(rows);
    expect(await unlockKey('246813')).toBeUndefined();
    const opened = await unlockKey('a new passphrase of four words');
    expect(opened?.keyId).toBe(lock.keyId);
    expect(await passkeyOf()).toBeDefined();
    setUnlocked(opened);
    expect((await allCheckIns())[0]!.note).toBe('kept as it is');
  });

  it('a lock made at a lower cost moves to today’s on its next unlock, keeping its key id', async () => {
    await saveCheckIn(checkIn('a', 'old lock'));
    await enableLock('246813');
    const meta = (await lockMeta()) as ArgonMeta;
    // As locks were made before this version: 2 passes, 1 lane, and no key id stored.
    const { argon2idKey } = await import('$lib/crypto/argon2');
    const kdf = { ...meta.kdf, iterations: 2, parallelism: 1 };
    const raw = crypto.getRandomValues(new Uint8Array(32));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await argon2idKey('246813', kdf.salt, kdf),
      raw,
    );
    const { keyId: _dropped, ...older } = meta;
    const oldMeta = { ...older, kdf, wrapped: { iv: [...iv], data: [...new Uint8Array(data)] } };
    await withDb((d) =>
      d.meta.put({ key: 'lockMeta', body: { enc: 'none', value: { value: oldMeta } } }),
    );
    const id = keyIdOf(oldMeta);

    const opened = await unlockKey('246813');
    expect(opened?.keyId).toBe(id);
    await vi.waitFor(async () => expect(((await lockMeta()) as ArgonMeta).kdf.iterations).toBe(3), {
      timeout: 20_000,
    });
    const moved = (await lockMeta()) as ArgonMeta;
    expect(moved.keyId).toBe(id);
    expect(moved.kdf).toMatchObject({ memoryKiB: 65536, iterations: 3, parallelism: 4 });
    expect((await unlockKey('246813'))?.keyId).toBe(id);
  });
});

describe('races and damage the lock survives', { timeout: 60_000 }, () => {
  it('a passkey added in one tab while another turns the lock off changes nothing back', async () => {
    // Web Locks as a browser has them: one holder at a time, in the order asked.
    let queue = Promise.resolve();
    vi.stubGlobal('navigator', {
      storage: { persist: async () => true },
      locks: {
        request: (_name: string, _options: unknown, work: () => Promise<unknown>) => {
          const turn = queue.then(work);
          queue = turn.then(
            () => undefined,
            () => undefined,
          );
          return turn;
        },
      },
    });
    await saveCheckIn(checkIn('a', 'kept plain after the lock is off'));
    await enableLock('246813');
    const passkey = {
      credentialId: new Uint8Array([7]),
      salt: new Uint8Array(32),
      prfOutput: crypto.getRandomValues(new Uint8Array(32)).buffer,
    };
    // Tab B starts adding a passkey (Argon2id first); tab A turns the lock off meanwhile.
    const adding = addPasskey('246813', passkey);
    expect(await disableLock('246813')).toBe('ok');
    await expect(adding).rejects.toThrow(/changed/);
    expect(await lockMeta()).toBeUndefined();
    expect(await sealedFor()).toEqual([null]);
  });

  it('a damaged record does not stop the lock being turned off; it stays reported', async () => {
    const lock = await enableLock('246813');
    await saveCheckIn(checkIn('a', 'readable'));
    await saveCheckIn(checkIn('b', 'damaged'));
    await damage('b');
    setUnlocked(lock);
    expect(await disableLock('246813')).toBe('ok');
    expect((await allCheckIns()).map((c) => c.note)).toEqual(['readable']);
  });

  it('a stored lock with parameters no app wrote opens nothing (and does not hang)', async () => {
    await enableLock('246813');
    const meta = (await lockMeta()) as ArgonMeta;
    const crafted = { ...meta, kdf: { ...meta.kdf, memoryKiB: 4 * 1024 * 1024 } };
    await withDb((d) =>
      d.meta.put({ key: 'lockMeta', body: { enc: 'none', value: { value: crafted } } }),
    );
    expect(await unlockKey('246813')).toBeUndefined();
  });
});
