import { afterEach, expect, it, vi } from 'vitest';
import { closeDb, db, deleteDatabase, DB_NAME, onDatabaseBlocked, withDb } from './database';
import { saveCheckIn } from './checkIns';
import { getSetting } from './settings';
import { watch } from './live';

// The page's life, as the browser tells it: the events a frozen or restored page receives.
const page = new EventTarget();
const doc = new EventTarget();
vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
vi.stubGlobal('document', doc);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  vi.stubGlobal('document', doc);
});

function pagehide(persisted: boolean) {
  const event = new Event('pagehide') as Event & { persisted: boolean };
  Object.defineProperty(event, 'persisted', { value: persisted });
  page.dispatchEvent(event);
}

/**
 * Whether this page's connection blocks another page deleting the database (deleted raw: the
 * app's deleteDatabase would forget this page's connection itself).
 */
async function isBlockedForAnotherPage(): Promise<boolean> {
  let isBlocked = false;
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onblocked = () => (isBlocked = true);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  return isBlocked;
}

/** Opens a raw connection of another page, which may or may not step aside when asked. */
function otherPage(answersVersionChange: boolean): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onsuccess = () => {
      const other = open.result;
      if (answersVersionChange) other.onversionchange = () => other.close();
      resolve(other);
    };
    open.onerror = () => reject(open.error);
  });
}

it('a page put in the back/forward cache holds no connection and starts no work until it is shown again', async () => {
  const database = await db();
  await withDb((d) => d.settings.put({ key: 'probe', body: { enc: 'none', value: 1 } }));
  pagehide(false);
  expect(database.isOpen()).toBe(true);
  pagehide(true);
  expect(database.isOpen()).toBe(false);
  // Nothing of the page's own holds the database now: a delete by another page is not blocked.
  expect(await isBlockedForAnotherPage()).toBe(false);
  // A draft flushed while put away (Firefox's visibilitychange comes after pagehide) waits.
  let isDone = false;
  const write = withDb((d) => d.settings.count()).then((count) => ((isDone = true), count));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(isDone).toBe(false);
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  // Back: it runs, on a new connection (a new, empty database here).
  page.dispatchEvent(new Event('pageshow'));
  expect(await write).toBe(0);
  const reopened = await db();
  expect(reopened).not.toBe(database);
  expect(reopened.isOpen()).toBe(true);
  closeDb();
});

it('a frozen tab (Chromium freezes background tabs) lets go too, until it resumes', async () => {
  const database = await db();
  await withDb((d) => d.settings.count());
  doc.dispatchEvent(new Event('freeze'));
  expect(database.isOpen()).toBe(false);
  const read = withDb((d) => d.settings.count());
  doc.dispatchEvent(new Event('resume'));
  expect(await read).toBe(0);
  closeDb();
});

it('a delete while another page holds the database says so, and finishes when that page lets go', async () => {
  await withDb((d) => d.settings.count());
  const other = await otherPage(false);
  const onBlocked = vi.fn();
  let isDone = false;
  const deleting = deleteDatabase(onBlocked).then(() => (isDone = true));
  await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledTimes(1));
  expect(isDone).toBe(false);
  other.close();
  await deleting;
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
});

it('a delete is not blocked by a page that steps aside when asked', async () => {
  await withDb((d) => d.settings.count());
  await otherPage(true);
  const onBlocked = vi.fn();
  await deleteDatabase(onBlocked);
  expect(onBlocked).not.toHaveBeenCalled();
});

it('a persistence prompt never answered (Firefox) never holds up a save', async () => {
  const persist = vi.fn(() => new Promise<boolean>(() => undefined));
  vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
  const saved = await Promise.race([
    saveCheckIn({
      id: 'c1',
      at: 1,
      date: '2026-12-07',
      mood: 3,
      craving: 2,
      triggerIds: [],
      copingIds: [],
      createdAt: 1,
      updatedAt: 1,
    }).then(() => 'saved'),
    new Promise((resolve) => setTimeout(() => resolve('still saving'), 2000)),
  ]);
  expect(saved).toBe('saved');
  expect(persist).toHaveBeenCalledTimes(1);
  expect(await getSetting('persistenceRequestedAt')).toBeTypeOf('number');
  await deleteDatabase();
});

