import { ARGON2ID, argon2idKey, isAtLeastCurrent, isSaneArgon2 } from '$lib/crypto/argon2';
import { deriveKey } from '$lib/domain/private-data';
import type { CompanionDB } from './companion-db';
import { plainCodec, toPublicRow, useCodec, type Body, type Place, type Row } from './codec';
import { withDb } from './database';
import {
  META_KEY,
  encryptingCodec,
  keyIdOf,
  lockMeta,
  newKeyId,
  type ArgonMeta,
  type LockMeta,
  type Wrapped,
} from './lock';
import { SEALED_TABLES } from './lock-id';

/*
 * The app lock's keys (see lock.ts): Argon2id of the passphrase, the wrapped data key, the move
 * of an older lock to the current parameters, a new PIN, and re-sealing every record when the
 * lock is turned on or off. Loaded only when the client unlocks or changes the lock.
 *
 * Two tabs: every change of the lock runs under one Web Lock (no two changes at once, in any
 * tab) and writes meta and rows in one transaction; the lock's state (state/lock.svelte.ts)
 * announces it so other tabs lock or unlock their screens. A write another tab sealed for the old state meanwhile is
 * refused by the database (database.ts, guardSeals), never stored unreadable.
 */
const CHECK_TEXT = 'blvd-companion-lock-check';
/**
 * Tables re-sealed when the lock is turned on or off: every private one, drafts too (a note being
 * written in another tab is still there after that tab unlocks).
 */
const RESEALED = SEALED_TABLES;

export { ARGON2ID };

export interface Unlocked {
  key: CryptoKey;
  keyId: string;
}

export const isArgon = (meta: LockMeta): meta is ArgonMeta => (meta as ArgonMeta).version === 2;

/** The key an Argon2id hash of the passphrase makes (in a worker: see crypto/argon2.ts). */
export function passphraseKey(passphrase: string, kdf: ArgonMeta['kdf']): Promise<CryptoKey> {
  return argon2idKey(passphrase, kdf.salt, kdf);
}

/** The data key for records: usable, never extractable again. */
export const dataKey = (raw: Uint8Array) =>
  crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);

/** Wraps a data key under a new Argon2id key of the passphrase (a fresh salt, current cost). */
async function argonMeta(
  passphrase: string,
  raw: Uint8Array,
  keep: { keyId: string; passkey?: ArgonMeta['passkey'] },
): Promise<ArgonMeta> {
  const kdf = {
    alg: 'argon2id' as const,
    salt: toB(crypto.getRandomValues(new Uint8Array(16))),
    ...ARGON2ID,
  };
  const key = await passphraseKey(passphrase, kdf);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    key,
    raw as BufferSource,
  );
  return {
    version: 2,
    keyId: keep.keyId,
    kdf,
    wrapped: { iv: toB(iv), data: toB(new Uint8Array(data)) },
    ...(keep.passkey ? { passkey: keep.passkey } : {}),
  };
}

export async function unwrap(key: CryptoKey, wrapped: Wrapped): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: new Uint8Array(wrapped.iv) as BufferSource },
        key,
        new Uint8Array(wrapped.data) as BufferSource,
      ),
    );
  } catch {
    return undefined;
  }
}

export const metaRow = (meta: LockMeta) =>
  toPublicRow({ key: META_KEY, value: meta }, ['key'] as const);

export function toB(bytes: Uint8Array): number[] {
  return [...bytes];
}

/** Runs a change of the lock while no other tab changes it (Web Locks, where there are any). */
export function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request('blvd-lock-change', { mode: 'exclusive' }, work) : work();
}

