import type { DBCore } from 'dexie';
import type { CompanionDB } from './companion-db';
import { META_KEY, SEALED_TABLES, assertSealedFor } from './lock-id';
import { KEYS, mayHaveRecords as mayHaveRecordsHere } from '$lib/boot/first-script.js';

export type { CompanionDB } from './companion-db';
export const DB_NAME = 'recovery-companion';

type Listener = () => void;
const blockedListeners = new Set<Listener>();

/** Called when another tab upgraded the schema: this tab has closed its connection. */
export function onDatabaseBlocked(listener: Listener): () => void {
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
}

const backListeners = new Set<Listener>();

/**
 * Called when the page is back from the back/forward cache (or unfrozen) after stepping aside:
 * its reads under way were cut off then, so live queries start over on the new connection.
 */
export function onDatabaseBack(listener: Listener): () => void {
  backListeners.add(listener);
  return () => backListeners.delete(listener);
}

let instance: CompanionDB | undefined;
let loading: Promise<CompanionDB> | undefined;
let isErased = false;

/**
 * After "delete all my data", nothing may open the database again until the page reloads: a
 * write that was on its way (the center's program arriving, a draft) would otherwise bring a
 * deleted database back. Every later use fails instead, and the screen shows the fresh start.
 */
export function refuseToReopen(): void {
  isErased = true;
}

const createdListeners = new Set<Listener>();
let isOnDisk: Promise<boolean> | undefined;
/** localStorage: this phone has held the database (app.html's first script reads it too). */
const ON_DISK_FLAG = KEYS.onDisk;

/**
 * Remembered in localStorage (it says nothing but "this phone has the app's records"), so the
 * page's first script knows before anything is drawn that the client's own records are coming and
 * a prerendered empty screen must not be shown meanwhile (see app.html).
 */
function rememberOnDisk(): void {
  try {
    if (!isErased) localStorage.setItem(ON_DISK_FLAG, '1');
  } catch {
    // Storage blocked: the prerendered screen shows until the records arrive, nothing worse.
  }
}

/**
 * Whether this phone may hold the client's records, known at once (no IndexedDB call): this page
 * has the database, or it was seen before, or the app's service worker already serves this page
 * (a client who has used the app; it also covers phones from before the remembered flag). False
 * on a first visit, where screens start from what a new client sees (their empty states, as
 * prerendered) instead of waiting. app.html's first script asks the same (src/lib/boot) before
 * anything is drawn.
 */
export function mayHaveRecords(): boolean {
  return (
    Boolean(instance) ||
    mayHaveRecordsHere(isRememberedOnDisk() ? '1' : null, globalThis.navigator?.serviceWorker)
  );
}

/** The remembered flag (true where storage is blocked: the records may be there). */
function isRememberedOnDisk(): boolean {
  try {
    return localStorage.getItem(ON_DISK_FLAG) === '1';
  } catch {
    return true;
  }
}

/**
 * Whether this phone holds the database yet, asked of IndexedDB itself (no Dexie needed). A first
 * visit has none: its screens show their empty state at once, and Dexie loads when the client
 * first touches or types, or writes something, not before the first screen is usable. Once true,
 * the answer stays true; a "no" is asked again (another tab may have created it since).
 */
export function databaseExists(): Promise<boolean> {
  if (instance) return Promise.resolve(true);
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function')
    return Promise.resolve(true);
  isOnDisk ??= indexedDB.databases().then(
    (list) => {
      const found = list.some((d) => d.name === DB_NAME);
      if (found) rememberOnDisk();
      else isOnDisk = undefined;
      return found;
    },
    () => true,
  );
  return isOnDisk;
}

/** Called once this page has the database (it opened it, or created it with a first write). */
export function onDatabaseCreated(listener: Listener): () => void {
  createdListeners.add(listener);
  return () => createdListeners.delete(listener);
}

/**
 * Runs `write` once this page has the database: at once if it has, else when it is created (the
 * client's first touch, key or save; never created for it). For what a first visit shows before
 * there is a database (the center's program, the meeting list), stored once there is one. Returns
 * what cancels a write still waiting.
 */
export function whenDatabaseOpened(write: () => void): () => void {
  if (instance) {
    write();
    return () => {};
  }
  const stop = onDatabaseCreated(() => {
    stop();
    write();
  });
  return stop;
}

/**
 * A read that a database not yet created answers with `empty`, without loading Dexie or creating
 * the database (a read must never be what creates it).
 */
export async function readOrEmpty<T>(
  query: (database: CompanionDB) => T | PromiseLike<T>,
  empty: T,
): Promise<T> {
  if (instance || isErased) return withDb(query);
  // Created while the question was on its way (a first touch or save): read it after all.
  return (await databaseExists()) || instance ? withDb(query) : empty;
}

/** Loads Dexie and the schema: a separate chunk, so the first paint never waits for it. */
export function loadDexie() {
  return import('./companion-db');
}

