import { expect, type Page } from '@playwright/test';

/**
 * Turns the app lock on from Settings, as a client does, and waits for the records to be
 * encrypted. With records already on the phone the app offers a clean start or the quick way:
 * `way` says which the client takes (the quick one unless asked).
 */
export async function turnOnLock(page: Page, secret: string, way: 'quick' | 'clean' = 'quick') {
  await page.goto('/settings');
  await page.getByLabel('New passphrase or PIN').fill(secret);
  await page.getByLabel('Same passphrase or PIN again').fill(secret);
  await page.getByRole('button', { name: 'Turn on app lock' }).click();
  const done = page.getByText('App lock is on. Your records are encrypted.');
  const choice = page.getByRole('group', { name: 'Your records are already on this phone' });
  await expect(done.or(choice)).toBeVisible();
  if (await choice.isVisible()) {
    const name = way === 'clean' ? 'Clean start (recommended)' : 'Just turn on the lock';
    await choice.getByRole('button', { name }).click();
    if (way === 'clean') {
      // The backup file comes first; the client says it is saved before anything is deleted.
      await page.getByRole('button', { name: 'It is saved: go on' }).click();
      await expect(page.getByText('Done. Your records are locked')).toBeVisible({
        timeout: 30_000,
      });
      return;
    }
  }
  await expect(done).toBeVisible();
}

/** Unlocks from the lock screen and waits for the app to open. */
export async function unlock(page: Page, secret: string) {
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  await page.getByLabel('Passphrase or PIN').fill(secret);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toHaveCount(0);
}

/** Everything in IndexedDB as text, binary shown as <bytes>. */
export async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('recovery-companion');
        open.onsuccess = async () => {
          const db = open.result;
          const out: Record<string, unknown[]> = {};
          for (const name of db.objectStoreNames) {
            out[name] = await new Promise((done) => {
              const request = db.transaction(name).objectStore(name).getAll();
              request.onsuccess = () => done(request.result);
            });
          }
          db.close();
          resolve(
            JSON.stringify(out, (_k, v) =>
              v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? '<bytes>' : v,
            ),
          );
        };
      }),
  );
}
