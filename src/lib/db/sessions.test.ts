import { describe, expect, it } from 'vitest';
import type { Attendance, Session } from '$lib/domain/types';
import {
  deleteSession,
  getSession,
  importSessions,
  saveAttendance,
  saveSession,
  scheduleData,
} from './sessions';
import { useEmptyDatabase } from './test-database';

const session: Session = {
  id: 's1',
  title: 'Group',
  kind: 'group',
  weekdays: [1],
  startDate: '2026-11-02',
  startTime: '09:00',
  endTime: '12:00',
  endsNextDay: false,
  timezone: 'America/Los_Angeles',
};
const attended: Attendance = {
  id: 's1|2026-11-02T09:00',
  sessionId: 's1',
  occurrenceStart: '2026-11-02T09:00',
  date: '2026-11-02',
  status: 'attended',
  title: 'Group',
  scheduledStart: Date.UTC(2026, 10, 2, 17),
  scheduledEnd: Date.UTC(2026, 10, 2, 20),
  updatedAt: 1,
};

useEmptyDatabase();

describe('session repository', () => {
  it('deleting a session removes its changes but keeps recorded attendance', async () => {
    await importSessions(
      [session],
      [{ id: 'c', sessionId: 's1', originalStart: '2026-11-09T09:00', isCancelled: true }],
    );
    await saveAttendance(attended);
    expect((await scheduleData()).changes).toHaveLength(1);

    await deleteSession('s1');
    const after = await scheduleData();
    expect(after.sessions).toEqual([]);
    expect(after.changes).toEqual([]);
    expect(after.attendance).toEqual([attended]);
  });

  it('re-importing a session replaces its moved and cancelled times', async () => {
    await importSessions(
      [session],
      [{ id: 'a', sessionId: 's1', originalStart: '2026-11-09T09:00', isCancelled: true }],
    );
    await importSessions(
      [{ ...session, title: 'Group (new room)' }],
      [{ id: 'b', sessionId: 's1', originalStart: '2026-11-16T09:00', isCancelled: true }],
    );
    const data = await scheduleData();
    expect(data.sessions.map((s) => s.title)).toEqual(['Group (new room)']);
    expect(data.changes.map((c) => c.id)).toEqual(['b']);
  });

  it('saves and reads one session; attendance for an occurrence is replaced, not doubled', async () => {
    await saveSession(session);
    expect(await getSession('s1')).toEqual(session);
    await saveAttendance(attended);
    await saveAttendance({ ...attended, status: 'late', actualStart: attended.scheduledStart + 1 });
    expect((await scheduleData()).attendance).toEqual([
      { ...attended, status: 'late', actualStart: attended.scheduledStart + 1 },
    ]);
  });
});
