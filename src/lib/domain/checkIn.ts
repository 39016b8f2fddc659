import type { MessageKey } from '$lib/i18n/en';
import { isLocalDate, isLocalTime, localDate, clockTime, wallClock, zonedToEpoch } from './dates';
import type { CheckIn, LocalDate, Mood, UsedToday } from './types';

export const MOODS = [1, 2, 3, 4, 5] as const satisfies readonly Mood[];
export const CRAVING_MIN = 0;
export const CRAVING_MAX = 10;
export const NOTE_MAX = 10_000;
export const USED_ANSWERS = ['no', 'yes', 'unsaid'] as const satisfies readonly UsedToday[];
/** A phone clock a little ahead of the server is not "the future". */
const FUTURE_TOLERANCE_MS = 60_000;

/** What the form holds while the client fills it in; nothing here is trusted yet. */
export interface CheckInDraft {
  /** Set when editing a saved check-in. */
  id?: string;
  date: string;
  time: string;
  mood?: number;
  craving: number;
  triggerIds: string[];
  copingIds: string[];
  used?: string;
  note: string;
}

export type CheckInField = 'when' | 'mood' | 'craving' | 'triggers' | 'coping' | 'used' | 'note';
export type CheckInErrors = Partial<Record<CheckInField, MessageKey>>;

export interface ValidationContext {
  now: number;
  timeZone: string;
  knownTagIds: ReadonlySet<string>;
}

export type Validated =
  { ok: true; when: { at: number; date: LocalDate } } | { ok: false; errors: CheckInErrors };

export function isMood(value: unknown): value is Mood {
  return typeof value === 'number' && (MOODS as readonly number[]).includes(value);
}

/** Checks a draft field by field; every problem is reported at once, next to its field. */
export function validateCheckIn(draft: CheckInDraft, context: ValidationContext): Validated {
  const errors: CheckInErrors = {};
  let at = NaN;
  if (!isLocalDate(draft.date) || !isLocalTime(draft.time)) {
    errors.when = 'checkIn.error.when';
  } else {
    at = zonedToEpoch(draft.date, draft.time, context.timeZone);
    if (at > context.now + FUTURE_TOLERANCE_MS) errors.when = 'checkIn.error.future';
  }
  if (draft.mood === undefined) errors.mood = 'checkIn.error.moodRequired';
  else if (!isMood(draft.mood)) errors.mood = 'checkIn.error.mood';
  if (
    !Number.isInteger(draft.craving) ||
    draft.craving < CRAVING_MIN ||
    draft.craving > CRAVING_MAX
  ) {
    errors.craving = 'checkIn.error.craving';
  }
  if (!draft.triggerIds.every((id) => context.knownTagIds.has(id))) {
    errors.triggers = 'checkIn.error.unknownTag';
  }
  if (!draft.copingIds.every((id) => context.knownTagIds.has(id))) {
    errors.coping = 'checkIn.error.unknownTag';
  }
  if (draft.used !== undefined && !(USED_ANSWERS as readonly string[]).includes(draft.used)) {
    errors.used = 'checkIn.error.used';
  }
  if (typeof draft.note !== 'string' || draft.note.length > NOTE_MAX) {
    errors.note = 'checkIn.error.noteTooLong';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, when: { at, date: localDate(at, context.timeZone) } };
}

/** Builds the record to store from a validated draft. */
export function toCheckIn(
  draft: CheckInDraft,
  when: { at: number; date: LocalDate },
  ids: { id: string; now: number; createdAt?: number },
): CheckIn {
  const note = draft.note.trim();
  return {
    id: ids.id,
    at: when.at,
    date: when.date,
    mood: draft.mood as Mood,
    craving: draft.craving,
    triggerIds: [...new Set(draft.triggerIds)],
    copingIds: [...new Set(draft.copingIds)],
    ...(draft.used ? { used: draft.used as UsedToday } : {}),
    ...(note ? { note } : {}),
    createdAt: ids.createdAt ?? ids.now,
    updatedAt: ids.now,
  };
}

/** A fresh draft for "now" in the given timezone. */
export function emptyDraft(now: number, timeZone: string): CheckInDraft {
  const { date, hour, minute } = wallClock(now, timeZone);
  return {
    date,
    time: clockTime(hour * 60 + minute),
    craving: 0,
    triggerIds: [],
    copingIds: [],
    note: '',
  };
}

/** Whether a draft holds anything the client chose or wrote (the time alone is not enough). */
export function hasContent(draft: CheckInDraft): boolean {
  return (
    draft.mood !== undefined ||
    draft.craving > 0 ||
    draft.triggerIds.length + draft.copingIds.length > 0 ||
    !!draft.used ||
    draft.note.trim() !== ''
  );
}

/** The form's draft for editing a saved check-in. */
export function draftFrom(checkIn: CheckIn, timeZone: string): CheckInDraft {
  const base = emptyDraft(checkIn.at, timeZone);
  return {
    ...base,
    id: checkIn.id,
    mood: checkIn.mood,
    craving: checkIn.craving,
    triggerIds: [...checkIn.triggerIds],
    copingIds: [...checkIn.copingIds],
    ...(checkIn.used ? { used: checkIn.used } : {}),
    note: checkIn.note ?? '',
  };
}

/** Words for a craving level, so the number is never the only cue. */
export function cravingBand(value: number): 'none' | 'mild' | 'moderate' | 'strong' | 'strongest' {
  if (value <= 0) return 'none';
  if (value <= 3) return 'mild';
  if (value <= 6) return 'moderate';
  if (value <= 9) return 'strong';
  return 'strongest';
}
