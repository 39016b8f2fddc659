import type { PlainKey } from '$lib/i18n/en';
import { NOTE_MAX, USED_ANSWERS, isMood } from './checkIn';
import { isLocalDate, isLocalTime, isTimeZone } from './dates';
import { MEASURE_IDS } from './measures/instruments';
import { isMeasureResult } from './measures/result';
import { isPlanVersion, normalisePlan } from './plan/plan';
import { BACKUP_TABLES, type BackupTable } from './private-data';
import { LEVELS_OF_CARE, validateProgram, type ProgramSetup } from './program-setup';
import { isWebLink, validateSession } from './sessions';
import { isTranslations } from './center/program';
import { TAG_NAME_MAX, builtInTags } from './tags';
import type { Session } from './types';

export type BackupData = Partial<Record<BackupTable, Record<string, unknown>[]>>;

export class BackupError extends Error {
  constructor(readonly reason: PlainKey) {
    super(reason);
    this.name = 'BackupError';
  }
}

type Rec = Record<string, unknown>;

/**
 * Dates and instants a client's records can hold. Wider than any treatment (a sobriety date
 * decades back is real), narrow enough that date maths, Intl formatting and the calendar
 * screens never meet a year like 9999 or 275760.
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;
const INSTANT_MIN = Date.UTC(1900, 0, 1);
const INSTANT_MAX = Date.UTC(2101, 0, 1);
/** Short texts (names, places, titles kept with attendance): longer than any form allows. */
const TEXT_MAX = 2000;
const LIST_MAX = 200;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 300;
export const isSaneDate = (value: unknown): value is string =>
  isLocalDate(value) && value >= DATE_RANGE.min && value <= DATE_RANGE.max;
export const isInstant = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  value >= INSTANT_MIN &&
  value < INSTANT_MAX;
const isText = (value: unknown, max = TEXT_MAX): value is string =>
  typeof value === 'string' && value.length <= max;
const isOptionalText = (value: unknown, max = TEXT_MAX) =>
  value === undefined || isText(value, max);
const isOptionalInstant = (value: unknown) => value === undefined || isInstant(value);
const isIdList = (value: unknown) =>
  Array.isArray(value) && value.length <= LIST_MAX && value.every(isId);
const isIntIn = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const oneOf = (value: unknown, options: readonly unknown[]) => options.includes(value);
/** YYYY-MM-DDTHH:MM, the key of an occurrence and of a moved one's times. */
const isLocalDateTime = (value: unknown) =>
  typeof value === 'string' &&
  value.length === 16 &&
  value[10] === 'T' &&
  isSaneDate(value.slice(0, 10)) &&
  isLocalTime(value.slice(11));

function checkIn(c: Rec): boolean {
  return (
    isMood(c.mood) &&
    isIntIn(c.craving, 0, 10) &&
    isSaneDate(c.date) &&
    isInstant(c.at) &&
    isIdList(c.triggerIds) &&
    isIdList(c.copingIds) &&
    (c.used === undefined || oneOf(c.used, USED_ANSWERS)) &&
    isOptionalText(c.note, NOTE_MAX) &&
    isOptionalInstant(c.createdAt) &&
    isOptionalInstant(c.updatedAt)
  );
}

const BUILT_IN_KEYS = new Set(builtInTags.map((tag) => tag.builtIn));

function tag(t: Rec): boolean {
  return (
    oneOf(t.kind, ['trigger', 'coping']) &&
    // A built-in's name is a message key: only the app's own keys are looked up.
    (t.builtIn === undefined || BUILT_IN_KEYS.has(t.builtIn as string)) &&
    (t.name === undefined ||
      (typeof t.name === 'string' && !!t.name.trim() && t.name.trim().length <= TAG_NAME_MAX)) &&
    (t.name !== undefined || t.builtIn !== undefined) &&
    typeof t.isArchived === 'boolean' &&
    isIntIn(t.order, 0, 100_000)
  );
}

