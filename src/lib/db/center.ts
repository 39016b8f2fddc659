import {
  isCenterProgram,
  type AppliedChanges,
  type CenterProgram,
} from '$lib/domain/center/program';
import type { OccurrenceChange, Session } from '$lib/domain/types';
import { fromRow, toPublicRow, toRow, type Row } from './codec';
import { withDb, type CompanionDB } from './database';
import { watch, type Observable } from './live';
import { afterRecordSaved } from './persistence';
import { getSetting } from './settings';

/**
 * The center's program on the phone: the newest one downloaded (`centerProgram`) and the one the
 * client's schedule reflects, applied or kept (`centerApplied`), both public data in `meta`; the
 * client's tracks are a setting (private, encrypted under the lock).
 */
const LATEST = 'centerProgram';
export const APPLIED = 'centerApplied';
const programRow = (key: string, program: CenterProgram) =>
  toPublicRow({ key, value: program }, ['key'] as const);

async function readProgram(key: string): Promise<CenterProgram | undefined> {
  const row = await withDb((d) => d.meta.get(key));
  if (!row) return undefined;
  const { value } = await fromRow<{ value: unknown }>('meta', row);
  return isCenterProgram(value) ? value : undefined;
}

export interface CenterState {
  latest?: CenterProgram;
  applied?: CenterProgram;
  /** Undefined until the client chose (or skipped: an empty list). */
  tracks?: string[];
}

export async function centerState(): Promise<CenterState> {
  const [latest, applied, tracks] = await Promise.all([
    readProgram(LATEST),
    readProgram(APPLIED),
    getSetting('centerTracks'),
  ]);
  return {
    ...(latest ? { latest } : {}),
    ...(applied ? { applied } : {}),
    ...(tracks ? { tracks } : {}),
  };
}

export function watchCenter(): Observable<CenterState> {
  return watch(centerState);
}

/** Keeps a newly downloaded program (the schedule changes only when the client says so). */
export async function saveLatestProgram(program: CenterProgram): Promise<void> {
  await withDb((d) => d.meta.put(programRow(LATEST, program)));
}

/** Applied changes with their rows sealed: sealing is async, so it happens before a transaction. */
export interface SealedChanges {
  program: CenterProgram;
  remove: string[];
  sessions: Row<{ id: string }>[];
  occurrences: Row<{ id: string; sessionId: string }>[];
}

export async function sealChanges(
  program: CenterProgram,
  changes: AppliedChanges,
): Promise<SealedChanges> {
  const [sessions, occurrences] = await Promise.all([
    Promise.all(changes.put.map((s: Session) => toRow('sessions', s, ['id']))),
    Promise.all(
      changes.occurrences.map((c: OccurrenceChange) =>
        toRow('occurrenceChanges', c, ['id', 'sessionId']),
      ),
    ),
  ]);
  return { program, remove: changes.remove, sessions, occurrences };
}

/**
 * Writes sealed changes inside the caller's transaction (over sessions, occurrenceChanges and
 * meta): never-started sessions removed with their occurrence changes, sessions and occurrence
 * changes put, and the program now reflected.
 */
export async function writeChanges(d: CompanionDB, sealed: SealedChanges): Promise<void> {
  if (sealed.remove.length) {
    await d.sessions.bulkDelete(sealed.remove);
    await d.occurrenceChanges.where('sessionId').anyOf(sealed.remove).delete();
  }
  await d.sessions.bulkPut(sealed.sessions);
  await d.occurrenceChanges.bulkPut(sealed.occurrences);
  await d.meta.put(programRow(APPLIED, sealed.program));
}

/**
 * Writes the client's choice or the center's changes in one transaction: sessions added or
 * ended, never-started ones removed (with their occurrence changes), occurrence changes, the
 * tracks, and the program now reflected. All of it lands, or none.
 */
export async function applyCenterProgram(
  program: CenterProgram,
  changes: AppliedChanges,
  tracks?: string[],
): Promise<void> {
  const sealed = await sealChanges(program, changes);
  const tracksRow = tracks
    ? await toRow('settings', { key: 'centerTracks', value: tracks }, ['key'])
    : null;
  await withDb((d) =>
    d.transaction('rw', [d.sessions, d.occurrenceChanges, d.settings, d.meta], async () => {
      await writeChanges(d, sealed);
      if (tracksRow) await d.settings.put(tracksRow);
    }),
  );
  await afterRecordSaved();
}

/** "Keep my copy": the schedule stays as it is, and this version no longer asks. */
export async function keepMyCopy(program: CenterProgram): Promise<void> {
  await withDb((d) => d.meta.put(programRow(APPLIED, program)));
}
