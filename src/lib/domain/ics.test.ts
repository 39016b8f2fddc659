import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandOccurrences } from './occurrences';
import { escapeText, exportCalendar, firstOccurrenceDate, foldLine } from './ics-export';
import { decodeCalendarFile, parseCalendar, planImport } from './ics-import';
import type { OccurrenceChange, Session } from './types';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/ics/${name}`, import.meta.url)));
const LA = 'America/Los_Angeles';
let counter = 0;
const options = { defaultTimeZone: LA, today: '2026-11-27', newId: () => `new-${++counter}` };

function parse(text: string) {
  const result = parseCalendar(text, options);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('importing a real calendar export', () => {
  const decoded = decodeCalendarFile(fixture('center-schedule.ics'));
  if (!decoded.ok) throw new Error('fixture should decode');
  const calendar = parse(decoded.text);

  it('keeps a weekly rule as one recurring session with its weekdays, times and end date', () => {
    const group = calendar.sessions.find((s) => s.title === 'IOP Process Group')!;
    expect(group).toMatchObject({
      kind: 'group',
      weekdays: [1, 3, 4],
      startDate: '2026-11-02',
      untilDate: '2027-01-30',
      startTime: '18:00',
      endTime: '21:00',
      endsNextDay: false,
      timezone: LA,
      place: 'Recovery BLVD, 1234 SE Example St, Portland, OR 97214',
      icalUid: 'iop-evening-group-2026@recoveryblvd.example',
    });
    // Markup in a text field stays text: nothing is stripped, nothing is interpreted.
    expect(group.notes).toContain('<script>alert("x")</script> is just text here.');
  });

  it('turns EXDATE into a cancelled occurrence and RECURRENCE-ID into a moved one', () => {
    const group = calendar.sessions.find((s) => s.title === 'IOP Process Group')!;
    const changes = calendar.changes.filter((c) => c.sessionId === group.id);
    expect(changes).toEqual([
      expect.objectContaining({ originalStart: '2026-11-26T18:00', isCancelled: true }),
      expect.objectContaining({
        originalStart: '2026-11-19T18:00',
        isCancelled: false,
        start: '2026-11-19T19:00',
        end: '2026-11-19T22:00',
      }),
    ]);
    const week = expandOccurrences([group], changes, '2026-11-16', '2026-11-29');
    expect(week.map((o) => [o.originalStart, o.date, o.isMoved])).toEqual([
      ['2026-11-16T18:00', '2026-11-16', false],
      ['2026-11-18T18:00', '2026-11-18', false],
      ['2026-11-19T18:00', '2026-11-19', true],
      ['2026-11-23T18:00', '2026-11-23', false],
      ['2026-11-25T18:00', '2026-11-25', false],
    ]);
  });

  it('expands an every-other-week rule with COUNT into one-off sessions, and finds the join link', () => {
    const counselling = calendar.sessions.filter(
      (s) => s.title === 'Individual counseling with Dana',
    );
    expect(counselling.map((s) => s.startDate)).toEqual([
      '2026-11-04',
      '2026-11-18',
      '2026-12-02',
      '2026-12-16',
      '2026-12-30',
      '2027-01-13',
    ]);
    expect(counselling.every((s) => s.weekdays.length === 0 && s.kind === 'individual')).toBe(true);
    expect(counselling[0]!.joinUrl).toBe('https://telehealth.example.org/room/dana');
  });

  it('converts UTC times to Portland time, and runs a late meeting past midnight', () => {
    const workshop = calendar.sessions.find((s) => s.title.startsWith('Family workshop'))!;
    expect(workshop).toMatchObject({
      kind: 'family',
      weekdays: [],
      startDate: '2026-12-05',
      startTime: '10:00',
      endTime: '12:00',
    });
    const late = calendar.sessions.find((s) => s.title === 'Saturday night recovery meeting')!;
    expect(late).toMatchObject({
      weekdays: [6],
      startTime: '22:30',
      endTime: '00:30',
      endsNextDay: true,
    });
  });

  it('leaves all-day events out and says so', () => {
    expect(calendar.skipped).toEqual([{ title: 'Center closed', reason: 'allDay' }]);
  });
});

describe('refusing bad calendar files', () => {
  it.each([
    ['truncated.ics', 'ics.error.truncated'],
    ['no-events.ics', 'ics.error.noEvents'],
  ])('%s', (name, error) => {
    const decoded = decodeCalendarFile(fixture(name));
    if (!decoded.ok) throw new Error('should decode');
    expect(parseCalendar(decoded.text, options)).toEqual({ ok: false, error });
  });

  it('refuses a file in the wrong encoding, an empty file and a huge one', () => {
    expect(decodeCalendarFile(fixture('utf16.ics'))).toEqual({
      ok: false,
      error: 'ics.error.encoding',
    });
    expect(decodeCalendarFile(new Uint8Array([0xc3, 0x28, 0x41]))).toEqual({
      ok: false,
      error: 'ics.error.encoding',
    });
    expect(decodeCalendarFile(new Uint8Array())).toEqual({ ok: false, error: 'ics.error.empty' });
    expect(decodeCalendarFile(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      error: 'ics.error.tooBig',
    });
  });

  it('refuses a calendar with 100,000 events before parsing it', () => {
    const event =
      'BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261201T100000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n';
    const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${event.repeat(100_000)}END:VCALENDAR\r\n`;
    const started = performance.now();
    expect(parseCalendar(text, options)).toEqual({ ok: false, error: 'ics.error.tooMany' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses text that is not a calendar, and malformed content', () => {
    expect(parseCalendar('hello', options)).toEqual({ ok: false, error: 'ics.error.notCalendar' });
    const broken = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VCALENDAR\r\n';
    expect(parseCalendar(broken, options)).toEqual({ ok: false, error: 'ics.error.invalid' });
  });
});

