import {
  allDrafts,
  exportData,
  importData,
  publicRows,
  putDrafts,
  putPublicRows,
} from '$lib/db/backup';
import { closeDb, deleteDatabase } from '$lib/db/database';
import { CLEAN_START_KEY } from '$lib/db/lock-id';
import { exportBackupFile } from './backup';
import { lock } from './lock.svelte';
import { enableLock } from './lock-settings';
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
 * 1. an encrypted backup file is saved first, under the same passphrase, and the client says it
 *    is there (`isFileSaved`) before anything is deleted: if the phone dies half-way, that file
 *    brings everything back, and the app says so when it next opens (CLEAN_START_KEY);
 * 2. the app's other tabs let go of the database and wait (their saves run afterwards, against
 *    the new lock); the records and drafts are read into memory, and the origin's storage is
 *    cleared (where the host sends the header; elsewhere the database is deleted, and the client
 *    is told that old copies may remain until the browser tidies up);
 * 3. a new database gets the lock, and the records and drafts go back into it, sealed;
 * 4. the public rows (meeting list, the center's program) and the app's own small preferences
 *    (language, flags) are put back, and the app is installed again for offline use.
 * Nothing of this leaves the phone. Returns undefined when the client stopped before the delete.
 */
export async function lockWithCleanStart(
  secret: string,
  onStep: (step: CleanStep) => void,
  isFileSaved: (file: string) => Promise<boolean>,
  onBlocked?: () => void,
): Promise<{ file: string; isFilesCleared: boolean } | undefined> {
  onStep('backup');
  const file = await exportBackupFile({ passphrase: secret, includeEvents: false });
  if (!(await isFileSaved(file))) return undefined;
  onStep('delete');
  lock.tellOtherTabs('hold');
  try {
    // A moment for the other tabs to hear it: a save they had under way lands before the read,
    // or is undone and runs again afterwards (database.ts, holdDatabase).
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Read again, not taken from the backup: another tab may have saved since the file was made
    // (it is held only from here on). The file stays the safety net.
    const data = await exportData({ includeEvents: false });
    const drafts = await allDrafts();
    const kept = await publicRows();
    const preferences = Object.entries(localStorage).filter(([key]) => key !== CLEAN_START_KEY);
    localStorage.setItem(CLEAN_START_KEY, file);
    closeDb();
    const isFilesCleared = await askHostToClearStorage();
    // The host's clearing took local storage too: the preferences and the note go back at once.
    for (const [key, value] of preferences) localStorage.setItem(key, value);
    localStorage.setItem(CLEAN_START_KEY, file);
    // Where the host cleared it, the database is gone already; this only makes sure.
    await deleteDatabase(onBlocked);
    onStep('lock');
    await enableLock(secret);
    onStep('restore');
    await importData(data, 'replace');
    await putDrafts(drafts);
    await putPublicRows(kept);
    localStorage.removeItem(CLEAN_START_KEY);
    if (isFilesCleared) await pwa.reinstall().catch(() => undefined);
    onStep('done');
    return { file, isFilesCleared };
  } finally {
    lock.tellOtherTabs('release');
  }
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
