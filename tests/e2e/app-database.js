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
  // Asked again and again from here: page.waitForFunction would take the promise an async check
  // returns as its answer (a promise is truthy) and ask only once, so a test went on before the
  // database existed, and its own open created an empty one under the app.
  const deadline = Date.now() + 15_000;
  while (!(await page.evaluate(isCreated))) {
    if (Date.now() > deadline) throw new Error('The app did not create its database in 15 s.');
    await page.waitForTimeout(50);
  }
}

/** Whether the app's database exists with its tables (never creating it: asks before opening). */
async function isCreated() {
  // Listed as soon as its upgrade starts: an open then waits for the upgrade to finish.
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
}

/**
 * Writes rows straight into IndexedDB, shaped as the app stores them (indexed fields in the
 * clear, contents in `body`). One copy for the end-to-end tests and the benches, so both seed
 * exactly what the app would have written.
 * @param {import('@playwright/test').Page} page
 * @param {string} table
 * @param {Record<string, unknown>[]} records
 * @param {string[]} indexed
 */
export async function seedRows(page, table, records, indexed) {
  await waitForAppDatabase(page);
  await page.evaluate(
    async ({ table, records, indexed }) => {
      // The app may still be creating its stores: retry until the table exists.
      /** @type {IDBDatabase | undefined} */
      let db;
      for (let attempt = 0; attempt < 100; attempt += 1) {
        /** @type {IDBDatabase} */
        const opened = await new Promise((resolve, reject) => {
          const open = indexedDB.open('recovery-companion');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        db = opened;
        if (db.objectStoreNames.contains(table)) break;
        db.close();
        db = undefined;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (!db) throw new Error(`The app never created the ${table} table.`);
      const tx = db.transaction(table, 'readwrite');
      for (const record of records) {
        /** @type {Record<string, unknown>} */
        const clear = {};
        /** @type {Record<string, unknown>} */
        const contents = {};
        for (const [key, value] of Object.entries(record)) {
          (indexed.includes(key) ? clear : contents)[key] = value;
        }
        tx.objectStore(table).put({ ...clear, body: { enc: 'none', value: contents } });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { table, records, indexed },
  );
}