describe('exporting', () => {
  const sessions: Session[] = [
    {
      id: 'grp',
      title: 'Process group; week 3, room B',
      kind: 'group',
      weekdays: [1, 3],
      startDate: '2026-11-01',
      untilDate: '2027-02-26',
      startTime: '09:00',
      endTime: '12:00',
      endsNextDay: false,
      timezone: LA,
      place: 'Recovery BLVD',
      address: '1234 SE Example St, Portland',
      notes: 'Bring the workbook.\nCheck-in first.',
    },
    {
      id: 'late',
      title: 'Late meeting',
      kind: 'meeting',
      weekdays: [6],
      startDate: '2026-11-07',
      startTime: '22:30',
      endTime: '00:30',
      endsNextDay: true,
      timezone: LA,
      joinUrl: 'https://meet.example.org/late',
    },
    {
      id: 'doc',
      title: 'Medication visit',
      kind: 'health',
      weekdays: [],
      startDate: '2026-12-03',
      startTime: '14:15',
      endTime: '14:45',
      endsNextDay: false,
      timezone: LA,
    },
  ];
  const changes: OccurrenceChange[] = [
    {
      id: 'grp|2026-11-25T09:00',
      sessionId: 'grp',
      originalStart: '2026-11-25T09:00',
      isCancelled: true,
    },
    {
      id: 'grp|2026-12-02T09:00',
      sessionId: 'grp',
      originalStart: '2026-12-02T09:00',
      isCancelled: false,
      start: '2026-12-03T10:00',
      end: '2026-12-03T13:00',
    },
  ];
  const text = exportCalendar(sessions, changes, {
    now: Date.UTC(2026, 10, 27),
    calendarName: 'Test',
  });

  it('writes weekly RRULEs with TZID, a VTIMEZONE, stable UIDs and CRLF lines of 75 octets', () => {
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270227T075959Z');
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20261102T090000');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles');
    expect(text).toContain('UID:grp@blvd-companion');
    expect(text).toContain('EXDATE;TZID=America/Los_Angeles:20261125T090000');
    expect(text).toContain('SUMMARY:Process group\\; week 3\\, room B');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(
      exportCalendar(sessions, changes, { now: Date.UTC(2026, 10, 27), calendarName: 'Test' }),
    ).toBe(text);
  });

  it('imports back to the same schedule', () => {
    const back = parse(text);
    const plan = planImport(sessions, back);
    expect(plan.added).toEqual([]);
    const byId = new Map(plan.updated.map((s) => [s.id, s]));
    for (const original of sessions) {
      const { address, place, ...rest } = original;
      expect(byId.get(original.id)).toMatchObject({
        ...rest,
        // The file starts a weekly session on its first real occurrence (RFC 5545 §3.8.5.3).
        startDate: firstOccurrenceDate(original),
        ...(place || address ? { place: [place, address].filter(Boolean).join(', ') } : {}),
        icalUid: `${original.id}@blvd-companion`,
      });
    }
    expect(plan.changes.map(({ id, ...c }) => c)).toEqual(
      expect.arrayContaining(changes.map(({ id, ...c }) => c)),
    );
    expect(plan.changes).toHaveLength(2);
    // The occurrences are the same too.
    const before = expandOccurrences(sessions, changes, '2026-11-01', '2027-03-01');
    const after = expandOccurrences(plan.updated, plan.changes, '2026-11-01', '2027-03-01');
    expect(after.map((o) => [o.key, o.start, o.end])).toEqual(
      before.map((o) => [o.key, o.start, o.end]),
    );
  });
});

