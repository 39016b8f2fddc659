import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Session } from '../types';
import { programFromCalendar } from './from-ics';
import { expandOccurrences } from '../occurrences';
import { needingUpdate } from '../attendance';
import { zonedToEpoch } from '../dates';
import {
  applyProgramChanges,
  countsFrom,
  eventsForTracks,
  followStartDate,
  goneTracks,
  isCenterProgram,
  programChanges,
  sessionsForChoice,
  sessionsOfLeftTracks,
  trackSummaries,
  type CenterProgram,
} from './program';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/ics/${name}`, import.meta.url), 'utf8');
const today = '2026-11-28';
/** The program a calendar gives, published today; fails the test if it is not one. */
function readCalendar(text: string, name = 'Recovery BLVD') {
  const result = programFromCalendar(text, {
    name,
    today,
    publishedAt: '2026-11-28T11:00:00.000Z',
    defaultTimeZone: 'America/Los_Angeles',
  });
  if (!result.ok) throw new Error(result.error);
  return result.program;
}
const load = (name: string, version = name): CenterProgram => ({
  ...readCalendar(fixture(name)),
  version,
});
const v1 = load('center-program-v1.ics');
const v2 = load('center-program-v2.ics');
let n = 0;
const newId = () => `new-${(n += 1)}`;

describe('reading the center’s program', () => {
  it('finds one track per name, whatever its letter case, and drops long-past one-offs', () => {
    expect(v1.tracks).toEqual([
      { id: 'day iop', name: 'Day IOP' },
      { id: 'evening iop', name: 'Evening IOP' },
      { id: 'family', name: 'Family' },
    ]);
    expect(v1.events.map((e) => e.uid)).not.toContain('old-workshop@recoveryblvd.example');
    const family = v1.events.find((e) => e.uid === 'family@recoveryblvd.example')!;
    expect(family.tracks).toEqual(['family', 'evening iop']);
    // Markup stays text: it is never run, and the screen shows it as written.
    expect(family.notes).toContain("<script>alert('x')</script>");
    expect(isCenterProgram(v1)).toBe(true);
    expect(isCenterProgram({ ...v1, events: [{ title: 3 }] })).toBe(false);
  });

  it('gives events with no category to every track', () => {
    const evening = eventsForTracks(v1, ['evening iop']).map((e) => e.uid);
    const day = eventsForTracks(v1, ['day iop']).map((e) => e.uid);
    expect(evening).toContain('orientation-dec@recoveryblvd.example');
    expect(day).toContain('orientation-dec@recoveryblvd.example');
    expect(day).not.toContain('evening-iop@recoveryblvd.example');
  });

  it('summarises each track: days, times, weekly hours', () => {
    const evening = trackSummaries(v1).find((s) => s.track.id === 'evening iop')!;
    expect(evening.days).toEqual([1, 2, 3, 4]);
    // Each time with the days it meets: the evening group, and family education on Wednesday.
    expect(evening.slots).toEqual([
      { days: [1, 2, 4], start: '18:00', end: '21:00' },
      { days: [3], start: '18:30', end: '20:00' },
    ]);
    expect(evening.weeklyMinutes).toBe(3 * 180 + 90);
  });

  it('a file with no categories has no tracks and every event for everyone', () => {
    const result = programFromCalendar(fixture('center-schedule.ics'), {
      name: 'x',
      today,
      publishedAt: '',
      defaultTimeZone: 'America/Los_Angeles',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const program = { ...result.program, version: 'x' };
    expect(program.tracks).toEqual([]);
    expect(eventsForTracks(program, [])).toHaveLength(program.events.length);
  });

  it('refuses a broken file with the import’s own message', () => {
    const result = programFromCalendar(fixture('truncated.ics'), {
      name: 'x',
      today,
      publishedAt: '',
      defaultTimeZone: 'America/Los_Angeles',
    });
    expect(result).toEqual({ ok: false, error: 'ics.error.truncated' });
  });

  it('takes 5,000 events in an unknown time zone (read as Oregon’s), keeping what is current', () => {
    const events = Array.from({ length: 5000 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 6);
      const stamp = day.toISOString().replace(/[-:]/g, '').slice(0, 15);
      return `BEGIN:VEVENT\nUID:e${i}@x\nDTSTART;TZID=Mars/Olympus_Mons:${stamp}\nDURATION:PT1H\nSUMMARY:Group ${i}\nCATEGORIES:Day IOP\nEND:VEVENT`;
    });
    const text = `BEGIN:VCALENDAR\nVERSION:2.0\n${events.join('\n')}\nEND:VCALENDAR\n`;
    const result = programFromCalendar(text, {
      name: 'x',
      today: '2025-06-01',
      publishedAt: '',
      defaultTimeZone: 'America/Los_Angeles',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.program.events.length).toBeGreaterThan(0);
    expect(result.program.events.every((e) => e.startDate >= '2025-05-02')).toBe(true);
    expect(result.program.events.every((e) => e.timezone === 'America/Los_Angeles')).toBe(true);
  });
});

describe('what changed between two versions', () => {
  it('names added, moved, cancelled and moved-occurrence changes; a series re-published after the DST change is unchanged', () => {
    const changes = programChanges(v1, v2, ['evening iop', 'day iop']);
    const summary = changes.map((c) => `${c.kind} ${c.uid}`).sort();
    expect(summary).toEqual(
      [
        'added alumni@recoveryblvd.example',
        'cancelled family@recoveryblvd.example',
        'moved evening-iop@recoveryblvd.example',
        'occurrenceCancelled evening-iop@recoveryblvd.example',
        'occurrenceMoved day-iop@recoveryblvd.example',
      ].sort(),
    );
    const moved = changes.find((c) => c.kind === 'moved');
    expect(
      moved && moved.kind === 'moved' && [moved.before.startTime, moved.after.startTime],
    ).toEqual(['18:00', '17:30']);
    expect(programChanges(v1, v1, ['evening iop'])).toEqual([]);
  });

  it('only the client’s tracks count, and a track that left the program is named', () => {
    expect(programChanges(v1, v2, ['day iop']).map((c) => c.kind)).toEqual(['occurrenceMoved']);
    expect(goneTracks(v1, v2, ['family', 'day iop'])).toEqual([{ id: 'family', name: 'Family' }]);
    expect(goneTracks(v1, v2, ['day iop'])).toEqual([]);
  });
});

describe('applying changes', () => {
  const chosen = ['evening iop'];
  const picked = sessionsForChoice(v1, chosen, [], newId);

  it('set-up copies every event of the chosen tracks once, linked to the center', () => {
    expect(picked.sessions.map((s) => s.title).sort()).toEqual([
      'Evening IOP group',
      'Family education',
      'New client orientation',
      'Relapse prevention workshop',
    ]);
    expect(picked.sessions.every((s) => s.fromCenter && s.icalUid)).toBe(true);
    expect(picked.occurrences).toHaveLength(1); // Thanksgiving, cancelled
    expect(sessionsForChoice(v1, chosen, picked.sessions, newId).sessions).toEqual([]);
  });

  it('a moved weekly session that had started ends yesterday and a new one takes over: past occurrences keep their times', () => {
    const mine: Session = {
      id: 'own',
      title: 'My therapist',
      kind: 'individual',
      weekdays: [5],
      startDate: '2026-10-01',
      startTime: '13:00',
      endTime: '14:00',
      endsNextDay: false,
      timezone: 'America/Los_Angeles',
    };
    const sessions = [...picked.sessions, mine];
    const applied = applyProgramChanges(sessions, programChanges(v1, v2, chosen), {
      today,
      newId,
    });
    const evening = applied.put.filter((s) => s.icalUid === 'evening-iop@recoveryblvd.example');
    expect(evening.map((s) => [s.startDate, s.untilDate, s.startTime])).toEqual([
      ['2026-10-05', '2026-11-27', '18:00'],
      [today, undefined, '17:30'],
    ]);
    // Cancelled after it started: ended, not removed (its history stays).
    const family = applied.put.find((s) => s.icalUid === 'family@recoveryblvd.example');
    expect(family?.untilDate).toBe('2026-11-27');
    expect(applied.remove).toEqual([]);
    expect(applied.put.map((s) => s.title)).toContain('Alumni group');
    // The client's own sessions are never touched.
    expect(applied.put.some((s) => s.id === 'own')).toBe(false);
  });

  it('sessions of a track the client left are offered, not removed', () => {
    const offered = sessionsOfLeftTracks(v1, ['day iop'], picked.sessions, today);
    expect(offered.map((s) => s.title).sort()).toEqual([
      'Evening IOP group',
      'Family education',
      'Relapse prevention workshop',
    ]);
  });
});

describe('sessions of a chosen group count from the later of the start date and the day chosen', () => {
  const chosen = ['evening iop'];
  const evening = (sessions: Session[]) => sessions.find((s) => s.title === 'Evening IOP group')!;

  it('takes the later of the two days; a start date that is no date counts from the day chosen', () => {
    expect(countsFrom('2026-10-05', '2026-11-28')).toBe('2026-11-28');
    expect(countsFrom('2026-12-07', '2026-11-28')).toBe('2026-12-07');
    expect(countsFrom(undefined, '2026-11-28')).toBe('2026-11-28');
    expect(countsFrom('2026-11-28', '2026-11-28')).toBe('2026-11-28');
    expect(countsFrom('not a date', '2026-11-28')).toBe('2026-11-28');
    expect(countsFrom('', '2026-11-28')).toBe('2026-11-28');
  });

  it('picked on day one, nothing from before needs an update: only today’s and later sessions count', () => {
    // Monday 2026-11-30, 23:00 in Portland: that evening's group is over.
    const day = '2026-11-30';
    const now = zonedToEpoch(day, '23:00', 'America/Los_Angeles');
    const { sessions, occurrences } = sessionsForChoice(
      v1,
      chosen,
      [],
      newId,
      countsFrom(undefined, day),
    );
    expect(evening(sessions).startDate).toBe(day);
    const changes = occurrences.map((o) => ({ ...o }));
    const all = expandOccurrences(sessions, changes, '2026-10-01', '2026-12-31');
    const pending = needingUpdate(all, [], now);
    // Without the rule: eight weeks of "missed" since the series began on October 5.
    const published = sessionsForChoice(v1, chosen, [], newId);
    const before = expandOccurrences(published.sessions, published.occurrences, '2026-10-01', day);
    expect(needingUpdate(before, [], now).length).toBeGreaterThan(20);
    expect(pending.map((o) => o.date)).toEqual([day]);
    expect(all.every((o) => o.date >= day)).toBe(true);
  });

  it('a start date in the future: nothing counts before it, and nothing is pending today', () => {
    const from = countsFrom('2026-12-07', '2026-11-28');
    const { sessions } = sessionsForChoice(v1, chosen, [], newId, from);
    expect(evening(sessions).startDate).toBe('2026-12-07');
    const all = expandOccurrences(sessions, [], '2026-11-01', '2026-12-31');
    expect(all[0]!.date).toBe('2026-12-07');
    const now = zonedToEpoch('2026-11-28', '23:00', 'America/Los_Angeles');
    expect(needingUpdate(all, [], now)).toEqual([]);
  });

  it('a one-off before that day is left out; one after it, and a series starting later, keep their dates', () => {
    const { sessions } = sessionsForChoice(v1, chosen, [], newId, '2026-12-06');
    const titles = sessions.map((s) => s.title).sort();
    expect(titles).toEqual([
      'Evening IOP group',
      'Family education',
      'Relapse prevention workshop',
    ]);
    expect(sessions.find((s) => s.title === 'Relapse prevention workshop')!.startDate).toBe(
      '2026-12-12',
    );
    const later = sessionsForChoice(v1, chosen, [], newId, '2026-09-01');
    expect(evening(later.sessions).startDate).toBe('2026-10-05');
  });

  it('a group with no sessions adds nothing, and a series that ended before that day is not added', () => {
    const empty: CenterProgram = {
      ...v1,
      tracks: [...v1.tracks, { id: 'alumni', name: 'Alumni' }],
    };
    // Only the events for every track (no category) come with it; nothing of its own, nothing past.
    const picked = sessionsForChoice(empty, ['alumni'], [], newId, '2026-11-28');
    expect(picked.sessions.map((s) => s.title)).toEqual(['New client orientation']);
    expect(picked.occurrences).toEqual([]);
    const ended: CenterProgram = {
      ...v1,
      events: v1.events.map((e) =>
        e.uid.startsWith('day-iop') ? { ...e, untilDate: '2026-11-20' } : e,
      ),
    };
    const titles = sessionsForChoice(ended, ['day iop'], [], newId, '2026-11-28').sessions.map(
      (s) => s.title,
    );
    expect(titles).toEqual(['New client orientation']);
  });
});

describe('a corrected start date moves the chosen group’s sessions with it', () => {
  const chosen = ['evening iop'];
  const chosenOn = '2026-11-28';
  const pick = (start: string) =>
    sessionsForChoice(v1, chosen, [], newId, countsFrom(start, chosenOn)).sessions.map((s) => ({
      ...s,
      chosenOn,
    }));
  const follow = (
    sessions: Session[],
    before: string | undefined,
    after: string | undefined,
    attendance: { sessionId: string; date: string }[] = [],
    day = chosenOn,
  ) => followStartDate(v1, chosen, sessions, attendance, { before, after, today: day, newId });
  const startOf = (sessions: Session[], title: string) =>
    sessions.find((s) => s.title === title)?.startDate;
  /** The sessions after the changes are written, as the repository writes them. */
  const applied = (sessions: Session[], changes: ReturnType<typeof follow>) => {
    const put = new Map(changes.put.map((s) => [s.id, s]));
    return [
      ...sessions.filter((s) => !changes.remove.includes(s.id)).map((s) => put.get(s.id) ?? s),
      ...changes.put.filter((s) => !sessions.some((old) => old.id === s.id)),
    ];
  };

  it('a future start corrected earlier: the weekly groups start then, and a one-off left out comes back', () => {
    const sessions = pick('2026-12-07');
    expect(startOf(sessions, 'Evening IOP group')).toBe('2026-12-07');
    expect(startOf(sessions, 'New client orientation')).toBeUndefined();
    const after = applied(sessions, follow(sessions, '2026-12-07', '2026-12-01'));
    expect(startOf(after, 'Evening IOP group')).toBe('2026-12-01');
    expect(startOf(after, 'Family education')).toBe('2026-12-01');
    expect(startOf(after, 'New client orientation')).toBe('2026-12-05');
    expect(after.find((s) => s.title === 'New client orientation')!.chosenOn).toBe(chosenOn);
    // Never earlier than the day the group was chosen: a start date in the past counts from it.
    const past = applied(sessions, follow(sessions, '2026-12-07', '2026-10-01'));
    expect(startOf(past, 'Evening IOP group')).toBe(chosenOn);
    const now = zonedToEpoch('2026-11-28', '23:00', 'America/Los_Angeles');
    const all = expandOccurrences(past, [], '2026-10-01', '2026-12-31');
    expect(all.every((o) => o.date >= chosenOn)).toBe(true);
    expect(needingUpdate(all, [], now).map((o) => o.date)).toEqual([]);
  });

  it('corrected later: the groups start later, and a one-off now before the start is taken away', () => {
    const sessions = pick('2026-12-07');
    const changes = follow(sessions, '2026-12-07', '2026-12-14');
    const after = applied(sessions, changes);
    expect(startOf(after, 'Evening IOP group')).toBe('2026-12-14');
    expect(startOf(after, 'Family education')).toBe('2026-12-14');
    expect(startOf(after, 'Relapse prevention workshop')).toBeUndefined();
    const all = expandOccurrences(after, [], '2026-11-01', '2027-01-31');
    expect(all.every((o) => o.date >= '2026-12-14')).toBe(true);
    // And back again: the workshop returns, the groups start on the 7th as first picked.
    const back = applied(after, follow(after, '2026-12-14', '2026-12-07'));
    expect(startOf(back, 'Evening IOP group')).toBe('2026-12-07');
    expect(startOf(back, 'Relapse prevention workshop')).toBe('2026-12-12');
  });

  it('never removes, nor moves past, a session with attendance recorded', () => {
    const sessions = pick('2026-12-07');
    const evening = sessions.find((s) => s.title === 'Evening IOP group')!;
    const workshop = sessions.find((s) => s.title === 'Relapse prevention workshop')!;
    const attendance = [
      { sessionId: evening.id, date: '2026-12-08' },
      { sessionId: evening.id, date: '2026-12-10' },
      { sessionId: workshop.id, date: '2026-12-12' },
    ];
    const changes = follow(sessions, '2026-12-07', '2027-01-04', attendance, '2026-12-13');
    expect(changes.remove).toEqual([]);
    const after = applied(sessions, changes);
    expect(startOf(after, 'Evening IOP group')).toBe('2026-12-08');
    expect(startOf(after, 'Relapse prevention workshop')).toBe('2026-12-12');
    expect(startOf(after, 'Family education')).toBe('2027-01-04');
  });

  it('leaves alone what was set apart: a session edited by hand, the client’s own, an unchanged date', () => {
    const sessions = pick('2026-12-07').map((s) =>
      s.title === 'Family education' ? { ...s, startDate: '2026-12-09' } : s,
    );
    const own: Session = { ...sessions[0]!, id: 'mine', fromCenter: undefined, icalUid: undefined };
    const changes = follow([...sessions, own], '2026-12-07', '2026-12-01');
    expect(changes.put.map((s) => s.title)).not.toContain('Family education');
    expect(changes.put.map((s) => s.id)).not.toContain('mine');
    expect(follow(sessions, '2026-12-07', '2026-12-07')).toEqual({
      put: [],
      remove: [],
      occurrences: [],
    });
    // A start date that was already past when the group was picked: nothing moves.
    const fromDay = pick('2026-11-01');
    expect(follow(fromDay, '2026-11-01', '2026-11-15').put).toEqual([]);
  });
});

describe('a program in two languages', () => {
  const calendar = (extra: string) =>
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//EN',
      'BEGIN:VEVENT',
      'UID:evening@example',
      'DTSTAMP:20261001T000000Z',
      'DTSTART;TZID=America/Los_Angeles:20261005T180000',
      'DTEND;TZID=America/Los_Angeles:20261005T210000',
      'RRULE:FREQ=WEEKLY;BYDAY=MO,TU,TH',
      extra,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
  const read = (text: string) => readCalendar(calendar(text), 'Test');

  it('reads Spanish titles and group names (LANGUAGE=es) beside the defaults, never as a track', () => {
    const program = read(
      [
        'SUMMARY;LANGUAGE=es:Grupo IOP de la tarde',
        'SUMMARY:Evening IOP group',
        'CATEGORIES:Evening IOP,Family',
        'CATEGORIES;LANGUAGE=es:IOP de la tarde,Familia',
      ].join('\r\n'),
    );
    expect(program.tracks).toEqual([
      { id: 'evening iop', name: 'Evening IOP', names: { es: 'IOP de la tarde' } },
      { id: 'family', name: 'Family', names: { es: 'Familia' } },
    ]);
    expect(program.events[0]).toMatchObject({
      title: 'Evening IOP group',
      titles: { es: 'Grupo IOP de la tarde' },
    });
    const session = sessionsForChoice({ ...program, version: '1' }, ['family'], [], newId)
      .sessions[0]!;
    expect(session.titles).toEqual({ es: 'Grupo IOP de la tarde' });
  });

  it('reads a Spanish place (LOCATION;LANGUAGE=es) beside the default one, whatever their order', () => {
    const program = read(
      [
        'SUMMARY:Evening IOP group',
        'LOCATION;LANGUAGE=es:Recovery BLVD, Sala 2',
        'LOCATION:Recovery BLVD, Room 2',
        'CATEGORIES:Evening IOP',
      ].join('\r\n'),
    );
    expect(program.events[0]).toMatchObject({
      place: 'Recovery BLVD, Room 2',
      places: { es: 'Recovery BLVD, Sala 2' },
    });
    const [session] = sessionsForChoice(
      { ...program, version: '1' },
      ['evening iop'],
      [],
      newId,
    ).sessions;
    expect(session!.place).toBe('Recovery BLVD, Room 2');
    expect(session!.places).toEqual({ es: 'Recovery BLVD, Sala 2' });
    // A new Spanish place is a change the client is told about, like a new title.
    const before = {
      ...program,
      version: '1',
      events: program.events.map(({ places: _p, ...e }) => e),
    };
    const changes = programChanges(before, { ...program, version: '2' }, ['evening iop']);
    expect(changes.map((c) => c.kind)).toEqual(['changed']);
  });

  it('a lone Spanish place is the place (as a lone Spanish title is the title)', () => {
    const program = read(
      ['SUMMARY:Evening IOP group', 'LOCATION;LANGUAGE=es:Recovery BLVD, Sala 2'].join('\r\n'),
    );
    expect(program.events[0]!.place).toBe('Recovery BLVD, Sala 2');
  });

  it('without Spanish, or with names that do not match the groups one for one, the defaults stand', () => {
    const plain = read(['SUMMARY:Evening IOP group', 'CATEGORIES:Evening IOP'].join('\r\n'));
    expect(plain.tracks).toEqual([{ id: 'evening iop', name: 'Evening IOP' }]);
    expect(plain.events[0]!.titles).toBeUndefined();
    const odd = read(
      [
        'SUMMARY:Evening IOP group',
        'CATEGORIES:Evening IOP,Family',
        'CATEGORIES;LANGUAGE=es:IOP de la tarde',
      ].join('\r\n'),
    );
    expect(odd.tracks.map((t) => t.names)).toEqual([undefined, undefined]);
  });

  it('a translation in a program that is no usable text is not copied to the schedule', () => {
    const program = read(['SUMMARY:Evening IOP group', 'CATEGORIES:Evening IOP'].join('\r\n'));
    const broken = {
      ...program,
      version: '1',
      events: program.events.map((e) => ({ ...e, titles: { es: '' } })),
    };
    expect(isCenterProgram(broken)).toBe(true);
    const [session] = sessionsForChoice(broken, ['evening iop'], [], newId).sessions;
    expect(session!.titles).toBeUndefined();
    expect(session!.title).toBe('Evening IOP group');
  });
});

describe('a program change to a group not started yet', () => {
  it('keeps the day it counts from (and the day chosen): the weeks before never come back as missed', () => {
    const chosen = ['evening iop'];
    const picked = sessionsForChoice(v1, chosen, [], newId, '2026-12-07').sessions.map((s) => ({
      ...s,
      chosenOn: '2026-11-28',
    }));
    const changes = programChanges(v1, v2, chosen);
    const moved = changes.filter((c) => c.kind === 'moved' || c.kind === 'changed');
    expect(moved.length).toBeGreaterThan(0);
    const applied = applyProgramChanges(picked, changes, { today: '2026-11-28', newId });
    const ids = new Set(picked.map((s) => s.id));
    const kept = applied.put.filter((s) => s.weekdays.length && ids.has(s.id));
    expect(kept.length).toBeGreaterThan(0);
    for (const session of kept) {
      expect(session.startDate >= '2026-12-07', session.title).toBe(true);
      expect(session.chosenOn).toBe('2026-11-28');
    }
  });
});
