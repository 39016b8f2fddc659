// @ts-check
// Waiting for the app, shared by the end-to-end tests (fixtures.ts) and the benches
// (bench/browser.js), as chromium.js is.

/**
 * Until the app has taken over the page (app.html marks it pending until then).
 * @param {import('@playwright/test').Page} page
 */
export async function waitForApp(page) {
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-pending'));
}

/**
 * Waits for the app to have created its database (Dexie stores version N as N * 10). On a first
 * visit the app creates it at the first touch or key (or with a first save), not at load: a test
 * or bench that writes or reads raw IndexedDB must wait for it, or it would create an empty one
 * itself.
 * @param {import('@playwright/test').Page} page
 */
export async function waitForAppDatabase(page) {
  // A key press (Shift alone does nothing else) once the app has taken over the page says
  // "the client is here".
  await waitForApp(page);
  await page.keyboard.press('Shift');
  // Listed as soon as its upgrade starts: wait until the upgrade has created the tables too.
  await page.waitForFunction(async () => {
    const listed = (await indexedDB.databases()).some(
      (d) => d.name === 'recovery-companion' && (d.version ?? 0) >= 10,
    );
    if (!listed) return false;
    /** @type {IDBDatabase} */
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('recovery-companion');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const isReady = db.objectStoreNames.contains('settings');
    db.close();
    return isReady;
  });
}
