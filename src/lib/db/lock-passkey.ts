import { keyIdOf, lockMeta, type ArgonMeta } from './lock';
import {
  dataKey,
  exclusively,
  isArgon,
  passphraseKey,
  replaceMeta,
  toB,
  unwrap,
  type Unlocked,
} from './lock-keys';

/*
 * The app lock's second way in: the data key also wrapped under a passkey's PRF secret
 * ("Unlock with this phone's screen lock", see state/passkey.ts). Its own module, loaded only
 * when the lock is on, so no screen's first load carries it.
 */

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
  // Only over the lock as it was read: another tab may have turned it off or changed the PIN
  // meanwhile, and writing this older copy back would undo that (a locked database over plain
  // rows, or the old PIN back).
  const isStored = await exclusively(() => replaceMeta(meta, next));
  if (!isStored) throw new Error('The app lock was changed in another window.');
  return true;
}

/** Opens with the passkey's PRF secret; undefined if it does not unwrap the data key. */
export async function unlockWithPasskey(prfOutput: ArrayBuffer): Promise<Unlocked | undefined> {
  const meta = await lockMeta();
  if (!meta || !isArgon(meta) || !meta.passkey) return undefined;
  const raw = await unwrap(await prfKey(prfOutput), meta.passkey.wrapped);
  return raw ? { key: await dataKey(raw), keyId: keyIdOf(meta) } : undefined;
}

/**
 * Removes the passkey; the passphrase or PIN still opens the app. Returns its credential id, so
 * the phone can be told it is no longer used (see state/passkey.ts, forgetPasskey).
 */
export async function removePasskey(): Promise<Uint8Array | undefined> {
  const meta = await lockMeta();
  if (!meta || !isArgon(meta) || !meta.passkey) return undefined;
  const { passkey: gone, ...rest } = meta;
  if (!(await exclusively(() => replaceMeta(meta, rest)))) {
    throw new Error('The app lock was changed in another window.');
  }
  return new Uint8Array(gone.credentialId);
}
