import type { MessageKey } from '$lib/i18n/en';
import { daysBetween, isLocalDate, isLocalTime, isTimeZone, minutesOfDay } from './dates';
import type { Session, SessionKind } from './types';

export const SESSION_KINDS = [
  'group',
  'individual',
  'family',
  'workshop',
  'health',
  'meeting',
  'other',
] as const satisfies readonly SessionKind[];

export const TITLE_MAX = 100;
export const NOTES_MAX = 2000;
/** Longest session the app accepts: a PHP day is about 6 hours, nothing runs a whole day. */
const MAX_MINUTES = 16 * 60;

export type SessionField =
  | 'title'
  | 'kind'
  | 'weekdays'
  | 'startDate'
  | 'untilDate'
  | 'startTime'
  | 'endTime'
  | 'joinUrl'
  | 'timezone'
  | 'notes';
export type SessionErrors = Partial<Record<SessionField, MessageKey>>;

/** Wall-clock length of a session in minutes (before any DST shift). */
export function sessionMinutes(session: Pick<Session, 'startTime' | 'endTime' | 'endsNextDay'>) {
  const span = minutesOfDay(session.endTime) - minutesOfDay(session.startTime);
  return session.endsNextDay ? span + 24 * 60 : span;
}

/** Checks a session field by field; the message for each problem goes next to its field. */
export function validateSession(session: Session): SessionErrors {
  const errors: SessionErrors = {};
  if (!session.title.trim()) errors.title = 'session.error.title';
  else if (session.title.length > TITLE_MAX) errors.title = 'session.error.titleLong';
  if (!(SESSION_KINDS as readonly string[]).includes(session.kind))
    errors.kind = 'session.error.kind';
  if (!session.weekdays.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) {
    errors.weekdays = 'session.error.weekdays';
  }
  if (!isLocalDate(session.startDate)) errors.startDate = 'session.error.date';
  if (session.untilDate !== undefined) {
    if (!isLocalDate(session.untilDate)) errors.untilDate = 'session.error.date';
    else if (
      isLocalDate(session.startDate) &&
      daysBetween(session.startDate, session.untilDate) < 0
    ) {
      errors.untilDate = 'session.error.untilBeforeStart';
    }
  }
  if (!isLocalTime(session.startTime)) errors.startTime = 'session.error.time';
  if (!isLocalTime(session.endTime)) errors.endTime = 'session.error.time';
  if (!errors.startTime && !errors.endTime) {
    const minutes = sessionMinutes(session);
    if (minutes === 0 || minutes === 24 * 60) errors.endTime = 'session.error.zeroLength';
    else if (minutes < 0) errors.endTime = 'session.error.endBeforeStart';
    else if (minutes > MAX_MINUTES) errors.endTime = 'session.error.tooLong';
  }
  if (session.joinUrl && !isWebLink(session.joinUrl)) errors.joinUrl = 'session.error.link';
  if (!isTimeZone(session.timezone)) errors.timezone = 'session.error.timezone';
  if ((session.notes ?? '').length > NOTES_MAX) errors.notes = 'session.error.notesLong';
  return errors;
}

/** Only http(s) links become links: a feed or file cannot smuggle in javascript: URLs. */
export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function isRecurring(session: Pick<Session, 'weekdays'>): boolean {
  return session.weekdays.length > 0;
}

/**
 * A session as the client saves it from the session form: where they changed the title or the
 * place of a session from the center, the center's translations of it go (shown in Spanish, they
 * would hide what the client wrote).
 */
export function withOwnWords(original: Session | undefined, edited: Session): Session {
  const saved = { ...edited };
  if (original?.titles && edited.title !== original.title) delete saved.titles;
  if (original?.places && edited.place !== original.place) delete saved.places;
  return saved;
}
