import { BACKUP_TABLES } from '$lib/domain/private-data';

/**
 * What the database itself checks of the app lock, on every write (database.ts, guardSeals):
 * kept apart from lock.ts, which loads the database.
 */
export const META_KEY = 'lockMeta';
/** Where a change of the lock is announced to the app's other tabs. */
export const LOCK_CHANNEL = 'blvd-lock';
/**
 * What is said there: the lock changed (read it again); or a clean start is rebuilding the
 * database (`hold`: let go of it and wait) and is done (`release`).
 */
export type LockMessage = 'changed' | 'hold' | 'release' | 'lock';
/** localStorage: a clean start of the lock is under way; its backup file holds the records. */
export const CLEAN_START_KEY = 'cleanStartFile';

/** Tables whose rows are the client's own and sealed under the lock: all but public events. */
export const SEALED_TABLES: readonly string[] = [
  ...BACKUP_TABLES.filter((table) => table !== 'events'),
  'drafts',
];

interface KeyedMeta {
  keyId?: string;
  salt?: number[];
  kdf?: { salt: number[] };
}

/**
 * The key id of a lock. Locks made before key ids existed get one from their salt (random, not
 * secret, and the same in every tab), and keep it when they are next wrapped again.
 */
export function keyIdOf(meta: KeyedMeta): string {
  if (meta.keyId) return meta.keyId;
  const salt = meta.kdf?.salt ?? meta.salt ?? [];
  return `s-${salt.map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A write sealed for a lock that is no longer the lock in the database (changed in another tab). */
export class LockChangedError extends Error {
  constructor() {
    super('The app lock was changed in another window: unlock, then save again.');
    this.name = 'LockChangedError';
  }
}

/**
 * Refuses rows sealed for any lock but the one stored (`meta`: the stored lock's metadata, or
 * undefined without a lock): plain rows under a lock, rows under a thrown-away key, old bodies.
 */
export function assertSealedFor(meta: KeyedMeta | undefined, rows: readonly unknown[]): void {
  const wanted = meta ? keyIdOf(meta) : null;
  for (const row of rows) {
    const body = (row as { body?: { enc?: string; kid?: string } } | undefined)?.body;
    if (!body) continue;
    const sealedFor = body.enc === 'none' ? null : (body.kid ?? '');
    if (sealedFor !== wanted) throw new LockChangedError();
  }
}
