/**
 * Property tests of backup imports: whatever a file holds, validateData answers with a
 * BackupError or with records every screen can read. Records are drawn from the shapes the app
 * writes with fields swapped for hostile values (javascript: links, unknown zones, year 9999,
 * wrong types), so a good share of datasets is accepted and goes all the way through
 * IndexedDB (fake-indexeddb), the repositories and the domain functions the screens call.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BackupError, validateData, type BackupData } from '$lib/domain/backup-validate';
import { addDays, localDate } from '$lib/domain/dates';
import {
  dailySeries,
  moodByWeekday,
  sobrietyStats,
  tagCounts,
  weeklyAverages,
} from '$lib/domain/progress';
import { filterCheckIns, groupByDay } from '$lib/domain/history';
import { checkInStreak } from '$lib/domain/streak';
import { mergeTags, tagName } from '$lib/domain/tags';
import { currentOrNext, expandOccurrences, overlappingKeys } from '$lib/domain/occurrences';
import { attendanceRate, needingUpdate, weeklyHours } from '$lib/domain/attendance';
import { buildReport } from '$lib/domain/report';
import { firstSteps, planChanges, sortVersions } from '$lib/domain/plan/plan';
import { dueInstruments, history, trend } from '$lib/domain/measures/result';
import { BAM_QUESTIONS } from '$lib/domain/measures/bam';
import { bamHistory, bamReportOf, bamTrend } from '$lib/domain/measures/result';
import { measuresCsvRows } from '$lib/domain/measures/csv';
import { safeHref, mapsHref } from '$lib/domain/safe-href';
import type {
  Attendance,
  CheckIn,
  OccurrenceChange,
  RecoveryEvent,
  Session,
  Tag,
} from '$lib/domain/types';
import type { PlanVersion } from '$lib/domain/plan/plan';
import type { MeasureResult, Rhythm } from '$lib/domain/measures/result';
import { onlineEvent } from '$lib/test-builders';
import type { Slip } from '$lib/domain/progress';
import { insights } from '$lib/domain/insights';
import { importData } from './backup';
import { allCheckIns } from './checkIns';
import { deleteDatabase } from './database';
import { favouriteEvents, getEvent } from './events';
import { allMeasures } from './measures';
import { latestPlan, planVersions, getRecording } from './plan';
import { scheduleData } from './sessions';
import { getSetting, type SettingKey } from './settings';
import { allSlips } from './slips';
import { allTags } from './tags';

const NOW = Date.UTC(2026, 11, 7, 18);
const TODAY = '2026-12-07';

/** Values a crafted file might hold: hostile strings, edge dates and times, wrong types. */
const hostileText = fc.constantFrom(
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https:example.org',
  'https://user:pass@example.org/',
  'https://example.org/join?x=<b>',
  'http://example.org',
  '//evil.example',
  'Not/AZone',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'UTC',
  '9999-12-31',
  '1900-01-01',
  '2100-12-31',
  '2101-01-01',
  '2026-02-30',
  '2026-03-08',
  '2026-11-01',
  '02:30',
  '23:59',
  '00:00',
  '24:00',
  '2026-03-08T02:30',
  '2026-11-02T18:00',
  '+1 503 555 0142',
  'tel:911',
  '<img src=x onerror=alert(1)>',
  '{{constructor}}',
  '',
  ' ',
  'a',
  'b',
);
const value = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 4000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-5, 0, 1.5, 8.64e15, -8.64e15, 1e308, NOW, 0.1) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const event = { ...onlineEvent, attendance: 'hybrid', address: '100 SE Example Ave, Portland' };

