import { db } from './database';
import { getSetting, setSetting } from './settings';

export type StorageProtection = 'persisted' | 'not-persisted' | 'unknown';

/** Whether the browser promised to keep this site's data. */
export async function storageProtection(): Promise<StorageProtection> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unknown';
  return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
}

/** Asks the browser to keep the data; returns what it answered. */
export async function requestPersistence(): Promise<StorageProtection> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unknown';
  return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
}

/**
 * Repositories call this after a record is saved. The first time, it asks the browser to keep
 * the data: asking before there is anything to keep would be a prompt with no reason behind it.
 */
// The open database this was settled for: every save would otherwise read the setting again
// (a fresh database, after "delete all my data", asks again).
let settledFor: unknown;

export async function afterRecordSaved(): Promise<void> {
  const database = await db();
  if (settledFor === database) return;
  if (!(await getSetting('persistenceRequestedAt'))) {
    await setSetting('persistenceRequestedAt', Date.now());
    // Asked, never awaited: in Firefox the answer is a permission prompt that stays pending
    // until the client answers it (perhaps never), and a save must say "Saved" at once.
    requestPersistence().catch(() => undefined);
  }
  settledFor = database;
}