/** The database, opened on first use and only in the browser (never during prerender). */
export function db(): Promise<CompanionDB> {
  if (isErased) return Promise.reject(new Error('All data was deleted on this phone.'));
  if (whenBack) return whenBack.then(db);
  if (instance) return Promise.resolve(instance);
  loading ??= loadDexie().then(({ CompanionDB }) => {
    // Put away while Dexie was on its way: open nothing in a frozen page.
    if (whenBack) {
      loading = undefined;
      return whenBack.then(db);
    }
    const opened = new CompanionDB(DB_NAME, { indexedDB: trackedIndexedDB() });
    opened.use({ stack: 'dbcore', name: 'transactions-in-flight', create: trackTransactions });
    opened.use({ stack: 'dbcore', name: 'guard-seals', create: guardSeals });
    opened.on('versionchange', (event: IDBVersionChangeEvent) => {
      // Another tab wants a newer schema: step aside rather than block it, and stop writing
      // here until the client reloads into the new version. Or another tab deletes everything
      // (no new version): step aside too, but that is said by the erase watch (erase-watch.ts),
      // not as "updated in another tab" beside "your data was deleted".
      opened.close();
      if (event.newVersion !== null) for (const listener of blockedListeners) listener();
      return false;
    });
    // The same, met the other way round: a newer version of the app (another tab) already
    // upgraded the database before this tab opened it. Dexie opens it anyway, at its version,
    // but this code does not know its tables: step aside the same way.
    opened
      .open()
      .then(() => {
        // Put away (and forgotten) while it was opening: a frozen page keeps no connection.
        if (opened !== instance) return opened.close();
        if (opened.backendDB().version > opened.verno * 10) {
          opened.close();
          for (const listener of blockedListeners) listener();
        }
      })
      .catch(() => {
        // An open that failed fails every query too; each screen says so where it reads.
      });
    instance = opened;
    stepAsideWhenFrozen();
    rememberOnDisk();
    for (const listener of createdListeners) listener();
    return opened;
  });
  return loading;
}

/**
 * Runs `query` against the database. Once the database is loaded the query starts
 * synchronously: inside a liveQuery, awaiting anything before the first Dexie call would lose
 * Dexie's change tracking and the screen would stop updating.
 */
export function withDb<T>(query: (database: CompanionDB) => T | PromiseLike<T>): Promise<T> {
  let used = isErased ? undefined : instance;
  let run: Promise<T>;
  if (used) {
    try {
      run = Promise.resolve(query(used));
    } catch (error) {
      run = Promise.reject(error);
    }
  } else {
    run = db().then((database) => {
      used = database;
      return query(database);
    });
  }
  // Put away while it ran (its connection closed, its write undone): once more, on the
  // connection the page opens when it is back.
  return run.catch((error: unknown) => {
    if (used && instance !== used && isPutAwayError(error) && !isErased) return withDb(query);
    throw error;
  });
}

/** The database if this page has already opened it (never opens it: see has-records.ts). */
export function openedDb(): CompanionDB | undefined {
  return instance;
}

/** Open requests under way: an upgrade (creating or migrating the tables) may be running in one. */
const opening = new Set<IDBOpenDBRequest>();

/**
 * The browser's IndexedDB as Dexie sees it, with each open request remembered until it ends, so
 * a page put away in the middle of one can abort its upgrade (see stepAsideWhenFrozen).
 */