describe('exporting with reminders for the phone’s calendar', () => {
  const group: Session = {
    id: 'grp',
    title: 'Evening IOP group',
    kind: 'group',
    weekdays: [1, 2, 4],
    startDate: '2026-11-02',
    startTime: '18:00',
    endTime: '21:00',
    endsNextDay: false,
    timezone: LA,
  };
  const moved: OccurrenceChange = {
    id: 'grp|2026-11-26T18:00',
    sessionId: 'grp',
    originalStart: '2026-11-26T18:00',
    isCancelled: false,
    start: '2026-11-25T18:00',
    end: '2026-11-25T21:00',
  };
  const options = { now: Date.UTC(2026, 10, 28), calendarName: 'Test' };
  const events = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    return calendar.getAllSubcomponents('vevent');
  };

  it('puts a VALARM before every session, moved occurrences included', () => {
    const text = exportCalendar([group], [moved], {
      ...options,
      alarm: { minutes: 30, text: (title) => `${title} starts in 30 minutes` },
    });
    const vevents = events(text);
    expect(vevents).toHaveLength(2);
    for (const event of vevents) {
      const alarm = event.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT30M');
      expect(alarm.getFirstPropertyValue('description')).toBe(
        'Evening IOP group starts in 30 minutes',
      );
    }
  });

  it('writes no alarm when reminders are off', () => {
    const text = exportCalendar([group], [moved], options);
    expect(text).not.toContain('BEGIN:VALARM');
  });

  it('adds the daily check-in as one recurring event with its alarm at the reminder time, under a stable UID', () => {
    const daily = {
      time: '20:30',
      timezone: LA,
      startDate: '2026-11-28',
      title: 'Check in',
      description: 'How are you doing today?',
    };
    const text = exportCalendar([], [], { ...options, dailyCheckIn: daily });
    const [event] = events(text);
    expect(event!.getFirstPropertyValue('uid')).toBe('daily-check-in@blvd-companion');
    expect(String(event!.getFirstPropertyValue('rrule'))).toBe('FREQ=DAILY');
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20261128T203000');
    expect(String(event!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe(
      'PT0S',
    );
    expect(text).toContain('BEGIN:VTIMEZONE');
    // Adding it again a week later: the same UID, so the phone updates rather than doubles it.
    const later = exportCalendar([], [], {
      ...options,
      now: Date.UTC(2026, 11, 5),
      dailyCheckIn: { ...daily, startDate: '2026-12-05' },
    });
    expect(events(later)[0]!.getFirstPropertyValue('uid')).toBe('daily-check-in@blvd-companion');
  });
});

describe('text helpers', () => {
  it('escapes text and folds long lines without splitting characters', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'ñ'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ñ'.repeat(60)}`);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});