/** One record of each table as the app writes it. */
const TEMPLATES: Record<string, Record<string, unknown>[]> = {
  checkIns: [
    {
      id: 'c1',
      at: NOW - 86_400_000,
      date: '2026-12-06',
      mood: 3,
      craving: 4,
      triggerIds: ['tired', 'custom'],
      copingIds: ['meeting'],
      used: 'no',
      note: 'A hard day',
      createdAt: NOW,
      updatedAt: NOW,
    },
  ],
  tags: [{ id: 'custom', kind: 'trigger', name: 'Payday', isArchived: false, order: 20 }],
  sessions: [
    {
      id: 's1',
      title: 'IOP group',
      kind: 'group',
      weekdays: [1, 3, 4],
      startDate: '2026-10-26',
      startTime: '18:00',
      endTime: '21:00',
      endsNextDay: false,
      timezone: 'America/Los_Angeles',
      address: '1 Main St',
      joinUrl: 'https://zoom.example/j/2',
      phone: '(503) 555-0100',
    },
  ],
  occurrenceChanges: [
    {
      id: 's1|2026-11-02T18:00',
      sessionId: 's1',
      originalStart: '2026-11-02T18:00',
      isCancelled: false,
      start: '2026-11-03T18:00',
      end: '2026-11-03T21:00',
    },
  ],
  attendance: [
    {
      id: 's1|2026-11-04T18:00',
      sessionId: 's1',
      occurrenceStart: '2026-11-04T18:00',
      date: '2026-11-04',
      status: 'late',
      title: 'IOP group',
      scheduledStart: Date.UTC(2026, 10, 5, 2),
      scheduledEnd: Date.UTC(2026, 10, 5, 5),
      actualStart: Date.UTC(2026, 10, 5, 2, 20),
      updatedAt: NOW,
    },
  ],
  slips: [{ id: 'slip1', date: '2026-11-20', note: 'Talked to my counselor' }],
  favourites: [{ id: event.id, event, addedAt: NOW }],
  settings: [
    { key: 'programStartDate', value: '2026-10-26' },
    { key: 'plannedDays', value: 90 },
    { key: 'weeklyHoursTarget', value: 9 },
    { key: 'timezone', value: 'America/Los_Angeles' },
    { key: 'sobrietyDate', value: '2026-10-01' },
    { key: 'measureRhythm', value: { phq9: 14, bam: 7 } },
    { key: 'reminderTime', value: '20:00' },
  ],
  plans: [
    {
      id: 'plan:2026-11-01',
      date: '2026-11-01',
      savedAt: NOW - 30 * 86_400_000,
      plan: {
        reasons: 'My kids',
        helps: ['Call Maria'],
        people: [{ id: 'p1', name: 'Maria', relationship: 'Sponsor', phone: '+1 503 555 0142' }],
      },
    },
  ],
  recordings: [{ id: 'message', mimeType: 'audio/webm', data: 'AAAA', durationMs: 1000 }],
  measures: [
    {
      id: 'm1',
      instrument: 'phq9',
      date: '2026-11-15',
      savedAt: NOW - 20 * 86_400_000,
      answers: [0, 1, 2, 3, 0, 1, 2, null, 0],
      difficulty: 1,
    },
    {
      id: 'bam1',
      instrument: 'bam',
      date: '2026-11-22',
      savedAt: NOW - 15 * 86_400_000,
      // 1-6, 7A-7G, 8-17: each its place in its list (item 14: 0 No, 1 Yes).
      answers: [1, 2, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 4, 1, 2, 3, 1, 0, 4, null],
    },
  ],
  events: [event],
};

