/**
 * The one place every record's contents pass through on their way to and from IndexedDB.
 *
 * Rows keep their indexed fields in the clear (only what the screens query) and everything else
 * in `body`. Today the codec stores contents as they are; the app lock (a later issue) installs an
 * encrypting codec here, and neither repositories nor screens change.
 *
 * Sealing is async (WebCrypto) so it must happen before a transaction starts, never inside one:
 * awaiting anything but IndexedDB inside a transaction lets it auto-commit.
 */

export type Body =
  { enc: 'none'; value: unknown } | { enc: 'aes-gcm'; iv: Uint8Array; data: ArrayBuffer };

export interface ContentCodec {
  seal(value: unknown): Promise<Body>;
  open(body: Body): Promise<unknown>;
}

export class LockedError extends Error {
  constructor() {
    super('The app is locked: unlock it to read this record.');
    this.name = 'LockedError';
  }
}

export const plainCodec: ContentCodec = {
  async seal(value) {
    return { enc: 'none', value };
  },
  async open(body) {
    if (body.enc !== 'none') throw new LockedError();
    return body.value;
  },
};

let active: ContentCodec = plainCodec;

/** Installs the codec used for every later read and write (the app lock calls this). */
export function useCodec(codec: ContentCodec): void {
  active = codec;
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
  input: R,
  indexed: readonly K[],
): Promise<Row<Pick<R, K>>> {
  const { clear, contents } = split(plain(input), indexed);
  return { ...clear, body: await active.seal(contents) };
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

/** Joins a row's indexed fields with its opened contents. */
export async function fromRow<R>(row: Row<object>): Promise<R> {
  const { body, ...clear } = row;
  const contents = (await active.open(body)) as object;
  return { ...contents, ...clear } as R;
}

export function fromRows<R>(rows: Row<object>[]): Promise<R[]> {
  // Plain contents need no await per row: thousands of rows open in one synchronous pass.
  if (rows.every((row) => row.body.enc === 'none')) {
    return Promise.resolve(
      rows.map((row) => {
        const { body, ...clear } = row;
        return { ...(body as { value: object }).value, ...clear } as R;
      }),
    );
  }
  return Promise.all(rows.map((row) => fromRow<R>(row)));
}
