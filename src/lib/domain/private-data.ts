/**
 * What the app lock and encrypted backups share: which tables hold the client's records, and the
 * key derived from a passphrase. Kept apart from backup.ts so the lock (in every screen's first
 * load) does not bring backup checking along.
 */
export const KDF_ITERATIONS = 600_000;

/** Tables a backup holds; `events` (feed data) only when the client asks for it. */
export const BACKUP_TABLES = [
  'checkIns',
  'tags',
  'sessions',
  'occurrenceChanges',
  'attendance',
  'slips',
  'favourites',
  'settings',
  'plans',
  'recordings',
  'measures',
  'events',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** AES-GCM 256 key from a passphrase: PBKDF2-SHA-256 with the given salt and iterations. */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  /** Only to move an old app lock's key under a new wrapping (see db/lock.ts). */
  isExtractable = false,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    isExtractable,
    ['encrypt', 'decrypt'],
  );
}
