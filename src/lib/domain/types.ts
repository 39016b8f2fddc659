import type { Translations } from './translations';

/**
 * The app's records in the domain's own words. Plain data only: these shapes are what the
 * screens, the domain functions and the repositories pass around.
 */

/** A local calendar date, YYYY-MM-DD, in the client's timezone. */
export type LocalDate = string;

export type Mood = 1 | 2 | 3 | 4 | 5;
export type UsedToday = 'yes' | 'no' | 'unsaid';

export interface CheckIn {
  id: string;
  /** When the check-in was about, as epoch milliseconds. */
  at: number;
  /** The local date of `at`, kept so days can be queried without timezone maths. */
  date: LocalDate;
  mood: Mood;
  /** Craving intensity, 0-10. */
  craving: number;
  triggerIds: string[];
  copingIds: string[];
  used?: UsedToday;
  note?: string;
  createdAt: number;
  updatedAt: number;
}

export type TagKind = 'trigger' | 'coping';

/** A trigger or a coping action the client can pick; archived ones stay for history. */
export interface Tag {
  id: string;
  kind: TagKind;
  /** Message key of a built-in tag, shown translated until the client renames it. */
  builtIn?: string;
  /** The client's own name (custom tags, or a renamed built-in). */
  name?: string;
  isArchived: boolean;
  order: number;
}

export type SessionKind =
  'group' | 'individual' | 'family' | 'workshop' | 'health' | 'meeting' | 'other';

/** A recurring weekly session or a one-off appointment, in local wall-clock time. */
export interface Session {
  id: string;
  title: string;
  kind: SessionKind;
  /** 0-6, Sunday = 0; empty for a one-off. */
  weekdays: number[];
  /** First (or only) date. */
  startDate: LocalDate;
  /** Last date of a recurring session, if it ends. */
  untilDate?: LocalDate;
  /** HH:MM, local wall-clock time. */
  startTime: string;
  endTime: string;
  /** The session ends after midnight, on the next day. */
  endsNextDay: boolean;
  timezone: string;
  place?: string;
  address?: string;
  joinUrl?: string;
  phone?: string;
  notes?: string;
  /** UID of the iCalendar event it came from, for re-imports. */
  icalUid?: string;
  /** Copied from the center's program (its UID is `icalUid`): the center's changes apply to it. */
  fromCenter?: boolean;
  /**
   * The day the client chose the center group it came from: with the program start date it
   * decides where the session's occurrences begin (center/program.ts countsFrom).
   */
  chosenOn?: LocalDate;
  /** The title in other languages, as the center's program gives it ({ es: "..." }). */
  titles?: Translations;
  /** The place in other languages, as the center's program gives it ({ es: "..." }). */
  places?: Translations;
}

/** A change to one occurrence of a session: moved or cancelled (iCalendar RECURRENCE-ID, EXDATE). */
export interface OccurrenceChange {
  id: string;
  sessionId: string;
  /** The occurrence's original local start, YYYY-MM-DDTHH:MM. */
  originalStart: string;
  isCancelled: boolean;
  start?: string;
  end?: string;
}

export type AttendanceStatus = 'attended' | 'late' | 'leftEarly' | 'missed' | 'excused';

/**
 * What the client recorded for one occurrence. It keeps the scheduled times and title it was
 * recorded against, so hours already attended never change when a session is edited or removed.
 */
export interface Attendance {
  id: string;
  sessionId: string;
  /** The occurrence's original local start, YYYY-MM-DDTHH:MM (its key within the session). */
  occurrenceStart: string;
  date: LocalDate;
  status: AttendanceStatus;
  title: string;
  scheduledStart: number;
  scheduledEnd: number;
  reason?: string;
  /** Actual arrival and leaving, as instants, where they differ from the schedule. */
  actualStart?: number;
  actualEnd?: number;
  updatedAt: number;
}

/** `program`: the center's own schedule (see domain/center), not meetings. */
export type EventSourceKind = 'meeting-guide' | 'ical' | 'bmlt' | 'program';

/** A feed the events snapshot is built from (see src/lib/config/event-sources.json). */
export interface EventSource {
  id: string;
  name: string;
  kind: EventSourceKind;
  /** http(s) URL or a local file path (for example data). */
  url: string;
  /** The fellowship or program, e.g. "AA", "NA", "Recovery BLVD". */
  program: string;
  isExample: boolean;
  /** Confirmed with the intergroup or area that publishes it; unconfirmed sources are synced but reported as such. */
  isConfirmed?: boolean;
  /**
   * Only meetings in these states or provinces (BMLT answers by radius can reach over the
   * border); online meetings are kept wherever they are listed.
   */
  provinces?: string[];
}

export type AttendanceMode = 'inPerson' | 'online' | 'hybrid';

/** A recovery meeting or event, normalised from any feed. Every field is plain text. */
export interface RecoveryEvent {
  /** `${sourceId}:${slug}`: the same slug in two feeds stays two events. */
  id: string;
  sourceId: string;
  slug: string;
  name: string;
  /** Weekly meetings repeat on `days`; one-off events happen on `date`. */
  days: number[];
  date?: LocalDate;
  /** HH:MM wall-clock in `timezone`. */
  time: string;
  endTime: string;
  timezone: string;
  types: string[];
  program: string;
  attendance: AttendanceMode;
  isTemporarilyClosed: boolean;
  location?: string;
  address?: string;
  city?: string;
  region?: string;
  latitude?: number;
  longitude?: number;
  conferenceUrl?: string;
  conferencePhone?: string;
  notes?: string;
  group?: string;
  /** When the feed says it last changed (UTC, "YYYY-MM-DD HH:MM:SS"). */
  updated?: string;
  /** Other sources that list the same meeting (merged into this one by the sync). */
  alsoListedBy?: string[];
}
