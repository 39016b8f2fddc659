/**
 * The "Right now" moment on Today: after a check-in with a strong craving (7 or more) or a use,
 * or when the client taps "I'm struggling". It stays until a later check-in or "I'm OK now".
 * Its own small module: Today imports it, and nothing else of the plan belongs in Today's first
 * load.
 */

/** What is stored (the `rightNow` setting): when each press happened, epoch ms. */
export interface RightNowMarks {
  /** The last press of "I'm struggling". */
  struggledAt?: number;
  /** The last press of "I'm OK now". */
  okAt?: number;
}

/** The check-in fields the rule reads (the latest check-in by its time). */
export interface CheckInMoment {
  craving: number;
  used?: string;
  /** The moment it is about (the client may set an earlier one), epoch ms. */
  at: number;
  /** When it was first saved, epoch ms (an edit later, of a note say, is no new moment). */
  createdAt: number;
}

/**
 * A check-in written down this long after the moment it is about is a record of the past (a
 * day filled in later), not the client's moment now: it brings no Right now panel.
 */
export const LOGGED_LATER_MS = 12 * 60 * 60 * 1000;

/** A craving this strong (0-10) brings the Right now panel. */
export const STRONG_CRAVING = 7;

/** Whether a check-in is a hard one: a strong craving, or a use. */
export function isHardCheckIn(checkIn: Pick<CheckInMoment, 'craving' | 'used'>): boolean {
  return checkIn.craving >= STRONG_CRAVING || checkIn.used === 'yes';
}

/**
 * Whether the Right now panel stands first on Today. Times compare when things were first
 * written (not the check-in's own "when", which may be set to an earlier minute), so "I'm OK now"
 * ends what came before it, a check-in written after a press decides what follows, and editing
 * an older check-in (a typo in its note) brings nothing back. A day filled in later is no moment
 * of now (LOGGED_LATER_MS).
 */
export function isRightNow(latest: CheckInMoment | undefined, marks: RightNowMarks): boolean {
  const okAt = marks.okAt ?? -Infinity;
  const fromCheckIn =
    !!latest &&
    isHardCheckIn(latest) &&
    latest.createdAt > okAt &&
    latest.createdAt - latest.at <= LOGGED_LATER_MS;
  const struggledAt = marks.struggledAt;
  const fromPress =
    struggledAt !== undefined && struggledAt > okAt && (!latest || struggledAt >= latest.createdAt);
  return fromCheckIn || fromPress;
}

/**
 * A reason this short (in characters and lines) shows whole: it fits the panel's few lines, and
 * lines written one under another often belong together ("My daughter Maya" / "I want to be
 * there for her birthday"), so cutting them apart loses what they mean.
 */
export const WHOLE_REASON_CHARS = 160;
export const WHOLE_REASON_LINES = 3;

/**
 * What Right now shows of the client's reasons: all of it when short; otherwise one paragraph
 * (paragraphs are separated by a blank line, each kept whole with its line breaks), a different
 * one each day so the words stay alive. `dayNumber` is any whole count of days (the local
 * date's).
 */
export function reasonFor(reasons: string, dayNumber: number): string | undefined {
  // Compact on purpose: this module is part of Today's first load.
  const paragraphs = reasons
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean);
  const whole = paragraphs.join('\n');
  if (whole.length <= WHOLE_REASON_CHARS && whole.split('\n').length <= WHOLE_REASON_LINES) {
    return whole || undefined;
  }
  const count = paragraphs.length;
  return paragraphs[((Math.trunc(dayNumber) % count) + count) % count];
}

/** The kind word a saved check-in ends with: it fits what was logged, and never judges it. */
export type KindWord = 'slip' | 'strong' | 'hard' | 'some' | 'steady';

export function kindWordFor(checkIn: { mood: number; craving: number; used?: string }): KindWord {
  if (checkIn.used === 'yes') return 'slip';
  if (checkIn.craving >= STRONG_CRAVING) return 'strong';
  if (checkIn.mood <= 2) return 'hard';
  if (checkIn.craving >= 4) return 'some';
  return 'steady';
}
