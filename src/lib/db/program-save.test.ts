import { describe, expect, it, vi } from 'vitest';
import { PROGRAM_FORMAT, type CenterProgram } from '$lib/domain/center/program';
import type { ProgramSetup } from '$lib/domain/program-setup';
import type { Session } from '$lib/domain/types';
import { applyCenterProgram } from './center';
import { toRow } from './codec';
import { db, withDb } from './database';
import { getProgram } from './program';
import { saveProgram, type ProgramSaveRead } from './program-save';
import { attendanceId } from '$lib/domain/attendance';
import { saveAttendance, scheduleData } from './sessions';
import { getSetting, setSetting } from './settings';
import { useEmptyDatabase } from './test-database';

useEmptyDatabase();

const defaults: ProgramSetup = {
  startDate: '',
  levelOfCare: 'iop',
  weeklyHoursTarget: 9,
  plannedDays: 90,
  timezone: 'America/Los_Angeles',
};
const program: CenterProgram = {
  format: PROGRAM_FORMAT,
  version: 'v1',
  publishedAt: '2026-11-01T00:00:00Z',
  name: 'Test program',
  tracks: [],
  events: [],
  occurrences: [],
};
const group: Session = {
  id: 's1',
  icalUid: 'evening@center',
  fromCenter: true,
  title: 'Evening group',
  kind: 'group',
  weekdays: [1, 3],
  startDate: '2026-11-02',
  startTime: '18:00',
  endTime: '21:00',
  endsNextDay: false,
  timezone: 'America/Los_Angeles',
};

/** Moves the one session to the new start date (the follow rule's shape, not its logic). */
const moveTo = (read: ProgramSaveRead, after: string) => ({
  put: read.sessions.map((s) => ({ ...s, startDate: after })),
  remove: [],
  occurrences: [],
});

describe('saving the program set-up', () => {
  it('stores a whole set-up on the first save, the defaults where nothing was given', async () => {
    await saveProgram({ startDate: '2026-11-02', weeklyHoursTarget: 12 }, { defaults });
    expect(await getProgram()).toEqual({
      ...defaults,
      startDate: '2026-11-02',
      weeklyHoursTarget: 12,
      // Another target than the default is the client's own.
      isOwnTarget: true,
    });
  });

  it('writes only the fields given: another tab’s start date stays', async () => {
    await saveProgram({ startDate: '2026-11-02' }, { defaults });
    // Another tab corrects the date; this one then saves its hours alone.
    await saveProgram({ startDate: '2026-11-09' }, { defaults });
    await saveProgram({ weeklyHoursTarget: 15 }, { defaults });
    expect(await getProgram()).toEqual({
      ...defaults,
      startDate: '2026-11-09',
      weeklyHoursTarget: 15,
      isOwnTarget: true,
    });
  });

  it('moves the sessions in the same write as the date', async () => {
    await saveProgram({ startDate: '2026-11-02' }, { defaults });
    await setSetting('centerTracks', ['evening iop']);
    await applyCenterProgram(program, { put: [group], remove: [], occurrences: [] });
    const follow = vi.fn(moveTo);

    await saveProgram({ startDate: '2026-11-16' }, { defaults, follow });
    expect(follow).toHaveBeenCalledTimes(1);
    expect(follow.mock.calls[0]![0]).toMatchObject({
      before: '2026-11-02',
      tracks: ['evening iop'],
      applied: { version: 'v1' },
      sessions: [group],
    });
    expect((await scheduleData()).sessions.map((s) => s.startDate)).toEqual(['2026-11-16']);

    // The same date again, or hours alone: the sessions are not asked about.
    await saveProgram({ startDate: '2026-11-16', plannedDays: 120 }, { defaults, follow });
    expect(follow).toHaveBeenCalledTimes(1);
  });

  it('gives the follow rule the attendance as recorded (an attendance id holds a "|" itself)', async () => {
    await saveProgram({ startDate: '2026-11-02' }, { defaults });
    await setSetting('centerTracks', ['evening iop']);
    await applyCenterProgram(program, { put: [group], remove: [], occurrences: [] });
    await saveAttendance({
      id: attendanceId(group.id, '2026-11-04T18:00'),
      sessionId: group.id,
      occurrenceStart: '2026-11-04T18:00',
      date: '2026-11-04',
      status: 'attended',
      title: group.title,
      scheduledStart: Date.parse('2026-11-04T18:00:00-08:00'),
      scheduledEnd: Date.parse('2026-11-04T21:00:00-08:00'),
      updatedAt: 1,
    });
    const follow = vi.fn(moveTo);
    await saveProgram({ startDate: '2026-11-16' }, { defaults, follow });
    // Read wrongly, the session would look never attended, and the follow rule would remove it.
    expect(follow.mock.calls[0]![0].attendance).toEqual([
      { sessionId: group.id, date: '2026-11-04' },
    ]);
  });

  it('a write that fails keeps the old date and the old sessions: nothing is half-saved', async () => {
    await saveProgram({ startDate: '2026-11-02' }, { defaults });
    await setSetting('centerTracks', ['evening iop']);
    await applyCenterProgram(program, { put: [group], remove: [], occurrences: [] });
    await withDb(async (database) => {
      vi.spyOn(database.sessions, 'bulkPut').mockRejectedValue(new Error('DISK'));
    });

    await expect(
      saveProgram({ startDate: '2026-11-16' }, { defaults, follow: moveTo }),
    ).rejects.toThrow('DISK');
    vi.restoreAllMocks();
    expect(await getSetting('programStartDate')).toBe('2026-11-02');
    expect((await scheduleData()).sessions).toEqual([group]);

    // Saved again, both move: from the date still stored, not from a remembered one.
    const follow = vi.fn(moveTo);
    await saveProgram({ startDate: '2026-11-16' }, { defaults, follow });
    expect(follow.mock.calls[0]![0].before).toBe('2026-11-02');
    expect(await getSetting('programStartDate')).toBe('2026-11-16');
    expect((await scheduleData()).sessions.map((s) => s.startDate)).toEqual(['2026-11-16']);
  });

  it('reads again when another tab saved a start date between the read and the write', async () => {
    await saveProgram({ startDate: '2026-11-02' }, { defaults });
    await setSetting('centerTracks', ['evening iop']);
    await applyCenterProgram(program, { put: [group], remove: [], occurrences: [] });
    const other = await toRow('settings', { key: 'programStartDate', value: '2026-11-09' }, [
      'key',
    ]);
    const database = await db();
    const follow = vi.fn((read: ProgramSaveRead, after: string) => {
      // The other tab's write starts while this save works out its sessions: IndexedDB runs it
      // before this save's own write, which must notice.
      if (follow.mock.calls.length === 1) void database.settings.put(other);
      return moveTo(read, after);
    });

    await saveProgram({ startDate: '2026-11-16' }, { defaults, follow });
    expect(follow).toHaveBeenCalledTimes(2);
    expect(follow.mock.calls[1]![0].before).toBe('2026-11-09');
    expect(await getSetting('programStartDate')).toBe('2026-11-16');
  });
});