/** A session as the session form accepts it (validateSession), with types checked first. */
function session(s: Rec): boolean {
  const isShaped =
    isText(s.title) &&
    typeof s.kind === 'string' &&
    Array.isArray(s.weekdays) &&
    s.weekdays.length <= 7 &&
    isSaneDate(s.startDate) &&
    (s.untilDate === undefined || isSaneDate(s.untilDate)) &&
    typeof s.startTime === 'string' &&
    typeof s.endTime === 'string' &&
    typeof s.endsNextDay === 'boolean' &&
    typeof s.timezone === 'string' &&
    ['place', 'address', 'joinUrl', 'phone', 'notes', 'icalUid'].every((k) =>
      isOptionalText(s[k]),
    ) &&
    (s.fromCenter === undefined || typeof s.fromCenter === 'boolean') &&
    (s.chosenOn === undefined || isSaneDate(s.chosenOn)) &&
    isTranslations(s.titles) &&
    isTranslations(s.places);
  return isShaped && Object.keys(validateSession(s as unknown as Session)).length === 0;
}

function occurrenceChange(o: Rec): boolean {
  return (
    isId(o.sessionId) &&
    isLocalDateTime(o.originalStart) &&
    typeof o.isCancelled === 'boolean' &&
    (o.start === undefined || isLocalDateTime(o.start)) &&
    (o.end === undefined || isLocalDateTime(o.end)) &&
    (o.start === undefined || o.end === undefined || (o.start as string) < (o.end as string))
  );
}

const DAY_MS = 86_400_000;

function attendance(a: Rec): boolean {
  return (
    oneOf(a.status, ['attended', 'late', 'leftEarly', 'missed', 'excused']) &&
    isId(a.sessionId) &&
    isLocalDateTime(a.occurrenceStart) &&
    isSaneDate(a.date) &&
    isText(a.title) &&
    isInstant(a.scheduledStart) &&
    isInstant(a.scheduledEnd) &&
    // Hours add up from these: an occurrence ends after it starts, within a day.
    (a.scheduledEnd as number) >= (a.scheduledStart as number) &&
    (a.scheduledEnd as number) - (a.scheduledStart as number) <= DAY_MS &&
    isOptionalText(a.reason) &&
    isOptionalInstant(a.actualStart) &&
    isOptionalInstant(a.actualEnd) &&
    isOptionalInstant(a.updatedAt)
  );
}

const slip = (s: Rec) => isSaneDate(s.date) && isOptionalText(s.note, NOTE_MAX);

/** A meeting as the events sync writes it (see domain/events): every field by type and size. */
export function isRecoveryEvent(e: unknown): boolean {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return false;
  const v = e as Rec;
  const isCoordinate = (value: unknown, limit: number) =>
    value === undefined ||
    (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit);
  return (
    isId(v.id) &&
    isId(v.sourceId) &&
    isText(v.slug, 300) &&
    isText(v.name, 300) &&
    Array.isArray(v.days) &&
    v.days.length <= 7 &&
    v.days.every((d) => isIntIn(d, 0, 6)) &&
    (v.date === undefined || isSaneDate(v.date)) &&
    isLocalTime(v.time) &&
    isLocalTime(v.endTime) &&
    isTimeZone(v.timezone) &&
    Array.isArray(v.types) &&
    v.types.length <= LIST_MAX &&
    v.types.every((type) => isText(type, 50)) &&
    isText(v.program, 100) &&
    oneOf(v.attendance, ['inPerson', 'online', 'hybrid']) &&
    typeof v.isTemporarilyClosed === 'boolean' &&
    ['location', 'address', 'city', 'region', 'notes', 'group', 'updated', 'conferencePhone'].every(
      (k) => isOptionalText(v[k]),
    ) &&
    isCoordinate(v.latitude, 90) &&
    isCoordinate(v.longitude, 180) &&
    (v.conferenceUrl === undefined || (isText(v.conferenceUrl) && isWebLink(v.conferenceUrl))) &&
    (v.alsoListedBy === undefined || isIdList(v.alsoListedBy))
  );
}

const favourite = (f: Rec) =>
  isRecoveryEvent(f.event) && (f.event as Rec).id === f.id && isOptionalInstant(f.addedAt);

const plan = (p: Rec) =>
  isSaneDate(p.date) && isInstant(p.savedAt) && isPlanVersion(p) && isText(p.id, 300);

