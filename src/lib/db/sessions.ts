import type { Attendance, LocalDate, OccurrenceChange, Session } from '$lib/domain/types';
import { fromRow, fromRows, toRow } from './codec';
import { withDb } from './database';
import { watch, type Observable } from './live';
import { afterRecordSaved } from './persistence';

export async function saveSession(session: Session): Promise<void> {
  const row = await toRow('sessions', session, ['id']);
  await withDb((d) => d.sessions.put(row));
  await afterRecordSaved();
}

export async function getSession(id: string): Promise<Session | undefined> {
  const row = await withDb((d) => d.sessions.get(id));
  return row ? fromRow<Session>('sessions', row) : undefined;
}

/** Removes a session and its moved or cancelled times. Recorded attendance stays (its hours count). */
export async function deleteSession(id: string): Promise<void> {
  await withDb((d) =>
    d.transaction('rw', d.sessions, d.occurrenceChanges, async () => {
      await d.sessions.delete(id);
      await d.occurrenceChanges.where('sessionId').equals(id).delete();
    }),
  );
}

/**
 * Adds and updates imported sessions and their occurrence changes in one transaction: an
 * import lands whole or not at all.
 */
export async function importSessions(
  sessions: readonly Session[],
  changes: readonly OccurrenceChange[],
): Promise<void> {
  const sessionRows = await Promise.all(sessions.map((s) => toRow('sessions', s, ['id'])));
  const changeRows = await Promise.all(
    changes.map((c) => toRow('occurrenceChanges', c, ['id', 'sessionId'])),
  );
  const sessionIds = sessions.map((s) => s.id);
  await withDb((d) =>
    d.transaction('rw', d.sessions, d.occurrenceChanges, async () => {
      // A re-imported session's changes are replaced by the file's.
      await d.occurrenceChanges.where('sessionId').anyOf(sessionIds).delete();
      await d.sessions.bulkPut(sessionRows);
      await d.occurrenceChanges.bulkPut(changeRows);
    }),
  );
  await afterRecordSaved();
}

export interface ScheduleData {
  sessions: Session[];
  changes: OccurrenceChange[];
  attendance: Attendance[];
}

/** Everything the schedule screens need, read together so they change together. */
export async function scheduleData(
  options: { attendanceSince?: LocalDate } = {},
): Promise<ScheduleData> {
  const since = options.attendanceSince;
  const [sessionRows, changeRows, attendanceRows] = await Promise.all([
    withDb((d) => d.sessions.toArray()),
    withDb((d) => d.occurrenceChanges.toArray()),
    // A screen that needs only recent attendance (Today) reads it from the date index.
    withDb((d) =>
      since ? d.attendance.where('date').aboveOrEqual(since).toArray() : d.attendance.toArray(),
    ),
  ]);
  const [sessions, changes, attendance] = await Promise.all([
    fromRows<Session>('sessions', sessionRows),
    fromRows<OccurrenceChange>('occurrenceChanges', changeRows),
    fromRows<Attendance>('attendance', attendanceRows),
  ]);
  return {
    sessions: sessions.sort((a, b) => a.startTime.localeCompare(b.startTime)),
    changes,
    attendance,
  };
}

/** The sessions alone (Settings' choice of the center's groups needs no attendance). */
export function watchSessions(): Observable<Session[]> {
  return watch(async () =>
    fromRows<Session>('sessions', await withDb((d) => d.sessions.toArray())),
  );
}

export function watchSchedule(
  options: { attendanceSince?: LocalDate } = {},
): Observable<ScheduleData> {
  return watch(() => scheduleData(options));
}

export async function saveAttendance(record: Attendance): Promise<void> {
  const row = await toRow('attendance', record, ['id', 'sessionId', 'date', 'occurrenceStart']);
  await withDb((d) => d.attendance.put(row));
  await afterRecordSaved();
}

export async function deleteAttendance(id: string): Promise<void> {
  await withDb((d) => d.attendance.delete(id));
}
