/**
 * The one place every record's contents pass through on their way to and from IndexedDB.
 *
 * Rows keep their indexed fields in the clear (only what the screens query) and everything else
 * in `body`. Without the app lock the codec stores contents as they are; the lock installs an
 * encrypting codec here (db/lock.ts), and neither repositories nor screens change. Every body is
 * sealed to its place (table and readable fields) and carries its key's id.
 *
 * Sealing is async (WebCrypto) so it must happen before a transaction starts, never inside one:
 * awaiting anything but IndexedDB inside a transaction lets it auto-commit.
 */

export type Body =
  | { enc: 'none'; value: unknown }
  | {
      enc: 'aes-gcm';
      iv: Uint8Array;
      data: ArrayBuffer;
      /**
       * The id of the data key that sealed it (the lock's metadata holds the same id). A seal under
       * any other key is refused by the database (see database.ts, guardSeals). Bodies sealed before
       * key ids existed have none, and were sealed without associated data.
       */
      kid?: string;
    };

/** Where a body lives: it is sealed to this (AES-GCM associated data) and opens only there. */
export interface Place {
  table: string;
  /** The row's readable fields (its id or key, and what is indexed). */
  clear: Record<string, unknown>;
}

export interface ContentCodec {
  /** The lock's key id this codec seals under; null for plain contents (no lock). */
  readonly keyId: string | null;
  seal(value: unknown, place: Place): Promise<Body>;
  open(body: Body, place: Place): Promise<unknown>;
}

export class LockedError extends Error {
  constructor() {
    super('The app is locked: unlock it to read this record.');
    this.name = 'LockedError';
  }
}

/** A record that cannot be opened (sealed under a lost key, or damaged): reported, never fatal. */
export class UnreadableError extends Error {
  constructor(readonly table: string) {
    super(`A record in ${table} could not be opened.`);
    this.name = 'UnreadableError';
  }
}

export const plainCodec: ContentCodec = {
  keyId: null,
  async seal(value) {
    return { enc: 'none', value };
  },
  async open(body, place) {
    // No lock here, yet a sealed row: one that could not be opened when the lock was turned off
    // (damaged). Reported and skipped like any unreadable row; the lock's own codec
    // (lockedCodec) is the one that says "locked".
    if (body.enc !== 'none') throw new UnreadableError(place.table);
    return body.value;
  },
};

let active: ContentCodec = plainCodec;

/** Installs the codec used for every later read and write (the app lock calls this). */
export function useCodec(codec: ContentCodec): void {
  active = codec;
}

/** The key id of the codec in use (null: no lock here). */
export const activeKeyId = () => active.keyId;

type UnreadableListener = (place: { table: string; key: unknown }) => void;
const unreadableListeners = new Set<UnreadableListener>();

/** Told of each record skipped because it could not be opened (the screen says so). */
export function onUnreadable(listener: UnreadableListener): () => void {
  unreadableListeners.add(listener);
  return () => unreadableListeners.delete(listener);
}

export type Row<Indexed> = Indexed & { body: Body };

/**
 * A deep copy of plain record data. Screens hold records in reactive state (Svelte proxies),
 * which IndexedDB cannot clone; copying here means no screen has to remember to unwrap them.
 */
export function plain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plain) as T;
  const prototype = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  // A proxy of a plain object reports Object.prototype too; bytes and dates pass unchanged.
  if (prototype === Object.prototype || prototype === null) {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, plain(v)])) as T;
  }
  return value;
}

/** Splits a record into its indexed fields (kept in the clear) and the rest. */
function split<R extends object, K extends keyof R>(record: R, indexed: readonly K[]) {
  const clear = {} as Pick<R, K>;
  const contents: Partial<R> = { ...record };
  for (const key of indexed) {
    clear[key] = record[key];
    delete contents[key];
  }
  return { clear, contents };
}

/** Splits a record into its indexed fields (kept clear) and its sealed contents. */
export async function toRow<R extends object, K extends keyof R>(
  table: string,
  input: R,
  indexed: readonly K[],
): Promise<Row<Pick<R, K>>> {
  const { clear, contents } = split(plain(input), indexed);
  return { ...clear, body: await active.seal(contents, { table, clear }) };
}

/**
 * A row of public data (feed events): stored as it is even under the app lock, because it
 * says nothing about the client and encrypting thousands of meetings would only slow them.
 */
export function toPublicRow<R extends object, K extends keyof R>(
  record: R,
  indexed: readonly K[],
): Row<Pick<R, K>> {
  const { clear, contents } = split(plain(record), indexed);
  return { ...clear, body: { enc: 'none', value: contents } };
}

/**
 * Joins a row's indexed fields with its opened contents. A row that cannot be opened (not a
 * locked app: a lost key, damage) is reported and fails alone with UnreadableError.
 */
export async function fromRow<R>(table: string, row: Row<object>): Promise<R> {
  const { body, ...clear } = row;
  let contents: object;
  try {
    contents = (await active.open(body, { table, clear })) as object;
  } catch (failure) {
    if (failure instanceof LockedError) throw failure;
    const key = (clear as Record<string, unknown>).id ?? (clear as Record<string, unknown>).key;
    for (const listener of unreadableListeners) listener({ table, key });
    throw new UnreadableError(table);
  }
  return { ...contents, ...clear } as R;
}

/**
 * Opens many rows. One row that cannot be opened never hides the others: it is reported and
 * left out (History still lists every readable check-in; a backup still holds them).
 */
export async function fromRows<R>(table: string, rows: Row<object>[]): Promise<R[]> {
  // Plain contents need no await per row: thousands of rows open in one synchronous pass.
  if (rows.every((row) => row.body.enc === 'none')) {
    return rows.map((row) => {
      const { body, ...clear } = row;
      return { ...(body as { value: object }).value, ...clear } as R;
    });
  }
  const opened = await Promise.allSettled(rows.map((row) => fromRow<R>(table, row)));
  const locked = opened.find(
    (result) => result.status === 'rejected' && result.reason instanceof LockedError,
  );
  if (locked) throw (locked as PromiseRejectedResult).reason;
  return opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

/** The associated data a body is sealed with: its table and readable fields, in one order. */
export function placeBytes(place: Place): Uint8Array {
  const clear = Object.keys(place.clear)
    .sort()
    .map((key) => [key, place.clear[key]]);
  return new TextEncoder().encode(JSON.stringify([place.table, clear]));
}
