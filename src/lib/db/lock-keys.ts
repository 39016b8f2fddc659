import { ARGON2ID, argon2idKey } from '$lib/crypto/argon2';
import { BACKUP_TABLES, deriveKey } from '$lib/domain/private-data';
import type { CompanionDB } from './companion-db';
import { plainCodec, toPublicRow, useCodec, type Body, type Row } from './codec';
import { withDb } from './database';
import {
  META_KEY,
  encryptingCodec,
  lockMeta,
  type ArgonMeta,
  type LockMeta,
  type Wrapped,
} from './lock';

/*
 * The app lock's keys (see lock.ts): Argon2id of the passphrase, the wrapped data key, the move
 * of a PBKDF2 lock to Argon2id, and re-sealing every record when the lock is turned on or off.
 * Loaded only when the client unlocks or changes the lock.
 */
const CHECK_TEXT = 'blvd-companion-lock-check';
/** Tables whose contents are the client's own: what a backup holds, but the public events. */
const PRIVATE_TABLES = BACKUP_TABLES.filter((table) => table !== 'events');

export { ARGON2ID };

export const isArgon = (meta: LockMeta): meta is ArgonMeta => (meta as ArgonMeta).version === 2;

/** The key an Argon2id hash of the passphrase makes (in a worker: see crypto/argon2.ts). */
export function passphraseKey(passphrase: string, kdf: ArgonMeta['kdf']): Promise<CryptoKey> {
  return argon2idKey(passphrase, kdf.salt, kdf);
}

/** The data key for records: usable, never extractable again. */
export const dataKey = (raw: Uint8Array) =>
  crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);

/** Wraps a data key under a new Argon2id key of the passphrase (a fresh salt). */
async function argonMeta(passphrase: string, raw: Uint8Array): Promise<ArgonMeta> {
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
  return { version: 2, kdf, wrapped: { iv: toB(iv), data: toB(new Uint8Array(data)) } };
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

/**
 * Tries a passphrase; returns the records' key when it is right. A wrong one changes nothing. A
 * right one on a version-1 lock also moves it to Argon2id (same data key, newly wrapped).
 */
export async function unlockKey(passphrase: string): Promise<CryptoKey | undefined> {
  const meta = await lockMeta();
  if (!meta) return undefined;
  if (isArgon(meta)) {
    const raw = await unwrap(await passphraseKey(passphrase, meta.kdf), meta.wrapped);
    return raw ? dataKey(raw) : undefined;
  }
  const salt = new Uint8Array(meta.salt);
  const legacy = await deriveKey(passphrase, salt, meta.iterations, true);
  const check = await unwrap(legacy, meta.check);
  if (!check || new TextDecoder().decode(check) !== CHECK_TEXT) return undefined;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', legacy));
  try {
    const upgraded = await argonMeta(passphrase, raw);
    await withDb((d) => d.meta.put(metaRow(upgraded)));
  } catch {
    // Not upgraded this time (storage full, say): the old lock still opens, and tries again.
  }
  return dataKey(raw);
}

type Rewrite = (body: Body) => Promise<Body>;

/**
 * Re-seals every private record in one step: rows are read in one transaction, re-sealed
 * (WebCrypto, outside any transaction), then written with the lock metadata in a second one
 * that checks nothing changed in between. Either every record moves or none does.
 */
async function resealAll(rewrite: Rewrite, meta: LockMeta | null): Promise<void> {
  const read = (d: CompanionDB) =>
    d.transaction(
      'r',
      PRIVATE_TABLES.map((t) => d.table(t)),
      () => Promise.all(PRIVATE_TABLES.map((t) => d.table(t).toArray() as Promise<Row<object>[]>)),
    );
  const before = await withDb(read);
  const after = await Promise.all(
    before.map((rows) =>
      Promise.all(rows.map(async (row) => ({ ...row, body: await rewrite(row.body) }))),
    ),
  );
  await withDb((d) =>
    d.transaction('rw', [...PRIVATE_TABLES.map((t) => d.table(t)), d.drafts, d.meta], async () => {
      const now = await Promise.all(PRIVATE_TABLES.map((t) => d.table(t).count()));
      if (now.some((count, i) => count !== before[i]!.length)) {
        throw new Error('Records changed while the lock was being set; nothing was changed.');
      }
      for (const [i, table] of PRIVATE_TABLES.entries()) await d.table(table).bulkPut(after[i]!);
      // Drafts (a half-written note) are private too, but short-lived: they are cleared.
      await d.drafts.clear();
      if (meta) await d.meta.put(metaRow(meta));
      else await d.meta.delete(META_KEY);
    }),
  );
}

/** Turns the lock on: a new data key wrapped under the passphrase, every private record encrypted. */
export async function enableLock(passphrase: string): Promise<CryptoKey> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const meta = await argonMeta(passphrase, raw);
  const key = await dataKey(raw);
  const codec = encryptingCodec(key);
  await resealAll((body) => plainCodec.open(body).then((value) => codec.seal(value)), meta);
  useCodec(codec);
  return key;
}

/** Turns the lock off (the app must be unlocked): decrypts every record, removes the lock. */
export async function disableLock(key: CryptoKey): Promise<void> {
  const codec = encryptingCodec(key);
  await resealAll((body) => codec.open(body).then((value) => plainCodec.seal(value)), null);
  useCodec(plainCodec);
}

/** Installs the codec for an unlocked key, or the locked one. */