const sameMeta = (a: LockMeta | undefined, b: LockMeta | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Stores `next` only if the lock is still `expected` (another tab may have changed it since it
 * was read): returns whether it was stored.
 */
export async function replaceMeta(expected: LockMeta, next: LockMeta): Promise<boolean> {
  return withDb((d) =>
    d.transaction('rw', d.meta, async () => {
      const row = await d.meta.get(META_KEY);
      const now = (row?.body as { value?: { value?: LockMeta } } | undefined)?.value?.value;
      if (!sameMeta(now, expected)) return false;
      await d.meta.put(metaRow(next));
      return true;
    }),
  );
}

/** The raw data key, if `passphrase` opens the stored lock. */
async function openWith(
  passphrase: string,
  meta: LockMeta,
): Promise<{ raw: Uint8Array; isLegacy: boolean } | undefined> {
  if (isArgon(meta)) {
    // A stored lock is data like any other: parameters no app wrote (4 GiB, say) would make the
    // phone hang instead of asking for the PIN.
    if (!isSaneArgon2(meta.kdf)) return undefined;
    const raw = await unwrap(await passphraseKey(passphrase, meta.kdf), meta.wrapped);
    return raw ? { raw, isLegacy: false } : undefined;
  }
  if (!Number.isInteger(meta.iterations) || meta.iterations < 1 || meta.iterations > 10_000_000) {
    return undefined;
  }
  const legacy = await deriveKey(passphrase, new Uint8Array(meta.salt), meta.iterations, true);
  const check = await unwrap(legacy, meta.check);
  if (!check || new TextDecoder().decode(check) !== CHECK_TEXT) return undefined;
  return { raw: new Uint8Array(await crypto.subtle.exportKey('raw', legacy)), isLegacy: true };
}

/**
 * Tries a passphrase; returns the records' key when it is right. A wrong one changes nothing. A
 * right one on an older lock (PBKDF2, or Argon2id below today's cost) also wraps the same data
 * key again at today's cost, keeping its id: no record is rewritten, nothing can be lost.
 */
export async function unlockKey(passphrase: string): Promise<Unlocked | undefined> {
  const meta = await lockMeta();
  if (!meta) return undefined;
  const opened = await openWith(passphrase, meta);
  if (!opened) return undefined;
  const keyId = keyIdOf(meta);
  if (opened.isLegacy || !isAtLeastCurrent((meta as ArgonMeta).kdf)) {
    // In the background: the screen opens now; a failure (storage full) tries again next time.
    const passkey = isArgon(meta) ? meta.passkey : undefined;
    void exclusively(async () =>
      replaceMeta(meta, await argonMeta(passphrase, opened.raw, { keyId, passkey })),
    ).catch(() => undefined);
  }
  return { key: await dataKey(opened.raw), keyId };
}

/**
 * A new PIN or passphrase: the same data key wrapped under the new one (its id and the passkey
 * kept), so no record is rewritten. 'wrong' when `current` does not open the lock.
 */
export async function changeSecret(current: string, next: string): Promise<'ok' | 'wrong'> {
  return exclusively(async () => {
    const meta = await lockMeta();
    if (!meta) return 'wrong';
    const opened = await openWith(current, meta);
    if (!opened) return 'wrong';
    const passkey = isArgon(meta) ? meta.passkey : undefined;
    const fresh = await argonMeta(next, opened.raw, { keyId: keyIdOf(meta), passkey });
    if (!(await replaceMeta(meta, fresh))) throw new Error('The lock changed meanwhile.');
    return 'ok';
  });
}

type Rewrite = (body: Body, place: Place) => Promise<Body>;

/** What identifies a row's stored state: a sealed body by its key and IV, a plain one by value. */
const fingerprint = (row: Row<object>) =>
  row.body.enc === 'none'
    ? JSON.stringify(row)
    : `${row.body.kid ?? ''}:${new Uint8Array(row.body.iv).join(',')}`;

/**
 * Re-seals every private record in one step: rows are read in one transaction, re-sealed
 * (WebCrypto, outside any transaction), then written with the lock metadata in a second one
 * that checks no row changed in between. Either every record moves or none does. The metadata
 * is written first: the database checks each row against it (database.ts, guardSeals).
 */
async function resealAll(rewrite: Rewrite, meta: LockMeta | null): Promise<void> {
  const read = (d: CompanionDB) =>
    d.transaction(
      'r',
      RESEALED.map((t) => d.table(t)),
      () => Promise.all(RESEALED.map((t) => d.table(t).toArray() as Promise<Row<object>[]>)),
    );
  const before = await withDb(read);
  // A row that cannot be opened (damaged, or sealed under a key lost long ago) is left as it is
  // (it stays reported as unreadable): it must not stop the client turning the lock on or off.
  const after = await Promise.all(
    before.map(async (rows, i) => {
      const rewritten = await Promise.allSettled(
        rows.map(async (row) => {
          const { body, ...clear } = row;
          return { ...row, body: await rewrite(body, { table: RESEALED[i]!, clear }) };
        }),
      );
      return rewritten.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    }),
  );
  const was = before.map((rows) => rows.map(fingerprint).join('\n'));
  await withDb((d) =>
    d.transaction('rw', [...RESEALED.map((t) => d.table(t)), d.meta], async () => {
      for (const [i, table] of RESEALED.entries()) {
        const now = (await d.table(table).toArray()) as Row<object>[];
        if (now.map(fingerprint).join('\n') !== was[i]) {
          throw new Error('Records changed while the lock was being set; nothing was changed.');
        }
      }
      if (meta) await d.meta.put(metaRow(meta));
      else await d.meta.delete(META_KEY);
      for (const [i, table] of RESEALED.entries()) await d.table(table).bulkPut(after[i]!);
    }),
  );
}

/** Turns the lock on: a new data key wrapped under the passphrase, every private record encrypted. */
export async function enableLock(passphrase: string): Promise<Unlocked> {
  return exclusively(async () => {
    if (await lockMeta()) throw new Error('The app lock is already on.');
    const raw = crypto.getRandomValues(new Uint8Array(32));
    const keyId = newKeyId();
    const meta = await argonMeta(passphrase, raw, { keyId });
    const key = await dataKey(raw);
    const codec = encryptingCodec(key, keyId);
    await resealAll(
      (body, place) => plainCodec.open(body, place).then((value) => codec.seal(value, place)),
      meta,
    );
    useCodec(codec);
    return { key, keyId };
  });
}

/**
 * Turns the lock off, confirmed by the passphrase or PIN: decrypts every record, removes the
 * lock (and its passkey). 'wrong' changes nothing.
 */
export async function disableLock(passphrase: string): Promise<'ok' | 'wrong'> {
  return exclusively(async () => {
    const unlocked = await unlockKey(passphrase);
    if (!unlocked) return 'wrong';
    const codec = encryptingCodec(unlocked.key, unlocked.keyId);
    await resealAll(
      (body, place) => codec.open(body, place).then((value) => plainCodec.seal(value, place)),
      null,
    );
    useCodec(plainCodec);
    return 'ok';
  });
}