const DATES = ['9999-12-31', '0000-01-01', '2026-02-30', '1899-12-31', '2101-01-01', '2100-12-31'];
const TIMES = ['24:00', '7:00', '02:30', '23:59', '00:00', '12:60'];
const STAMPS = [8.64e15, -8.64e15, 1e308, -1, 0.5, NOW];
const LINKS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'https:example.org',
  'https://user:pass@example.org/',
];
const DATE_TIMES = ['2026-11-02T24:00', '9999-12-31T18:00', '2026-11-02 18:00', '2026-03-08T02:30'];
/** For each field name, the values most likely to break what reads it. */
const HOSTILE_BY_KEY: Record<string, readonly unknown[]> = {
  date: DATES,
  startDate: DATES,
  untilDate: [...DATES, '2000-01-01'],
  startTime: TIMES,
  endTime: TIMES,
  time: TIMES,
  timezone: ['Not/AZone', '', 'Pacific/Kiritimati', 'Etc/GMT+12', 'utc', 42],
  joinUrl: LINKS,
  conferenceUrl: LINKS,
  phone: ['tel:911', 'javascript:alert(1)', '12', '+1 (503) 555-0142 ext 9', 5035550142],
  conferencePhone: ['tel:911', 'javascript:alert(1)', 42],
  at: STAMPS,
  savedAt: STAMPS,
  createdAt: STAMPS,
  updatedAt: STAMPS,
  addedAt: STAMPS,
  scheduledStart: STAMPS,
  scheduledEnd: STAMPS,
  actualStart: STAMPS,
  weekdays: [[7], [-1], [1.5], ['1'], [0, 0, 0], []],
  days: [[7], [-1], ['1'], []],
  originalStart: DATE_TIMES,
  occurrenceStart: DATE_TIMES,
  start: DATE_TIMES,
  end: DATE_TIMES,
  endsNextDay: [true, 'yes'],
  value: [-5, 0, 1.5, 5000, '9999-12-31', 'Not/AZone', null, { phq9: -1 }, { bam: 1.5 }, ['x']],
  key: ['someFutureSetting', '__defineGetter__', 'toString', 'hasOwnProperty'],
  answers: [
    [],
    Array(9).fill(4),
    Array(9).fill(null),
    Array(10).fill(0),
    Array(23).fill(5),
    Array(23).fill(0).with(19, 2),
    Array(23).fill(1.5),
    Array(23).fill('1'),
    Array(23).fill(null),
    Array(24).fill(0),
  ],
  difficulty: [4, -1, 1.5, '2', null],
  plan: [
    { people: [{ id: 'p', name: 'A', relationship: '', phone: 'javascript:alert(1)' }] },
    null,
    'x',
    { helps: 'x' },
    { people: [{ phone: 5 }] },
  ],
  event: [
    { ...event, conferenceUrl: 'javascript:alert(1)' },
    { ...event, timezone: 'Not/AZone' },
    { ...event, id: 'other' },
    null,
  ],
  builtIn: ['tag.tired', 'backup.error.values', 'toString'],
  kind: ['mood', 'meeting', 'coping', 'other'],
  status: ['present', 'excused'],
  instrument: ['phq2', 'gad7', 'bam', 'phq9', 'BAM'],
  mimeType: ['text/html', 'audio/webm;codecs=opus'],
};

/**
 * A template as written, or with a field or two replaced by a value likely to break what reads
 * it (or any drawn value), or removed: half the records are changed, few enough fields each
 * that many datasets still pass and reach the screens' functions.
 */
function recordOf(template: Record<string, unknown>) {
  const keys = [...Object.keys(template), 'extra'];
  const change = fc
    .constantFrom(...keys)
    .chain((key) =>
      fc.tuple(
        fc.constant(key),
        HOSTILE_BY_KEY[key]
          ? fc.oneof(
              { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_BY_KEY[key]!) },
              { weight: 1, arbitrary: value },
            )
          : value,
      ),
    );
  const changed = fc.array(change, { minLength: 1, maxLength: 2 }).map((changes) => {
    const record: Record<string, unknown> = { ...template };
    for (const [key, v] of changes) {
      if (v === undefined) delete record[key];
      else record[key] = v;
    }
    return record;
  });
  return fc.oneof(fc.constant(template), changed);
}

const tableArb = (name: string) =>
  fc.array(fc.oneof(...TEMPLATES[name]!.map(recordOf)), { maxLength: 3 });
const dataArb = fc
  .record(Object.fromEntries(Object.keys(TEMPLATES).map((name) => [name, tableArb(name)])), {
    requiredKeys: [],
  })
  .map((data) => data as BackupData);

/** The app's own records with one table's records drawn (changed or not). */
const oneTableChanged = fc
  .constantFrom(...Object.keys(TEMPLATES))
  .chain((table) => tableArb(table).map((records) => ({ ...TEMPLATES, [table]: records })));

/** validateData's answer: the records, or undefined when refused with a BackupError. */
function accepted(data: unknown): BackupData | undefined {
  try {
    return validateData(data);
  } catch (error) {
    if (error instanceof BackupError) return undefined;
    throw error;
  }
}

const isWebHref = (href: string | undefined) =>
  href === undefined || href.startsWith('https://') || href.startsWith('http://');

