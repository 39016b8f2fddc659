import { addDays, isLocalDate } from '../dates';
import { sessionMinutes } from '../sessions';
import type { Attendance, LocalDate, OccurrenceChange, Session } from '../types';
import { isTranslation, type Translations } from '../translations';

/**
 * The center's own program: its weekly groups and one-off sessions, published as iCalendar by
 * the center and turned into this JSON by `npm run events:sync` (see center/from-ics.ts). Each
 * event's CATEGORIES name the tracks it belongs to ("Evening IOP", "Day IOP", "Family"); an event
 * with none belongs to every track. The phone picks the client's tracks, copies their events into
 * the schedule, and works out what changed when a newer program arrives.
 */
export const PROGRAM_FORMAT = 'blvd-program';

export interface CenterTrack {
  /** The name in lower case with spaces collapsed: "Evening IOP" and "evening  iop" are one. */
  id: string;
  name: string;
  /** The name in other languages (CATEGORIES;LANGUAGE=es), e.g. { es: "IOP de la tarde" }. */
  names?: Translations;
}

/** One event of the program, in the shape of a session, keyed by its iCalendar UID. */
export type CenterEvent = Omit<Session, 'id' | 'icalUid' | 'fromCenter' | 'chosenOn'> & {
  uid: string;
  /** The title in other languages (SUMMARY;LANGUAGE=es); copied to the client's session. */
  titles?: Translations;
  /** The place in other languages (LOCATION;LANGUAGE=es); copied to the client's session. */
  places?: Translations;
  /** Track ids; empty means every track. */
  tracks: string[];
};

/** A moved or cancelled occurrence of a weekly event (RECURRENCE-ID, EXDATE). */
export type CenterOccurrence = Omit<OccurrenceChange, 'id' | 'sessionId'> & { uid: string };

export interface CenterProgram {
  format: typeof PROGRAM_FORMAT;
  /** A hash of the contents: a new version when anything in the program changed. */
  version: string;
  publishedAt: string;
  name: string;
  /** Built from the example source: the release check refuses to publish it. */
  isExample?: boolean;
  tracks: CenterTrack[];
  events: CenterEvent[];
  occurrences: CenterOccurrence[];
}

/** `names`/`titles`/`places` as stored: absent, or an object of known languages with usable texts. */
export function isTranslations(value: unknown): boolean {
  return (
    value === undefined ||
    (!!value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.entries(value).every(([lang, text]) => lang === 'es' && isTranslation(text)))
  );
}

export function trackId(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function isCenterProgram(value: unknown): value is CenterProgram {
  const p = value as CenterProgram;
  return (
    !!p &&
    p.format === PROGRAM_FORMAT &&
    typeof p.version === 'string' &&
    Array.isArray(p.tracks) &&
    p.tracks.every((t) => t && typeof t.id === 'string') &&
    Array.isArray(p.events) &&
    Array.isArray(p.occurrences) &&
    p.events.every(
      (e) =>
        e &&
        typeof e.uid === 'string' &&
        typeof e.title === 'string' &&
        Array.isArray(e.tracks) &&
        Array.isArray(e.weekdays) &&
        typeof e.startTime === 'string',
    )
  );
}

/** The events of the chosen tracks (and those for everyone). No tracks at all: every event. */
export function eventsForTracks(program: CenterProgram, chosen: readonly string[]): CenterEvent[] {
  if (program.tracks.length === 0) return program.events;
  return program.events.filter(
    (e) => e.tracks.length === 0 || e.tracks.some((track) => chosen.includes(track)),
  );
}

export interface TrackSummary {
  track: CenterTrack;
  /** Weekdays the track meets, Sunday = 0. */
  days: number[];
  /**
   * Its weekly times, each with the weekdays it meets at that time (Sunday = 0), by start time:
   * [{ days: [1, 2, 4], start: "18:00", end: "21:00" }, { days: [3], start: "18:30", ... }].
   */
  slots: { days: number[]; start: string; end: string }[];
  /** Scheduled minutes in a usual week. */
  weeklyMinutes: number;
}

/** Weekly events grouped by their times, each time with the days it meets. */
function slotsOf(weekly: readonly CenterEvent[]): TrackSummary['slots'] {
  const byTime = new Map<string, Set<number>>();
  for (const e of weekly) {
    const key = `${e.startTime}-${e.endTime}`;
    const days = byTime.get(key) ?? new Set<number>();
    for (const day of e.weekdays) days.add(day);
    byTime.set(key, days);
  }
  return [...byTime]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, days]) => {
      const [start, end] = key.split('-') as [string, string];
      return { days: [...days].sort(), start, end };
    });
}