it('a page put away while its tables are being created keeps no connection, and creates them on return', async () => {
  await deleteDatabase();
  closeDb();
  // The first touch: Dexie opens, and the upgrade that creates the tables starts.
  const opening = db();
  await opening;
  pagehide(true);
  // Whatever the upgrade had reached, nothing of this page holds the database now.
  await vi.waitFor(async () => expect(await isBlockedForAnotherPage()).toBe(false));
  page.dispatchEvent(new Event('pageshow'));
  expect(await withDb((d) => d.settings.count())).toBe(0);
  expect((await db()).isOpen()).toBe(true);
  closeDb();
});

it('a write under way when the page is put away is undone there, and done again once it is back', async () => {
  await withDb((d) => d.settings.count());
  const write = withDb((d) =>
    d.settings.put({ key: 'late', body: { enc: 'none', value: 'kept' } }),
  );
  pagehide(true);
  let isDone = false;
  void write.then(() => (isDone = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(isDone).toBe(false);
  page.dispatchEvent(new Event('pageshow'));
  await write;
  const row = await withDb((d) => d.settings.get('late'));
  expect(row?.body).toEqual({ enc: 'none', value: 'kept' });
  closeDb();
});

it('a read under way when the page is put away is cut off there, and read again once it is back', async () => {
  // WebKit: a read left running in a page in the back/forward cache never finished, and every
  // later page's save that touched its tables waited behind it ("Saving…" for ever).
  await withDb((d) => d.settings.put({ key: 'kept', body: { enc: 'none', value: 1 } }));
  const abort = vi.spyOn(IDBTransaction.prototype, 'abort');
  const read = withDb((d) => d.settings.toArray());
  pagehide(true);
  const aborted = abort.mock.contexts as IDBTransaction[];
  expect(aborted.map((transaction) => transaction.mode)).toContain('readonly');
  abort.mockRestore();
  page.dispatchEvent(new Event('pageshow'));
  expect((await read).map((row) => row.key)).toContain('kept');
  closeDb();
  await deleteDatabase();
});

it('a live query starts over when the page is back, and shows what another page changed meanwhile', async () => {
  await withDb((d) => d.settings.put({ key: 'seen', body: { enc: 'none', value: 'before' } }));
  const seen: string[] = [];
  const subscription = watch(() =>
    withDb((d) => d.settings.get('seen')).then((row) =>
      String(row && 'value' in row.body ? row.body.value : undefined),
    ),
  ).subscribe({ next: (value) => seen.push(value) });
  await vi.waitFor(() => expect(seen).toEqual(['before']));
  pagehide(true);
  // Another page writes while this one is in the cache (no Dexie of its own to tell this one).
  const other = await otherPage(true);
  await new Promise<void>((resolve, reject) => {
    const transaction = other.transaction('settings', 'readwrite');
    transaction.objectStore('settings').put({ key: 'seen', body: { enc: 'none', value: 'after' } });
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  other.close();
  page.dispatchEvent(new Event('pageshow'));
  await vi.waitFor(() => expect(seen.at(-1)).toBe('after'));
  subscription.unsubscribe();
  closeDb();
  await deleteDatabase();
});

it('another tab deleting everything is not said as an update: the page steps aside quietly', async () => {
  const told = vi.fn();
  const stop = onDatabaseBlocked(told);
  const database = await db();
  // A wipe in another tab: the delete is not blocked (this page closes), and no update is said.
  expect(await isBlockedForAnotherPage()).toBe(false);
  expect(database.isOpen()).toBe(false);
  expect(told).not.toHaveBeenCalled();
  // (A newer schema from another tab is still said: data.spec, in the browser.)
  stop();
  closeDb();
  await deleteDatabase();
});
