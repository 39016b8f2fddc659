import { fromRow, LockedError, placeBytes, useCodec, type ContentCodec } from './codec';
import { readOrEmpty } from './database';

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
 *
 * This module is what every screen needs (is the lock on, the codecs); deriving, wrapping and
 * re-sealing are in lock-keys.ts, loaded when the client unlocks or changes the lock.
 */
export { META_KEY, keyIdOf } from './lock-id';
import { META_KEY } from './lock-id';

export interface Wrapped {
  iv: number[];
  data: number[];
}

export interface LegacyMeta {
  keyId?: string;
  salt: number[];
  iterations: number;
  check: Wrapped;
}

export interface ArgonMeta {
  version: 2;
  /**
   * The data key's id, written into every body it seals. Kept when the key is wrapped again
   * (a new PIN, stronger parameters); a lock turned on anew has a new key and a new id.
   */
  keyId?: string;
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

export type LockMeta = LegacyMeta | ArgonMeta;

/** A new random key id. */
export const newKeyId = () =>
  [...crypto.getRandomValues(new Uint8Array(12))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

export function encryptingCodec(key: CryptoKey, keyId: string): ContentCodec {
  return {
    keyId,
    async seal(value, place) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        {
          name: 'AES-GCM',
          iv: iv as BufferSource,
          additionalData: placeBytes(place) as BufferSource,
        },
        key,
        new TextEncoder().encode(JSON.stringify(value)),
      );
      return { enc: 'aes-gcm', iv, data, kid: keyId };
    },
    async open(body, place) {
      if (body.enc === 'none') return body.value;
      // Bodies from before key ids were sealed without associated data.
      const bound = body.kid ? { additionalData: placeBytes(place) as BufferSource } : {};
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: body.iv as BufferSource, ...bound },
        key,
        body.data,
      );
      return JSON.parse(new TextDecoder().decode(plain));
    },
  };
}

/** While locked nothing can be read or written: every record access fails with LockedError. */
export const lockedCodec: ContentCodec = {
  keyId: null,
  async seal() {
    throw new LockedError();
  },
  async open(body) {
    if (body.enc === 'none') return body.value;
    throw new LockedError();
  },
};

export async function lockMeta(): Promise<LockMeta | undefined> {
  const row = await readOrEmpty((d) => d.meta.get(META_KEY), undefined);
  return row ? (await fromRow<{ value: LockMeta }>('meta', row)).value : undefined;
}

export async function isLockEnabled(): Promise<boolean> {
  return (await lockMeta()) !== undefined;
}

export function setUnlocked(unlocked: { key: CryptoKey; keyId: string } | undefined): void {
  useCodec(unlocked ? encryptingCodec(unlocked.key, unlocked.keyId) : lockedCodec);
}