/** What the set-up shows for each track: days, times and weekly hours of its weekly events. */
export function trackSummaries(program: CenterProgram): TrackSummary[] {
  return program.tracks.map((track) => {
    const weekly = eventsForTracks(program, [track.id]).filter((e) => e.weekdays.length);
    return {
      track,
      days: [...new Set(weekly.flatMap((e) => e.weekdays))].sort(),
      slots: slotsOf(weekly),
      weeklyMinutes: weekly.reduce((sum, e) => sum + e.weekdays.length * sessionMinutes(e), 0),
    };
  });
}

export type ProgramChange =
  | { kind: 'added'; uid: string; after: CenterEvent }
  | { kind: 'moved'; uid: string; before: CenterEvent; after: CenterEvent }
  | { kind: 'changed'; uid: string; before: CenterEvent; after: CenterEvent }
  | { kind: 'cancelled'; uid: string; before: CenterEvent }
  | {
      kind: 'occurrenceCancelled' | 'occurrenceMoved';
      uid: string;
      title: string;
      originalStart: string;
      start?: string;
      end?: string;
    };

const WHEN_FIELDS = [
  'weekdays',
  'startTime',
  'endTime',
  'endsNextDay',
  'timezone',
  'untilDate',
] as const;
const DETAIL_FIELDS = [
  'title',
  'titles',
  'kind',
  'place',
  'places',
  'address',
  'joinUrl',
  'phone',
  'notes',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Whether an event's times changed. A weekly event compares its weekdays, times, zone and end:
 * a center that re-publishes a series from a later first date (after a DST change, say) has not
 * moved it. A one-off compares its date too.
 */
function isMoved(before: CenterEvent, after: CenterEvent): boolean {
  if (WHEN_FIELDS.some((f) => !same(before[f], after[f]))) return true;
  return before.weekdays.length === 0 && before.startDate !== after.startDate;
}

/**
 * What changed between the program the client last took and a newer one, for their tracks:
 * events added, moved, changed (title, place...) or cancelled, and occurrences newly cancelled or
 * moved. An event of a track that left the program shows as cancelled. Unchanged events are left
 * out. Keyed by UID, so the order of the file does not matter.
 */
export function programChanges(
  before: CenterProgram | undefined,
  after: CenterProgram,
  chosen: readonly string[],
): ProgramChange[] {
  const old = new Map(
    (before ? eventsForTracks(before, chosen) : []).map((event) => [event.uid, event]),
  );
  const now = new Map(eventsForTracks(after, chosen).map((event) => [event.uid, event]));
  const changes: ProgramChange[] = [];
  for (const [uid, event] of now) {
    const previous = old.get(uid);
    if (!previous) changes.push({ kind: 'added', uid, after: event });
    else if (isMoved(previous, event))
      changes.push({ kind: 'moved', uid, before: previous, after: event });
    else if (DETAIL_FIELDS.some((f) => !same(previous[f], event[f])))
      changes.push({ kind: 'changed', uid, before: previous, after: event });
  }
  for (const [uid, event] of old) {
    if (!now.has(uid)) changes.push({ kind: 'cancelled', uid, before: event });
  }
  const key = (o: CenterOccurrence) => `${o.uid}|${o.originalStart}`;
  const oldOccurrences = new Map((before?.occurrences ?? []).map((o) => [key(o), o]));
  for (const occurrence of after.occurrences) {
    const event = now.get(occurrence.uid);
    if (!event) continue;
    const previous = oldOccurrences.get(key(occurrence));
    if (previous && same(previous, occurrence)) continue;
    changes.push({
      kind: occurrence.isCancelled ? 'occurrenceCancelled' : 'occurrenceMoved',
      uid: occurrence.uid,
      title: event.title,
      originalStart: occurrence.originalStart,
      ...(occurrence.start ? { start: occurrence.start } : {}),
      ...(occurrence.end ? { end: occurrence.end } : {}),
    });
  }
  return changes;
}

/** Tracks the client chose that the newer program no longer has. */
export function goneTracks(
  before: CenterProgram | undefined,
  after: CenterProgram,
  chosen: readonly string[],
): CenterTrack[] {
  const still = new Set(after.tracks.map((t) => t.id));
  return (before?.tracks ?? []).filter((t) => chosen.includes(t.id) && !still.has(t.id));
}

/** A session on the phone from a center event. */
export function sessionFromEvent(event: CenterEvent, id: string, startDate?: LocalDate): Session {
  const { uid, tracks: _tracks, titles, places, ...rest } = event;
  return {
    ...rest,
    id,
    icalUid: uid,
    fromCenter: true,
    ...(startDate ? { startDate } : {}),
    // A translation that is not a usable text is left out: the default title or place shows.
    ...(titles && isTranslations(titles) ? { titles } : {}),
    ...(places && isTranslations(places) ? { places } : {}),
  };
}

export interface AppliedChanges {
  /** Sessions to write (new ones, and old ones given an end date). */
  put: Session[];
  /** Sessions to remove: never started, so no history is lost. */
  remove: string[];
  /** Occurrence changes to write for the client's sessions. */
  occurrences: OccurrenceChange[];
}

/** The day the client chose the group stays with the session that replaces `before`. */
const keepChoice = (session: Session, before: Session): Session =>
  before.chosenOn ? { ...session, chosenOn: before.chosenOn } : session;

/**
 * Applies a change set to the client's sessions without touching anything already recorded: a
 * weekly session that moves or is cancelled after it started ends yesterday (its past
 * occurrences, and the attendance recorded against them, stay exactly as they were) and a new
 * session takes over from today; one that had not started is replaced or removed. The client's
 * own sessions (not from the center) are never touched.
 */
export function applyProgramChanges(
  sessions: readonly Session[],
  changes: readonly ProgramChange[],
  options: { today: LocalDate; newId: () => string },
): AppliedChanges {
  const result: AppliedChanges = { put: [], remove: [], occurrences: [] };
  // The live session of each center event: the one not ended before today.
  const live = new Map<string, Session>();
  for (const session of sessions) {
    if (!session.fromCenter || !session.icalUid) continue;
    if (session.untilDate && session.untilDate < options.today) continue;
    live.set(session.icalUid, session);
  }
  const hasStarted = (s: Session) => s.startDate < options.today;
  const end = (s: Session) => {
    const ended = endSessions([s], options.today);
    result.put.push(...ended.put);
    result.remove.push(...ended.remove);
  };

  for (const change of changes) {
    const current = live.get(change.uid);
    if (change.kind === 'added') {
      if (!current) result.put.push(sessionFromEvent(change.after, options.newId()));
    } else if (change.kind === 'cancelled') {
      if (current) end(current);
    } else if (change.kind === 'moved') {
      if (!current) {
        result.put.push(sessionFromEvent(change.after, options.newId()));
      } else if (hasStarted(current) && change.after.weekdays.length) {
        end(current);
        const from = change.after.startDate > options.today ? undefined : options.today;
        result.put.push(keepChoice(sessionFromEvent(change.after, options.newId(), from), current));
      } else {
        // Not started yet: it keeps the day it counts from (a later start date, the day its
        // group was chosen), or the weeks before would come back as "missed".
        const from =
          change.after.weekdays.length && current.startDate > change.after.startDate
            ? current.startDate
            : undefined;
        result.put.push(keepChoice(sessionFromEvent(change.after, current.id, from), current));
      }
    } else if (change.kind === 'changed') {
      // Title, place or notes: the times are the same, so past occurrences keep their keys.
      result.put.push(
        current
          ? keepChoice(
              { ...sessionFromEvent(change.after, current.id), startDate: current.startDate },
              current,
            )
          : sessionFromEvent(change.after, options.newId()),
      );
    } else if (current) {
      result.occurrences.push({
        id: `${current.id}|${change.originalStart}`,
        sessionId: current.id,
        originalStart: change.originalStart,
        isCancelled: change.kind === 'occurrenceCancelled',
        ...(change.start ? { start: change.start } : {}),
        ...(change.end ? { end: change.end } : {}),
      });
    }
  }
  return result;
}

/**
 * Ends sessions without losing their past: one that has started ends yesterday (its past
 * occurrences and the attendance recorded against them stay); one that never started is removed.
 */
export function endSessions(sessions: readonly Session[], today: LocalDate): AppliedChanges {
  const result: AppliedChanges = { put: [], remove: [], occurrences: [] };
  for (const session of sessions) {
    if (session.startDate < today) result.put.push({ ...session, untilDate: addDays(today, -1) });
    else result.remove.push(session.id);
  }
  return result;
}

/**
 * The first day the sessions of a group chosen on `chosenOn` count: the later of the program's
 * start date and that day. A client who joins, or picks their group, today has nothing "missed"
 * from before: the center's series began long before they did. A start date in the future counts
 * from that date. A start date that is not a date is ignored (the day chosen counts).
 */
export function countsFrom(programStart: LocalDate | undefined, chosenOn: LocalDate): LocalDate {
  return programStart && isLocalDate(programStart) && programStart > chosenOn
    ? programStart
    : chosenOn;
}

/**
 * Sessions for tracks chosen at set-up (all of their events, none already on the phone), counting
 * from `from` (see countsFrom): a weekly event starts then at the earliest, and a one-off before
 * it, or a series that ended before it, is not added at all. Without `from`, events as published.
 */
export function sessionsForChoice(
  program: CenterProgram,
  chosen: readonly string[],
  existing: readonly Session[],
  newId: () => string,
  from?: LocalDate,
): { sessions: Session[]; occurrences: OccurrenceChange[] } {
  const have = new Set(existing.filter((s) => s.fromCenter).map((s) => s.icalUid));
  const sessions = eventsForTracks(program, chosen)
    .filter((e) => !have.has(e.uid))
    .filter(
      (e) =>
        !from || (e.weekdays.length ? !e.untilDate || e.untilDate >= from : e.startDate >= from),
    )
    .map((e) =>
      sessionFromEvent(
        e,
        newId(),
        from && e.weekdays.length && e.startDate < from ? from : undefined,
      ),
    );
  const byUid = new Map(sessions.map((s) => [s.icalUid!, s]));
  const occurrences = program.occurrences.flatMap((o) => {
    const session = byUid.get(o.uid);
    if (!session) return [];
    const { uid: _uid, ...rest } = o;
    return [{ ...rest, id: `${session.id}|${o.originalStart}`, sessionId: session.id }];
  });
  return { sessions, occurrences };
}

/** Whether an event has any occurrence on or after `from` (see sessionsForChoice). */
const countsAfter = (e: CenterEvent, from: LocalDate) =>
  e.weekdays.length ? !e.untilDate || e.untilDate >= from : e.startDate >= from;

/** Where a session of `e` begins when its group counts from `from`. */
const startFrom = (e: CenterEvent, from: LocalDate) =>
  e.weekdays.length && e.startDate < from ? from : e.startDate;

/**
 * When the program start date is corrected, the sessions of the client's groups follow it: each
 * session whose start is still the one its group's choice gave it (countsFrom of the old start
 * date and the day it was chosen) starts again from countsFrom of the new one, so nothing before
 * the later of the start date and the day chosen is ever "missed", and a later start date takes
 * away sessions the client never had. Sessions the client or a program change set apart (moved,
 * ended, split) are left alone, and so is any session with attendance recorded: it never moves
 * past that occurrence and is never removed. Events a later start had left out come back when
 * the start date moves earlier.
 */
export function followStartDate(
  program: CenterProgram,
  chosen: readonly string[],
  sessions: readonly Session[],
  attendance: readonly Pick<Attendance, 'sessionId' | 'date'>[],
  options: {
    before: LocalDate | undefined;
    after: LocalDate | undefined;
    today: LocalDate;
    newId: () => string;
  },
): AppliedChanges {
  const result: AppliedChanges = { put: [], remove: [], occurrences: [] };
  const events = new Map(eventsForTracks(program, chosen).map((e) => [e.uid, e]));
  const center = sessions.filter((s) => s.fromCenter && s.icalUid);
  const rows = new Map<string, number>();
  for (const s of center) rows.set(s.icalUid!, (rows.get(s.icalUid!) ?? 0) + 1);
  const firstAttended = new Map<string, LocalDate>();
  for (const a of attendance) {
    const seen = firstAttended.get(a.sessionId);
    if (!seen || a.date < seen) firstAttended.set(a.sessionId, a.date);
  }
  // Sessions chosen before this rule kept their day count from today: never earlier.
  const chosenDays = center.map((s) => s.chosenOn ?? options.today);
  const chosenOn = chosenDays.reduce((min, d) => (d < min ? d : min), options.today);

  for (const s of center) {
    const e = events.get(s.icalUid!);
    if (!e || rows.get(e.uid) !== 1 || !same(s.untilDate, e.untilDate)) continue;
    const day = s.chosenOn ?? options.today;
    const before = countsFrom(options.before, day);
    const after = countsFrom(options.after, day);
    if (before === after || s.startDate !== startFrom(e, before)) continue;
    const attended = firstAttended.get(s.id);
    if (!countsAfter(e, after)) {
      if (!attended) result.remove.push(s.id);
      continue;
    }
    const start = attended && attended < startFrom(e, after) ? attended : startFrom(e, after);
    if (start !== s.startDate) result.put.push({ ...s, startDate: start });
  }

  // Events the old start date left out (all of them dated before it) that now count.
  const before = countsFrom(options.before, chosenOn);
  const after = countsFrom(options.after, chosenOn);
  if (after < before && center.length) {
    const have = new Set(center.map((s) => s.icalUid));
    const back = program.events.filter(
      (e) => events.has(e.uid) && !have.has(e.uid) && !countsAfter(e, before),
    );
    const added = sessionsForChoice({ ...program, events: back }, chosen, [], options.newId, after);
    result.put.push(...added.sessions.map((s) => ({ ...s, chosenOn })));
    result.occurrences.push(...added.occurrences);
  }
  return result;
}

/** Center sessions that belong only to tracks the client left: offered for removal, never removed silently. */
export function sessionsOfLeftTracks(
  program: CenterProgram,
  chosen: readonly string[],
  existing: readonly Session[],
  today: LocalDate,
): Session[] {
  const wanted = new Set(eventsForTracks(program, chosen).map((e) => e.uid));
  return existing.filter(
    (s) =>
      s.fromCenter &&
      s.icalUid &&
      !wanted.has(s.icalUid) &&
      !(s.untilDate && s.untilDate < today) &&
      (s.weekdays.length > 0 || s.startDate >= today),
  );
}
