import { exportData, importData, publicRows, putPublicRows } from '$lib/db/backup';
import { closeDb, deleteDatabase } from '$lib/db/database';
import { exportBackupFile } from './backup';
import { lock } from './lock.svelte';
import { pwa } from './pwa.svelte';

export type CleanStep = 'backup' | 'delete' | 'lock' | 'restore' | 'done';

/**
 * Turns the lock on over records already on the phone, leaving no readable copy behind.
 *
 * Re-sealing rows in place (the quick way) leaves the old plain bytes in the browser's files
 * until it tidies them up (LevelDB's log and tables in Chromium; freed pages of SQLite in WebKit
 * and Firefox). Even deleting the database leaves them in Chromium's table files until a
 * compaction (tests/e2e/disk.spec.ts found them). What removes the files is the browser clearing
 * the origin's storage, on the host's `Clear-Site-Data` (the wipe's /wiped, see
 * scripts/headers.js). So:
 * 1. an encrypted backup file is saved first (the safety net: if the phone dies half-way, it
 *    brings everything back), under the same passphrase;
 * 2. the records are read into memory, and the origin's storage is cleared (where the host
 *    sends the header; elsewhere the database is deleted, and the client is told that old
 *    copies may remain until the browser tidies up);
 * 3. a new database gets the lock, and the records go back into it, sealed;
 * 4. the public rows (meeting list, the center's program) and the app's own small preferences
 *    (language, flags) are put back as they were, and the app is installed again for offline use.
 * Drafts of forms in progress are not kept. Nothing of this leaves the phone.
 */
export async function lockWithCleanStart(
  secret: string,
  onStep: (step: CleanStep) => void,
  onBlocked?: () => void,
): Promise<{ file: string; isFilesCleared: boolean }> {
  onStep('backup');
  const file = await exportBackupFile({ passphrase: secret, includeEvents: false });
  const data = await exportData({ includeEvents: false });
  const kept = await publicRows();
  onStep('delete');
  const preferences = Object.entries(localStorage);
  closeDb();
  const isFilesCleared = await askHostToClearStorage();
  // Where the host cleared it, the database is gone already; this only makes sure.
  await deleteDatabase(onBlocked);
  for (const [key, value] of preferences) localStorage.setItem(key, value);
  onStep('lock');
  await lock.enable(secret);
  onStep('restore');
  await importData(data, 'replace');
  await putPublicRows(kept);
  if (isFilesCleared) await pwa.reinstall().catch(() => undefined);
  onStep('done');
  return { file, isFilesCleared };
}

/**
 * Asks the host for Clear-Site-Data "storage" (the browser deletes the origin's database files,
 * local storage, caches and worker). True when the host sent it; false offline or on a host
 * that cannot (GitHub Pages).
 */
async function askHostToClearStorage(): Promise<boolean> {
  try {
    const response = await fetch('/wiped', { cache: 'no-store' });
    return response.ok && (response.headers.get('Clear-Site-Data') ?? '').includes('storage');
  } catch {
    return false;
  }
}
