import {
  isCenterProgram,
  type AppliedChanges,
  type CenterProgram,
} from '$lib/domain/center/program';
import { PROGRAM_FIELDS, type ProgramSetup } from '$lib/domain/program-setup';
import type { Attendance, LocalDate, Session } from '$lib/domain/types';
import { APPLIED, sealChanges, writeChanges, type SealedChanges } from './center';
import { fromRow, fromRows, toRow, type Row } from './codec';
import { withDb, type CompanionDB } from './database';
import { afterRecordSaved } from './persistence';
import { KEYS } from './program';

// Apart from program.ts (the set-up's reads, which screens load at start): the save brings the
// center's program and the sessions' write with it, wanted only when the client saves.

/** Each field's setting key. */
const KEY_OF = {
  startDate: 'programStartDate',
  levelOfCare: 'levelOfCare',
  weeklyHoursTarget: 'weeklyHoursTarget',
  plannedDays: 'plannedDays',
  timezone: 'timezone',
} as const satisfies Record<(typeof PROGRAM_FIELDS)[number], (typeof KEYS)[number]>;

/** What a save of the program read, opened: what the sessions' follow rule needs. */
export interface ProgramSaveRead {
  /** The stored start date before this save (undefined: never set). */
  before: LocalDate | undefined;
  /** The program the client's schedule reflects, and their tracks. */
  applied?: CenterProgram;
  tracks?: string[];
  sessions: Session[];
  attendance: Pick<Attendance, 'sessionId' | 'date'>[];
}

/** The rows a save depends on, as stored (sealed): compared again inside the write. */
interface Stored {
  settings: (Row<{ key: string }> | undefined)[];
  applied?: Row<object>;
  sessions: Row<object>[];
  /** Attendance by id, session and date (its readable fields: what the follow rule reads). */
  attendance: string[];
}

const PROGRAM_TABLES = ['settings', 'sessions', 'occurrenceChanges', 'attendance', 'meta'] as const;

async function readStored(d: CompanionDB, withSessions: boolean): Promise<Stored> {
  const settings = await d.settings.bulkGet([...KEYS, 'centerTracks']);
  if (!withSessions) return { settings, sessions: [], attendance: [] };
  const applied = await d.meta.get(APPLIED);
  const sessions = await d.sessions.toArray();
  // As JSON: an attendance id itself holds a '|' (sessionId|originalStart), so joined text could
  // not be split back (the follow rule then saw no attendance and removed attended sessions).
  const attendance = (await d.attendance.toArray()).map((a) =>
    JSON.stringify([a.id, a.sessionId, a.date]),
  );
  return { settings, ...(applied ? { applied } : {}), sessions, attendance };
}

/** Two stored values are the same: sealed bodies compare byte by byte. */
function isSame(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (ArrayBuffer.isView(a) || a instanceof ArrayBuffer) {
    if (!(ArrayBuffer.isView(b) || b instanceof ArrayBuffer)) return false;
    const x = ArrayBuffer.isView(a)
      ? new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
      : new Uint8Array(a);
    const y = ArrayBuffer.isView(b)
      ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
      : new Uint8Array(b);
    return x.length === y.length && x.every((byte, i) => byte === y[i]);
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) =>
      isSame((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/** Another tab (or the welcome) wrote what this save read, between the read and the write. */
class ChangedMeanwhile extends Error {
  constructor() {
    super('The program or the schedule changed while saving.');
    this.name = 'ChangedMeanwhile';
  }
}

async function openRead(stored: Stored): Promise<ProgramSaveRead> {
  const present = stored.settings.filter((row) => row !== undefined);
  const values = new Map(
    (await fromRows<{ key: string; value: unknown }>('settings', present)).map((r) => [
      r.key,
      r.value,
    ]),
  );
  const before = values.get('programStartDate');
  const tracks = values.get('centerTracks');
  const applied = stored.applied
    ? (await fromRow<{ value: unknown }>('meta', stored.applied)).value
    : undefined;
  return {
    before: typeof before === 'string' ? before : undefined,
    ...(Array.isArray(tracks) ? { tracks: tracks as string[] } : {}),
    ...(isCenterProgram(applied) ? { applied } : {}),
    sessions: await fromRows<Session>('sessions', stored.sessions),
    attendance: stored.attendance.map((line) => {
      const [, sessionId, date] = JSON.parse(line) as [string, string, string];
      return { sessionId, date };
    }),
  };
}

/**
 * Saves the fields of the set-up the client changed, and nothing else: a field left alone on
 * one tab never writes back over a change made on another. A field never stored before gets its
 * value from `defaults` (a first save stores a whole set-up).
 *
 * When the start date changes, `follow` says how the sessions of the client's groups move with
 * it (state/program-start.ts), and the date and the sessions are written in one transaction:
 * both land, or neither, so there is no half-done save to finish later. What the follow rule
 * read is compared again inside that transaction (sealing cannot happen inside one); if another
 * tab changed it meanwhile, the save reads again and works it out anew.
 */
export async function saveProgram(
  changes: Partial<ProgramSetup>,
  options: {
    defaults: ProgramSetup;
    follow?: (read: ProgramSaveRead, after: LocalDate) => AppliedChanges | undefined;
  },
): Promise<void> {
  const withSessions = changes.startDate !== undefined && !!options.follow;
  for (let attempt = 1; ; attempt++) {
    const stored = await withDb((d) =>
      d.transaction('r', [...PROGRAM_TABLES], () => readStored(d, withSessions)),
    );
    const read = await openRead(stored);
    const have = new Set(stored.settings.map((row) => row?.key));
    const fields = PROGRAM_FIELDS.filter(
      (field) => changes[field] !== undefined || !have.has(KEY_OF[field]),
    );
    const rows: Row<{ key: string }>[] = await Promise.all(
      fields.map((field) =>
        toRow(
          'settings',
          { key: KEY_OF[field], value: changes[field] ?? options.defaults[field] },
          ['key'],
        ),
      ),
    );
    // A target the client gives is theirs from then on (the flag is never taken away): forms give
    // only the fields the client changed. A save without one (the welcome, a corrected start date)
    // lets it follow their group.
    if (changes.weeklyHoursTarget !== undefined) {
      rows.push(await toRow('settings', { key: 'weeklyHoursTargetIsOwn', value: true }, ['key']));
    }
    const after = changes.startDate;
    const moves =
      withSessions && after !== undefined && after !== read.before && read.applied
        ? options.follow!(read, after)
        : undefined;
    const sealed: SealedChanges | undefined =
      moves && read.applied && (moves.put.length || moves.remove.length)
        ? await sealChanges(read.applied, moves)
        : undefined;
    try {
      await withDb((d) =>
        d.transaction('rw', [...PROGRAM_TABLES], async () => {
          if (!isSame(await readStored(d, withSessions), stored)) throw new ChangedMeanwhile();
          await d.settings.bulkPut(rows);
          if (sealed) await writeChanges(d, sealed);
        }),
      );
      break;
    } catch (error) {
      // Two tabs saving at once settle in a try or two; more than three means something keeps
      // writing, and the client is told the save did not happen.
      if (!(error instanceof ChangedMeanwhile) || attempt >= 3) throw error;
    }
  }
  await afterRecordSaved();
}