describe('validateData under fuzzing', () => {
  it('throws nothing but BackupError, whatever the shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(dataArb, fc.anything(), fc.dictionary(fc.string(), fc.anything())),
        (data) => {
          accepted(data);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('accepts no record whose guarded links would be anything but http(s)', () => {
    fc.assert(
      fc.property(dataArb, (data) => {
        const ok = accepted(data);
        if (!ok) return;
        for (const s of ok.sessions ?? []) {
          expect(isWebHref(safeHref(s.joinUrl, 'web'))).toBe(true);
          expect(isWebHref(mapsHref(s.address))).toBe(true);
        }
        const events = [...(ok.events ?? []), ...(ok.favourites ?? []).map((f) => f.event)];
        for (const e of events as Record<string, unknown>[]) {
          expect(isWebHref(safeHref(e.conferenceUrl, 'web'))).toBe(true);
          // Accepted meeting links are the ones a screen will show as links (no silent drop).
          if (e.conferenceUrl !== undefined)
            expect(String(e.conferenceUrl)).toMatch(/^\s*https?:/i);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('accepted records, as the screens compute them', () => {
  // Every listed hostile value in every field it is listed for, one at a time: the sweep that
  // makes sure each rule is met, where random draws might miss one.
  it('every single hostile field: refused, or computed without throwing', () => {
    let refused = 0;
    let cases = 0;
    for (const [table, templates] of Object.entries(TEMPLATES)) {
      for (const [i, template] of templates.entries()) {
        for (const key of Object.keys(template)) {
          for (const hostile of HOSTILE_BY_KEY[key] ?? []) {
            const records = templates.map((t, j) => (j === i ? { ...t, [key]: hostile } : t));
            const ok = accepted({ ...TEMPLATES, [table]: records });
            cases += 1;
            if (!ok) refused += 1;
            else computeScreens(asRecords(ok));
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(250);
    expect(refused).toBeGreaterThan(cases / 2);
  });

  // Table by table (with the other tables as the app writes them), so each table's changes
  // are drawn often enough to meet the rule that guards them.
  it.each(Object.keys(TEMPLATES))('%s: never throw', (table) => {
    let count = 0;
    fc.assert(
      fc.property(tableArb(table), (records) => {
        const ok = accepted({ ...TEMPLATES, [table]: records });
        if (!ok) return;
        count += 1;
        computeScreens(asRecords(ok));
      }),
      { numRuns: 150 },
    );
    expect(count).toBeGreaterThan(20);
  });
});

describe('accepted backups, imported, read back through the functions every screen uses', () => {
  beforeAll(() => {
    vi.stubGlobal('navigator', { storage: { persist: async () => true } });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await deleteDatabase();
  });

  it('never throw', { timeout: 120_000 }, async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(oneTableChanged, async (data) => {
        const ok = accepted(data);
        if (!ok) return;
        imported += 1;
        await importData(ok, 'replace');
        computeScreens(await readRepositories());
      }),
      { numRuns: 150 },
    );
    // The property is only worth something when many datasets got through.
    expect(imported).toBeGreaterThan(20);
  });
});

/** The records as the repositories hand them to screens (after an import), or as validated. */
interface Records {
  settings: Map<string, unknown>;
  checkIns: CheckIn[];
  tags: Tag[];
  sessions: Session[];
  changes: OccurrenceChange[];
  attendance: Attendance[];
  slips: Slip[];
  versions: PlanVersion[];
  measures: MeasureResult[];
  favourites: RecoveryEvent[];
}

const asRecords = (data: BackupData): Records => ({
  settings: new Map((data.settings ?? []).map((s) => [s.key as string, s.value])),
  checkIns: (data.checkIns ?? []) as unknown as CheckIn[],
  tags: mergeTags((data.tags ?? []) as unknown as Tag[]),
  sessions: (data.sessions ?? []) as unknown as Session[],
  changes: (data.occurrenceChanges ?? []) as unknown as OccurrenceChange[],
  attendance: (data.attendance ?? []) as unknown as Attendance[],
  slips: (data.slips ?? []) as unknown as Slip[],
  versions: (data.plans ?? []) as unknown as PlanVersion[],
  measures: (data.measures ?? []) as unknown as MeasureResult[],
  favourites: (data.favourites ?? []).map((f) => f.event) as RecoveryEvent[],
});

async function readRepositories(): Promise<Records> {
  const keys: SettingKey[] = [
    'timezone',
    'programStartDate',
    'sobrietyDate',
    'measureRhythm',
    'plannedDays',
    'weeklyHoursTarget',
    'reminderTime',
  ];
  const settings = new Map<string, unknown>();
  for (const key of keys) settings.set(key, await getSetting(key));
  const { sessions, changes, attendance } = await scheduleData();
  const favourites = await favouriteEvents();
  for (const e of favourites) await getEvent(e.id);
  await latestPlan();
  await getRecording();
  return {
    settings,
    checkIns: await allCheckIns(),
    tags: await allTags(),
    sessions,
    changes,
    attendance,
    slips: await allSlips(),
    versions: await planVersions(),
    measures: await allMeasures(),
    favourites,
  };
}

/** What Today, History, Progress, the report, Schedule, My plan, Measures and Events compute. */
function computeScreens(r: Records) {
  const zone = (r.settings.get('timezone') as string | undefined) ?? 'America/Los_Angeles';
  const start = (r.settings.get('programStartDate') as string | undefined) ?? TODAY;
  const { checkIns, sessions, changes, attendance } = r;
  groupByDay(checkIns);
  filterCheckIns(checkIns, { query: 'hard', triggerId: 'tired' });
  dailySeries(checkIns, addDays(TODAY, -90));
  insights(checkIns);
  weeklyAverages(checkIns);
  moodByWeekday(checkIns);
  tagCounts(checkIns, 'triggerIds');
  checkInStreak(
    checkIns.map((c) => c.date),
    TODAY,
  );
  const format = new Intl.DateTimeFormat('es', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  });
  for (const c of checkIns) format.format(new Date(c.at));
  for (const tag of r.tags) tagName(tag, (key) => key);

  const windows: [string, string][] = [
    [addDays(TODAY, -7), addDays(TODAY, 35)],
    [start, addDays(start, 90)],
    ...sessions.map((s) => [s.startDate, addDays(s.startDate, 14)] as [string, string]),
  ];
  for (const [from, to] of windows) {
    const occurrences = expandOccurrences(sessions, changes, from, to);
    overlappingKeys(occurrences);
    currentOrNext(occurrences, NOW);
    needingUpdate(occurrences, attendance, NOW);
    attendanceRate(
      occurrences.filter((o) => o.end <= NOW),
      attendance,
    );
    weeklyHours(occurrences, attendance, from, to, NOW);
    buildReport({ from, to, checkIns, occurrences, attendance, now: NOW });
    for (const o of occurrences) format.format(new Date(o.start));
  }
  for (const s of sessions) {
    safeHref(s.joinUrl, 'web');
    safeHref(s.phone, 'tel');
    new Intl.DateTimeFormat('en', { timeZone: s.timezone }).format(NOW);
  }
  for (const a of attendance) format.format(new Date(a.scheduledStart));

  const sobriety = (r.settings.get('sobrietyDate') as string | null | undefined) ?? start;
  sobrietyStats(sobriety, r.slips, TODAY);

  const versions = sortVersions(r.versions);
  const latest = versions[0];
  if (latest) {
    firstSteps(latest.plan);
    for (const person of [...latest.plan.people, ...latest.plan.professionals])
      safeHref(person.phone, 'tel');
  }
  for (const [i, v] of versions.entries()) if (i > 0) planChanges(versions[i - 1]!.plan, v.plan);

  history(r.measures, 'phq9');
  trend(r.measures, 'gad7');
  // A BAM that got through has every answer in its item's list, and reads without throwing.
  for (const b of bamHistory(r.measures)) {
    expect(b.answers).toHaveLength(BAM_QUESTIONS.length);
    b.answers.forEach((a, i) => {
      if (a !== null) expect(a).toBeLessThan(BAM_QUESTIONS[i]!.options.length);
    });
  }
  bamTrend(r.measures);
  bamReportOf(r.measures, '2026-11-01', TODAY);
  measuresCsvRows(r.measures, String);
  dueInstruments(r.measures, r.settings.get('measureRhythm') as Rhythm | undefined, TODAY);

  for (const e of r.favourites) {
    safeHref(e.conferenceUrl, 'web');
    mapsHref(e.address);
    new Intl.DateTimeFormat('en', { timeZone: e.timezone }).format(NOW);
  }
  localDate(NOW, zone);
}
