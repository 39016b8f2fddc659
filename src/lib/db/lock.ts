import { BACKUP_TABLES, deriveKey, KDF_ITERATIONS } from '$lib/domain/private-data';
import type { CompanionDB } from './companion-db';
import {
  LockedError,
  plainCodec,
  toPublicRow,
  useCodec,
  type Body,
  type ContentCodec,
  type Row,
} from './codec';
import { fromRow } from './codec';
import { withDb } from './database';

/**
 * The app lock: record contents encrypted at rest with AES-GCM (a fresh random IV for every
 * record) under a key derived from the client's passphrase with PBKDF2-SHA-256. The key is
 * never stored: only a salt and a small encrypted check value, to tell a right passphrase
 * from a wrong one.
 */
const META_KEY = 'lockMeta';
const CHECK_TEXT = 'blvd-companion-lock-check';
/** Tables whose contents are the client's own: what a backup holds, but the public events. */
const PRIVATE_TABLES = BACKUP_TABLES.filter((table) => table !== 'events');

interface LockMeta {
  salt: number[];
  iterations: number;
  check: { iv: number[]; data: number[] };
}

function toB(bytes: Uint8Array): number[] {
  return [...bytes];
}

export function encryptingCodec(key: CryptoKey): ContentCodec {
  return {
    async seal(value) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: iv as BufferSource },
        key,
        new TextEncoder().encode(JSON.stringify(value)),
      );
      return { enc: 'aes-gcm', iv, data };
    },
    async open(body) {
      if (body.enc === 'none') return body.value;
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: body.iv as BufferSource },
        key,
        body.data,
      );
      return JSON.parse(new TextDecoder().decode(plain));
    },
  };
}

/** While locked nothing can be read or written: every record access fails with LockedError. */
export const lockedCodec: ContentCodec = {
  async seal() {
    throw new LockedError();
  },
  async open(body) {
    if (body.enc === 'none') return body.value;
    throw new LockedError();
  },
};

export async function lockMeta(): Promise<LockMeta | undefined> {
  const row = await withDb((d) => d.meta.get(META_KEY));
  return row ? (await fromRow<{ value: LockMeta }>(row)).value : undefined;
}

export async function isLockEnabled(): Promise<boolean> {
  return (await lockMeta()) !== undefined;
}

/** Tries a passphrase; returns the key when it is right. Never changes anything. */
export async function unlockKey(passphrase: string): Promise<CryptoKey | undefined> {
  const meta = await lockMeta();
  if (!meta) return undefined;
  const key = await deriveKey(passphrase, new Uint8Array(meta.salt), meta.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(meta.check.iv) as BufferSource },
      key,
      new Uint8Array(meta.check.data) as BufferSource,
    );
    return new TextDecoder().decode(plain) === CHECK_TEXT ? key : undefined;
  } catch {
    return undefined;
  }
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
      if (meta) await d.meta.put(toPublicRow({ key: META_KEY, value: meta }, ['key'] as const));
      else await d.meta.delete(META_KEY);
    }),
  );
}

/** Turns the lock on: derives a key, encrypts every private record, installs the codec. */
export async function enableLock(passphrase: string): Promise<CryptoKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, KDF_ITERATIONS);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const check = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource },
      key,
      new TextEncoder().encode(CHECK_TEXT),
    ),
  );
  const codec = encryptingCodec(key);
  await resealAll((body) => plainCodec.open(body).then((value) => codec.seal(value)), {
    salt: toB(salt),
    iterations: KDF_ITERATIONS,
    check: { iv: toB(iv), data: toB(check) },
  });
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
export function setUnlocked(key: CryptoKey | undefined): void {
  useCodec(key ? encryptingCodec(key) : lockedCodec);
}
