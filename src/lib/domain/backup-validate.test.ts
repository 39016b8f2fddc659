import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BackupError, validateData, type BackupData } from './backup-validate';
import { emptyPlan } from './plan/plan';
import { onlineEvent } from '$lib/test-builders';

const expected = JSON.parse(
  readFileSync(
    new URL('../../../tests/fixtures/backups/expected-data.json', import.meta.url),
    'utf8',
  ),
) as BackupData;
const checkIn = expected.checkIns![0]!;
const session = expected.sessions![0]!;
const event = onlineEvent;
const plan = {
  id: 'plan:2026-11-01',
  date: '2026-11-01',
  savedAt: 1793500000000,
  plan: emptyPlan(),
};

/** A BAM as the app stores it: 23 answers, each its place in its item's list. */
const bam = (answers: unknown[] = Array(23).fill(1)) => ({
  id: 'bam1',
  instrument: 'bam',
  date: '2026-11-01',
  savedAt: 1793500000000,
  answers,
});
const phqBefore10 = {
  id: 'p1',
  instrument: 'phq9',
  date: '2026-10-20',
  savedAt: 1793400000000,
  answers: [1, 1, 0, 0, 2, 0, 0, 0, 0],
};

const refuses = (data: unknown) =>
  expect(() => validateData(data)).toThrow(new BackupError('backup.error.values'));

describe('validateData accepts what the app writes', () => {
  it('the fixture, unchanged', () => {
    expect(validateData(expected)).toEqual(expected);
  });

  it('a meeting, a favourite, a plan, a moved session', () => {
    const data = {
      events: [event],
      favourites: [{ id: event.id, event, addedAt: 1793500000000 }],
      plans: [plan],
      occurrenceChanges: [
        {
          id: 'x',
          sessionId: 's1',
          originalStart: '2026-11-02T18:00',
          isCancelled: false,
          start: '2026-11-03T18:00',
          end: '2026-11-03T21:00',
        },
      ],
    };
    expect(validateData(data)).toEqual(data);
  });
});

describe('the BAM in a backup', () => {
  it('is kept, with unanswered items, a weekly rhythm, and PHQ-9’s question 10', () => {
    const data = {
      measures: [
        bam([null, ...Array(22).fill(0)]),
        { ...phqBefore10, id: 'p2', difficulty: 1 },
        { ...phqBefore10, id: 'p3', difficulty: null },
      ],
      settings: [{ key: 'measureRhythm', value: { phq9: 14, bam: 7 } }],
    };
    expect(validateData(data)).toEqual(data);
  });

  it('an older backup without a BAM or question 10 is taken as it is', () => {
    const data = { measures: [phqBefore10], checkIns: [checkIn] };
    expect(validateData(data)).toEqual(data);
  });

  it.each([
    ['a day answer of 5', Array(23).fill(0).with(3, 5)],
    ['item 14 answered 4 (it has two answers: No and Yes)', Array(23).fill(0).with(19, 4)],
    ['a negative answer', Array(23).fill(0).with(0, -1)],
    ['a fraction', Array(23).fill(0).with(13, 1.5)],
    ['a text answer', Array(23).fill(0).with(13, 'Slightly')],
    ['24 answers', Array(24).fill(0)],
    ['9 answers', Array(9).fill(0)],
  ])('refuses the whole backup for a BAM with %s', (_name, answers) => {
    refuses({ checkIns: [checkIn], measures: [phqBefore10, bam(answers)] });
  });

  it('refuses question 10 out of range, or on a GAD-7', () => {
    refuses({ measures: [{ ...phqBefore10, difficulty: 4 }] });
    refuses({
      measures: [{ ...phqBefore10, instrument: 'gad7', answers: Array(7).fill(0), difficulty: 0 }],
    });
    refuses({ measures: [{ ...bam(), difficulty: 0 }] });
  });
});

