import { BACKUP_TABLES, deriveKey } from '$lib/domain/private-data';
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
 * record) under a random data key. The data key is stored only wrapped (AES-GCM) under a key
 * derived from the client's passphrase or PIN with Argon2id, which is memory-hard: every guess
 * costs 64 MiB and several passes, on a GPU as on a phone. A wrong passphrase fails to unwrap
 * (the GCM tag), so nothing else is needed to tell it from a right one.
 *
 * Locks made before Argon2id (version 1: the records' key derived straight from the passphrase
 * with PBKDF2-SHA-256) open as before, and on that unlock the same key is wrapped under Argon2id
 * and the PBKDF2 check removed: no record is rewritten, nothing can be lost half-way.
 */
const META_KEY = 'lockMeta';
const CHECK_TEXT = 'blvd-companion-lock-check';
/** Tables whose contents are the client's own: what a backup holds, but the public events. */
const PRIVATE_TABLES = BACKUP_TABLES.filter((table) => table !== 'events');

/** Argon2id cost: tuned so unlocking stays within 1.5 s on a phone at CPU x4 (see bench/lock.js). */
export const ARGON2ID = { memoryKiB: 64 * 1024, iterations: 2, parallelism: 1 } as const;

interface Wrapped {
  iv: number[];
  data: number[];
}

interface LegacyMeta {
  salt: number[];
  iterations: number;
  check: Wrapped;
}

interface ArgonMeta {
  version: 2;
  kdf: {
    alg: 'argon2id';
    salt: number[];
    memoryKiB: number;
    iterations: number;
    parallelism: number;
  };
  /** The data key, wrapped under the passphrase's key. */
  wrapped: Wrapped;
  /** The data key also wrapped under a passkey's PRF secret ("Unlock with this phone's screen lock"). */
  passkey?: PasskeyWrap;
}

export interface PasskeyWrap {
  credentialId: number[];
  /** The PRF input: the passkey turns it into the same secret each time, inside the phone. */
  salt: number[];
  wrapped: Wrapped;
}

type LockMeta = LegacyMeta | ArgonMeta;

const isArgon = (meta: LockMeta): meta is ArgonMeta => (meta as ArgonMeta).version === 2;

/** The key an Argon2id hash of the passphrase makes (hash-wasm's WebAssembly, loaded on use). */
async function passphraseKey(passphrase: string, kdf: ArgonMeta['kdf']): Promise<CryptoKey> {
  const { argon2id } = await import('hash-wasm');
  const hash = await argon2id({
    password: passphrase.normalize('NFC'),
    salt: new Uint8Array(kdf.salt),
    memorySize: kdf.memoryKiB,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  return crypto.subtle.importKey('raw', hash as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

/** The data key for records: usable, never extractable again. */
const dataKey = (raw: Uint8Array) =>
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

async function unwrap(key: CryptoKey, wrapped: Wrapped): Promise<Uint8Array | undefined> {
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

const metaRow = (meta: LockMeta) => toPublicRow({ key: META_KEY, value: meta }, ['key'] as const);

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
export function setUnlocked(key: CryptoKey | undefined): void {
  useCodec(key ? encryptingCodec(key) : lockedCodec);
}

/** The AES key a passkey's PRF output makes (HKDF-SHA-256, bound to this use). */
async function prfKey(prfOutput: ArrayBuffer): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', prfOutput, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: new TextEncoder().encode('blvd-companion app lock'),
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The passkey the lock can also open with, if one was added. */
export async function passkeyOf(): Promise<
  { credentialId: Uint8Array; salt: Uint8Array } | undefined
> {
  const meta = await lockMeta();
  if (!meta || !isArgon(meta) || !meta.passkey) return undefined;
  return {
    credentialId: new Uint8Array(meta.passkey.credentialId),
    salt: new Uint8Array(meta.passkey.salt),
  };
}

/**
 * Adds a passkey to the lock: the data key (unwrapped with the passphrase, which proves it is
 * the client) is also wrapped under the passkey's PRF secret. Returns false for a wrong
 * passphrase; nothing changes then.
 */
export async function addPasskey(
  passphrase: string,
  passkey: { credentialId: Uint8Array; salt: Uint8Array; prfOutput: ArrayBuffer },
): Promise<boolean> {
  const meta = await lockMeta();
  if (!meta || !isArgon(meta)) return false;
  const raw = await unwrap(await passphraseKey(passphrase, meta.kdf), meta.wrapped);
  if (!raw) return false;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    await prfKey(passkey.prfOutput),
    raw as BufferSource,
  );
  const next: ArgonMeta = {
    ...meta,
    passkey: {
      credentialId: toB(passkey.credentialId),
      salt: toB(passkey.salt),
      wrapped: { iv: toB(iv), data: toB(new Uint8Array(data)) },
    },
  };
  await withDb((d) => d.meta.put(metaRow(next)));
  return true;
}

/** Opens with the passkey's PRF secret; undefined if it does not unwrap the data key. */
export async function unlockWithPasskey(prfOutput: ArrayBuffer): Promise<CryptoKey | undefined> {
  const meta = await lockMeta();
  if (!meta || !isArgon(meta) || !meta.passkey) return undefined;
  const raw = await unwrap(await prfKey(prfOutput), meta.passkey.wrapped);
  return raw ? dataKey(raw) : undefined;
}

/** Removes the passkey; the passphrase or PIN still opens the app. */
export async function removePasskey(): Promise<void> {
  const meta = await lockMeta();
  if (!meta || !isArgon(meta) || !meta.passkey) return;
  const { passkey: _gone, ...rest } = meta;
  await withDb((d) => d.meta.put(metaRow(rest)));
}