function trackedIndexedDB(): IDBFactory {
  const factory = indexedDB;
  return {
    open(name: string, version?: number) {
      const request = version === undefined ? factory.open(name) : factory.open(name, version);
      opening.add(request);
      const done = () => opening.delete(request);
      request.addEventListener('success', done);
      request.addEventListener('error', done);
      return request;
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (first: unknown, second: unknown) => factory.cmp(first, second),
    databases: () => factory.databases(),
  };
}

/** Transactions not yet finished, reads as well as writes (see stepAsideWhenFrozen). */
const unfinished = new Set<IDBTransaction>();

/** Dexie middleware: remembers each transaction until it completes or fails. */
function trackTransactions(down: DBCore): DBCore {
  return {
    ...down,
    transaction(stores, mode, options) {
      const transaction = down.transaction(stores, mode, options);
      const native = transaction as unknown as IDBTransaction;
      unfinished.add(native);
      const done = () => unfinished.delete(native);
      native.addEventListener('complete', done);
      native.addEventListener('abort', done);
      native.addEventListener('error', done);
      return transaction;
    },
  };
}

const SEALED = new Set(SEALED_TABLES);

/**
 * Dexie middleware: every write of a client's record checks, inside its own transaction, that
 * it was sealed for the lock stored now (no lock: plain). Another tab may have turned the lock
 * on or off, or changed its key, a moment ago; its change and this write are then ordered by
 * IndexedDB itself (both touch `meta`), and a write sealed for the old state fails with
 * LockChangedError instead of leaving a row no key can open, or plain text in a locked database.
 */
function guardSeals(down: DBCore): DBCore {
  return {
    ...down,
    transaction(stores, mode, options) {
      const guarded = mode === 'readwrite' && stores.some((store) => SEALED.has(store));
      const scope = guarded && !stores.includes('meta') ? [...stores, 'meta'] : stores;
      return down.transaction(scope, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (!SEALED.has(name)) return table;
      return {
        ...table,
        async mutate(request) {
          const native = request.trans as unknown as IDBTransaction;
          // Schema upgrades move rows as they are (and `meta` may not exist yet).
          if (
            (request.type === 'add' || request.type === 'put') &&
            native.mode !== 'versionchange'
          ) {
            // A meta row holds { value: the lock's metadata } (see lock-keys.ts, metaRow).
            const row = (await down.table('meta').get({ trans: request.trans, key: META_KEY })) as
              { body?: { value?: { value?: { keyId?: string } } } } | undefined;
            assertSealedFor(row?.body?.value?.value, request.values);
          }
          return table.mutate(request);
        },
      };
    },
  };
}

/** A failure that only says the page was put away while the query was under way. */
function isPutAwayError(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return name === 'DatabaseClosedError' || name === 'AbortError';
}

let isWatchingLifecycle = false;
/** This page had the database open when it was put away. */
let hadDatabase = false;

/** While the page is put away (in the back/forward cache, or frozen): resolves when it is back. */
let whenBack: Promise<void> | undefined;
let comeBack: (() => void) | undefined;

/** Closes and forgets this page's connection, and makes every later query wait for stepBack. */
function stepAside(): void {
  whenBack ??= new Promise((resolve) => (comeBack = resolve));
  const current = instance;
  instance = undefined;
  loading = undefined;
  current?.close();
  // An upgrade still running (the first touch creates the tables), a write still under way
  // (a draft stored as the page went, a save pressed just before) or a read (a screen's live
  // query, the record count in Settings) held every other page's open or tables in WebKit, for
  // as long as the page stayed in the cache: a later page's save waited behind it for ever.
  const pending = [...[...opening].map((request) => request.transaction), ...unfinished];
  for (const transaction of pending) {
    try {
      transaction?.abort();
    } catch {
      // Already finished.
    }
  }
  unfinished.clear();
  hadDatabase ||= Boolean(current);
}

/** Lets the queries that waited run again, on a new connection. */
function stepBack(): void {
  const resume = comeBack;
  whenBack = undefined;
  comeBack = undefined;
  if (!resume) return;
  resume();
  for (const listener of backListeners) listener();
}

/**
 * Another tab is rebuilding the database (the lock's clean start): this page lets go of it,
 * and anything it asks meanwhile (a save, a draft) waits, then runs against the new database
 * (where the lock's guard decides). Returns the function that lets it go on.
 */
export function holdDatabase(): () => void {
  stepAside();
  return stepBack;
}

/**
 * A page kept in the back/forward cache (or frozen in the background) holds no connection and
 * starts no work: the connection is closed and forgotten when the page is put away, and
 * anything asked of the database meanwhile (Firefox fires `visibilitychange`, and with it the
 * drafts' flush, after `pagehide`) waits until the page is shown again, then opens a new one.
 * A frozen page that kept its connection (in WebKit, with a write still pending) made every
 * later page of the app wait on it: PHQ-9 never drew its questions, the lock never finished
 * encrypting, "delete all my data" was blocked for ever; an open started while frozen never
 * finished in Firefox; a page left during its first touch (the tables being created) kept
 * its upgrade running, and the next page's first save never finished (issue #24). So an upgrade
 * or a write still under way is aborted (undone whole), and withDb runs it again once the page
 * is back; what is on screen comes back with the page.
 */
function stepAsideWhenFrozen(): void {
  if (isWatchingLifecycle || typeof addEventListener !== 'function') return;
  isWatchingLifecycle = true;
  addEventListener('pagehide', (event) => {
    if (event.persisted) stepAside();
  });
  addEventListener('pageshow', (event) => {
    // Back from the cache after "delete all my data" was done in another page (which a page in
    // the cache is not told of): nothing of this page may bring the deleted records back.
    if (event.persisted && hadDatabase && !isRememberedOnDisk()) {
      refuseToReopen();
      location.reload();
      return;
    }
    stepBack();
  });
  // Chromium freezes background tabs without a pagehide.
  document.addEventListener('freeze', stepAside);
  document.addEventListener('resume', stepBack);
}

/** Closes and forgets the connection (tests, and after deleting everything). */
export function closeDb(): void {
  instance?.close();
  instance = undefined;
  loading = undefined;
}

/**
 * Deletes the whole database (tests, and "delete all my data"). Another page of the app that
 * still holds it (a tab that has not answered yet) blocks the delete: `onBlocked` is told, and
 * the delete finishes by itself as soon as that page lets go (it is asked to, by the
 * `versionchange` event every page of the app answers by closing). Never waits silently.
 */
export function deleteDatabase(onBlocked?: () => void): Promise<void> {
  closeDb();
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('The data could not be deleted.'));
    request.onblocked = () => onBlocked?.();
  });
}