describe('validateData refuses, table by table', () => {
  it.each([
    ['a javascript: session link', { sessions: [{ ...session, joinUrl: 'javascript:alert(1)' }] }],
    ['a data: session link', { sessions: [{ ...session, joinUrl: 'data:text/html,hi' }] }],
    ['a time zone that does not exist', { sessions: [{ ...session, timezone: 'Not/AZone' }] }],
    ['a session ending before it starts', { sessions: [{ ...session, endTime: '17:00' }] }],
    ['a weekday 7', { sessions: [{ ...session, weekdays: [7] }] }],
    ['a session until before its start', { sessions: [{ ...session, untilDate: '2026-01-01' }] }],
    ['a session time 25:00', { sessions: [{ ...session, startTime: '25:00' }] }],
    ['a session title that is a number', { sessions: [{ ...session, title: 42 }] }],
    ['a check-in dated 9999-12-31', { checkIns: [{ ...checkIn, date: '9999-12-31' }] }],
    ['a check-in in 1850', { checkIns: [{ ...checkIn, date: '1850-01-01' }] }],
    ['a check-in at an instant out of range', { checkIns: [{ ...checkIn, at: 8.64e15 }] }],
    ['a check-in at Infinity', { checkIns: [{ ...checkIn, at: Infinity }] }],
    ['a craving of 11', { checkIns: [{ ...checkIn, craving: 11 }] }],
    ['tag ids that are objects', { checkIns: [{ ...checkIn, triggerIds: [{}] }] }],
    ['plannedDays -5', { settings: [{ key: 'plannedDays', value: -5 }] }],
    ['plannedDays 1.5', { settings: [{ key: 'plannedDays', value: 1.5 }] }],
    ['weekly hours of 500', { settings: [{ key: 'weeklyHoursTarget', value: 500 }] }],
    [
      'a program start that is not a date',
      { settings: [{ key: 'programStartDate', value: '2026-02-30' }] },
    ],
    [
      'a setting time zone that does not exist',
      { settings: [{ key: 'timezone', value: 'Not/AZone' }] },
    ],
    ['a reminder time of noon-ish', { settings: [{ key: 'reminderTime', value: '12h' }] }],
    [
      'a measure rhythm for an unknown measure',
      { settings: [{ key: 'measureRhythm', value: { x: 7 } }] },
    ],
    [
      'a "Right now" mark that is no time',
      { settings: [{ key: 'rightNow', value: { okAt: 'soon' } }] },
    ],
    [
      'a tag of another kind',
      { tags: [{ id: 't', kind: 'mood', name: 'x', isArchived: false, order: 0 }] },
    ],
    [
      'a tag name of 500 letters',
      { tags: [{ id: 't', kind: 'trigger', name: 'x'.repeat(500), isArchived: false, order: 0 }] },
    ],
    [
      'a built-in tag key the app does not have',
      {
        tags: [
          { id: 't', kind: 'trigger', builtIn: 'backup.error.values', isArchived: false, order: 0 },
        ],
      },
    ],
    [
      'a meeting with a javascript: link',
      { events: [{ ...event, conferenceUrl: 'javascript:alert(1)' }] },
    ],
    [
      'a favourite whose meeting has a vbscript: link',
      { favourites: [{ id: event.id, event: { ...event, conferenceUrl: 'vbscript:x' } }] },
    ],
    ['a favourite whose meeting has another id', { favourites: [{ id: 'other', event }] }],
    [
      'attendance ending before it starts',
      { attendance: [{ ...expected.attendance![0]!, scheduledEnd: 0 }] },
    ],
    [
      'attendance of a week',
      {
        attendance: [
          {
            ...expected.attendance![0]!,
            scheduledEnd: (expected.attendance![0]!.scheduledStart as number) + 7 * 86_400_000,
          },
        ],
      },
    ],
    ['a slip dated 9999-12-31', { slips: [{ id: 's', date: '9999-12-31' }] }],
    [
      'a moved session at 24:00',
      {
        occurrenceChanges: [
          { id: 'x', sessionId: 's1', originalStart: '2026-11-02T24:00', isCancelled: true },
        ],
      },
    ],
    ['a plan saved in year 275760', { plans: [{ ...plan, savedAt: 8.64e15 }] }],
    [
      'a plan with a number that cannot be dialled',
      {
        plans: [
          {
            ...plan,
            plan: {
              ...emptyPlan(),
              people: [{ id: 'p', name: 'A', relationship: '', phone: 'javascript:alert(1)' }],
            },
          },
        ],
      },
    ],
    [
      'a recording of another type',
      { recordings: [{ id: 'message', mimeType: 'text/html', data: '', durationMs: 1 }] },
    ],
    [
      'a measure with 10 answers',
      {
        measures: [
          {
            id: 'm',
            instrument: 'phq9',
            date: '2026-11-01',
            savedAt: 1793500000000,
            answers: Array(10).fill(0),
          },
        ],
      },
    ],
    ['a record without an id', { slips: [{ date: '2026-11-01' }] }],
  ])('%s', (_name, data) => refuses(data));

  it('refuses unknown tables and records that are not objects', () => {
    expect(() => validateData({ secrets: [] })).toThrow(new BackupError('backup.error.shape'));
    expect(() => validateData({ checkIns: [1] })).toThrow(new BackupError('backup.error.shape'));
    expect(() => validateData([])).toThrow(new BackupError('backup.error.shape'));
  });
});

describe('validateData returns what will be written', () => {
  it('leaves out settings this version does not know, keeps the rest', () => {
    const data = validateData({
      settings: [
        { key: 'someFutureSetting', value: { anything: true } },
        { key: 'plannedDays', value: 90 },
      ],
    });
    expect(data.settings).toEqual([{ key: 'plannedDays', value: 90 }]);
  });

  it('keeps one record per key, the last (as IndexedDB would)', () => {
    const data = validateData({ checkIns: [checkIn, { ...checkIn, mood: 1 }] });
    expect(data.checkIns).toEqual([{ ...checkIn, mood: 1 }]);
  });

  it('reads a plan into the shape the screens read', () => {
    const data = validateData({ plans: [{ ...plan, plan: { reasons: 'Me' } }] });
    expect(data.plans![0]!.plan).toEqual({ ...emptyPlan(), reasons: 'Me' });
  });
});
