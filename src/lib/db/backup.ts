import type { BackupData, BackupTable } from '$lib/domain/backup';
import type { CompanionDB } from './companion-db';
import { fromRows, toPublicRow, toRow } from './codec';
import { forgetEventsList } from './events';
import { readOrEmpty, withDb } from './database';
import { SEALED_TABLES } from './lock-id';

/** Each table with its indexed fields (what stays in the clear). */
const TABLES: Record<BackupTable, readonly string[]> = {
  checkIns: ['id', 'date', 'at'],
  tags: ['id', 'kind'],
  sessions: ['id'],
  occurrenceChanges: ['id', 'sessionId'],
  attendance: ['id', 'sessionId', 'date', 'occurrenceStart'],
  slips: ['id', 'date'],
  favourites: ['id'],
  settings: ['key'],
  plans: ['id', 'savedAt'],
  recordings: ['id'],
  measures: ['id', 'instrument', 'date'],
  events: ['id', 'sourceId'],
};

const tablesOf = (d: CompanionDB) => Object.keys(TABLES).map((name) => d.table(name));

/** Every record, opened (decrypted when the app lock is on), for a backup. */
export async function exportData(options: { includeEvents: boolean }): Promise<BackupData> {
  const names = (Object.keys(TABLES) as BackupTable[]).filter(
    (name) => name !== 'events' || options.includeEvents,
  );
  const rows = await withDb((d) =>
    d.transaction(
      'r',
      names.map((n) => d.table(n)),
      () => Promise.all(names.map((name) => d.table(name).toArray())),
    ),
  );
  const data: BackupData = {};
  for (const [i, name] of names.entries()) {
    data[name] = await fromRows<Record<string, unknown>>(name, rows[i]!);
  }
  return data;
}

export type ImportMode = 'merge' | 'replace';

/**
 * Writes a checked backup in one transaction: all of it lands, or none (a failure rolls back
 * and the database is as it was). Merge keeps both sides: records only in the file are added,
 * and a record on both sides keeps the newer edit. Replace clears everything first.
 */
export async function importData(data: BackupData, mode: ImportMode): Promise<void> {
  const prepared: { name: BackupTable; rows: unknown[] }[] = [];
  for (const name of Object.keys(TABLES) as BackupTable[]) {
    const records = data[name];
    if (!records) continue;
    const indexed = TABLES[name] as never[];
    // Sealing is async (the app lock's encryption): done before the transaction starts.
    const rows = await Promise.all(
      records.map((record) =>
        name === 'events' ? toPublicRow(record, indexed) : toRow(name, record, indexed),
      ),
    );
    prepared.push({ name, rows });
  }
  const touchesEvents = mode === 'replace' || prepared.some((p) => p.name === 'events');
  await withDb((d) =>
    d.transaction('rw', [...tablesOf(d), d.meta], async () => {
      if (mode === 'replace') {
        for (const table of tablesOf(d)) await table.clear();
      }
      // The finder's one-record list no longer matches the events table.
      if (touchesEvents) await forgetEventsList(d);
      for (const { name, rows } of prepared) {
        const table = d.table(name);
        if (mode === 'replace') {
          await table.bulkPut(rows);
          continue;
        }
        // Reading inside the transaction: plain rows open synchronously, and the lock's key is
        // already in memory, so nothing but IndexedDB keeps the transaction waiting.
        const key = name === 'settings' ? 'key' : 'id';
        const keys = rows.map((row) => (row as Record<string, string>)[key]!);
        const existing = await table.bulkGet(keys);
        const incoming = await fromRows<Record<string, unknown>>(name, rows as never[]);
        const current = await fromRows<Record<string, unknown>>(name, existing.filter(Boolean));
        const currentByKey = new Map(current.map((r) => [r[key] as string, r]));
        const toWrite = rows.filter((_, i) => {
          const mine = currentByKey.get(keys[i]!);
          if (!mine) return true;
          // Settings already on the phone win; for records, the later edit wins.
          if (name === 'settings') return false;
          return Number(incoming[i]!.updatedAt ?? 0) > Number(mine.updatedAt ?? 0);
        });
        await table.bulkPut(toWrite);
      }
    }),
  );
}

/** Every table's rows exactly as stored: for tests that prove an import changed nothing. */
export async function rawDump(): Promise<Record<string, unknown[]>> {
  return withDb(async (d) => {
    const dump: Record<string, unknown[]> = {};
    for (const table of d.tables) dump[table.name] = await table.toArray();
    return dump;
  });
}

/** Removes every record from every table (the database itself stays). */
export async function clearAll(): Promise<void> {
  await withDb((d) =>
    d.transaction('rw', d.tables, async () => {
      for (const table of d.tables) await table.clear();
    }),
  );
}

/** Tables that hold only public data or the app's bookkeeping (never a client's words). */
const PUBLIC_TABLES = ['meta', 'sources', 'events'] as const;

/**
 * The public rows exactly as stored (the meeting list, the center's program, their metadata),
 * but the lock's: what a fresh database is given back after a clean start (see
 * state/clean-start.ts), so it works offline at once.
 */
export async function publicRows(): Promise<Record<string, unknown[]>> {
  return withDb((d) =>
    d.transaction('r', [d.meta, d.sources, d.events], async () => {
      const rows: Record<string, unknown[]> = {};
      for (const name of PUBLIC_TABLES) rows[name] = await d.table(name).toArray();
      rows.meta = rows.meta!.filter((row) => (row as { key: string }).key !== 'lockMeta');
      return rows;
    }),
  );
}

export async function putPublicRows(rows: Record<string, unknown[]>): Promise<void> {
  await withDb((d) =>
    d.transaction('rw', [d.meta, d.sources, d.events], async () => {
      for (const name of PUBLIC_TABLES) await d.table(name).bulkPut(rows[name] ?? []);
    }),
  );
}

/**
 * How many of the client's own records are on the phone (settings aside): whether turning the
 * lock on is over existing words, which may leave old copies in the browser's files. Never
 * creates the database.
 */
export async function privateRecordCount(): Promise<number> {
  const tables = SEALED_TABLES.filter((table) => table !== 'settings');
  return readOrEmpty(
    (d) =>
      d.transaction('r', tables, () =>
        Promise.all(tables.map((table) => d.table(table).count())).then((counts) =>
          counts.reduce((sum, count) => sum + count, 0),
        ),
      ),
    0,
  );
}

export interface Draft {
  key: string;
  value: unknown;
  savedAt: number;
}

/** Drafts of forms in progress, opened (the clean start carries them into the new database). */
export async function allDrafts(): Promise<Draft[]> {
  return fromRows<Draft>('drafts', await readOrEmpty((d) => d.drafts.toArray(), []));
}

export async function putDrafts(drafts: readonly Draft[]): Promise<void> {
  const rows = await Promise.all(drafts.map((draft) => toRow('drafts', draft, ['key'] as const)));
  await withDb((d) => d.drafts.bulkPut(rows));
}