const recording = (r: Rec) =>
  typeof r.mimeType === 'string' &&
  // Parameters as browsers write them (codecs=opus; codecs="mp4a.40.2"), nothing else.
  /^audio\/[\w.+-]{1,50}(;[\w=.+ ,"-]{0,100})?$/.test(r.mimeType) &&
  typeof r.data === 'string' &&
  /^[A-Za-z0-9+/]*={0,2}$/.test(r.data) &&
  typeof r.durationMs === 'number' &&
  r.durationMs >= 0 &&
  r.durationMs <= 60 * 60_000 &&
  isOptionalInstant(r.recordedAt) &&
  isOptionalInstant(r.updatedAt);

const measure = (m: Rec) => isMeasureResult(m) && isSaneDate(m.date) && isInstant(m.savedAt);

/** One rule of the program form (validateProgram) applied to one value. */
const programField =
  <K extends 'startDate' | 'weeklyHoursTarget' | 'plannedDays' | 'timezone'>(field: K) =>
  (value: unknown) => {
    const valid: ProgramSetup = {
      startDate: '2026-01-05',
      levelOfCare: 'iop',
      weeklyHoursTarget: 9,
      plannedDays: 90,
      timezone: 'UTC',
    };
    return !validateProgram({ ...valid, [field]: value })[field];
  };
const nullOr = (check: (value: unknown) => boolean) => (value: unknown) =>
  value === null || check(value);

/**
 * Every setting the app keeps (db/settings.ts SettingsMap), each value by its type and the
 * range its screen allows. A key this version does not know is left out of the import rather
 * than refusing the file: a later version may add a setting, and the client's records matter
 * more than a preference this version could not use anyway.
 */
const SETTINGS: Record<string, (value: unknown) => boolean> = {
  persistenceRequestedAt: isInstant,
  programStartDate: (v) => isSaneDate(v) && programField('startDate')(v),
  weeklyHoursTarget: programField('weeklyHoursTarget'),
  weeklyHoursTargetIsOwn: (v) => typeof v === 'boolean',
  plannedDays: programField('plannedDays'),
  timezone: programField('timezone'),
  levelOfCare: (v) => oneOf(v, LEVELS_OF_CARE),
  reminderTime: nullOr(isLocalTime),
  reminderNotifications: (v) => typeof v === 'boolean',
  sobrietyDate: nullOr(isSaneDate),
  lastCelebratedMilestone: (v) => isIntIn(v, 0, 100_000),
  lastBackupAt: isInstant,
  backupReminderDays: (v) => isIntIn(v, 0, 365),
  hardMomentDismissedOn: nullOr(isSaneDate),
  rightNow: (v) =>
    isRecord(v) &&
    Object.entries(v).every(([k, at]) => oneOf(k, ['struggledAt', 'okAt']) && isInstant(at)),
  centerTracks: isIdList,
  measureRhythm: (v) =>
    !!v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.entries(v).every(([k, days]) => oneOf(k, MEASURE_IDS) && isIntIn(days, 0, 365)),
  measuresDueHiddenOn: nullOr(isSaneDate),
};

const RULES: Record<BackupTable, (record: Rec) => boolean> = {
  checkIns: checkIn,
  tags: tag,
  sessions: session,
  occurrenceChanges: occurrenceChange,
  attendance,
  slips: slip,
  favourites: favourite,
  settings: (s) => SETTINGS[s.key as string]!(s.value),
  plans: plan,
  recordings: recording,
  measures: measure,
  events: isRecoveryEvent,
};

const isRecord = (value: unknown): value is Rec =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks every record, table by table, with the rules the app's own forms use, and returns what
 * will be written: one record per key (the last, as IndexedDB's put would keep), plans in the
 * shape the screens read, settings this version knows. A bad value refuses the whole file (a
 * half-restored history would be worse than none); only BackupError is ever thrown.
 */
export function validateData(data: unknown): BackupData {
  if (!isRecord(data)) throw new BackupError('backup.error.shape');
  const out: BackupData = {};
  for (const [table, records] of Object.entries(data)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(table))
      throw new BackupError('backup.error.shape');
    if (!Array.isArray(records) || !records.every(isRecord))
      throw new BackupError('backup.error.shape');
    const name = table as BackupTable;
    const key = name === 'settings' ? 'key' : 'id';
    const byKey = new Map<string, Rec>();
    for (const record of records) {
      if (!isId(record[key])) throw new BackupError('backup.error.values');
      if (name === 'settings' && !Object.hasOwn(SETTINGS, record.key as string)) continue;
      let ok: boolean;
      try {
        ok = RULES[name](record);
      } catch {
        // A rule met a shape it did not expect: that is a value the app cannot accept.
        ok = false;
      }
      if (!ok) throw new BackupError('backup.error.values');
      byKey.delete(record[key] as string);
      byKey.set(
        record[key] as string,
        name === 'plans' ? { ...record, plan: normalisePlan(record.plan) } : record,
      );
    }
    out[name] = [...byKey.values()];
  }
  return out;
}
