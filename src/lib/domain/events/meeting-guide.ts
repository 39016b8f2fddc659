import { isLocalTime, isTimeZone, minutesOfDay, clockTime } from '../dates';
import { isWebLink } from '../sessions';
import type { AttendanceMode, EventSource, RecoveryEvent } from '../types';

export const DEFAULT_TIMEZONE = 'America/Los_Angeles';
const MAX_TEXT = 500;
const MAX_NOTES = 3000;

/** Names of type codes a feed defines itself (BMLT formats), in English and Spanish. */
export type TypeNames = Record<string, { en: string; es: string }>;

export interface NormaliseResult {
  events: RecoveryEvent[];
  /** Entries left out, with why (by appointment, missing name, duplicate slug...). */
  skipped: { slug: string; reason: SkipReason }[];
  typeNames?: TypeNames;
}
export type SkipReason =
  | 'noName'
  | 'noSlug'
  | 'noDayOrTime'
  | 'badDay'
  | 'badTime'
  | 'duplicate'
  | 'unpublished'
  | 'outsideArea';

/** A feed's text field, trimmed and capped; numbers become text; anything else is absent. */
export const plainText = (value: unknown, max = MAX_TEXT): string | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/** "7:00", "07:00" or "07:00:00" to "07:00"; anything else undefined. */
export function normaliseTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  return isLocalTime(time) ? time : undefined;
}

/** Days as the spec allows: 0-6 (Sunday = 0), as a number, a numeric string or an array. */
export function normaliseDays(value: unknown): number[] | undefined {
  const list = Array.isArray(value) ? value : [value];
  const days: number[] = [];
  for (const item of list) {
    const day = typeof item === 'string' && /^\d$/.test(item.trim()) ? Number(item) : item;
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) return undefined;
    if (!days.includes(day)) days.push(day);
  }
  return days.length ? days.sort() : undefined;
}

/** An hour after `time` (the spec's default length), wrapping past midnight. */
export function addHour(time: string): string {
  return clockTime(minutesOfDay(time) + 60);
}

export const coordinate = (value: unknown, limit: number): number | undefined => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' &&
    Number.isFinite(number) &&
    Math.abs(number) <= limit &&
    number !== 0
    ? number
    : undefined;
};

/**
 * The first checks every feed's entries go through: an object, with a name, and a slug (an id
 * in the feed) not seen before in it. Says why when not, and then the entry is left out.
 */
export function identify(
  raw: unknown,
  seen: Set<string>,
  skipped: NormaliseResult['skipped'],
  slugAndName: (item: Record<string, unknown>) => [string | undefined, string | undefined],
): { item: Record<string, unknown>; slug: string; name: string } | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    skipped.push({ slug: '', reason: 'noName' });
    return undefined;
  }
  const item = raw as Record<string, unknown>;
  const [slug, name] = slugAndName(item);
  if (!name) skipped.push({ slug: slug ?? '', reason: 'noName' });
  else if (!slug) skipped.push({ slug: '', reason: 'noSlug' });
  else if (seen.has(slug)) skipped.push({ slug, reason: 'duplicate' });
  else return { item, slug, name };
  return undefined;
}

/**
 * Reads a Meeting Guide feed (the code4recovery spec): a flat JSON array of weekly meetings.
 * Everything is checked and copied field by field into the app's own shape, so a feed can
 * never put markup, scripts or unexpected types in front of a client.
 */
export function normaliseMeetingGuide(feed: unknown, source: EventSource): NormaliseResult {
  if (!Array.isArray(feed)) throw new FeedError('notArray');
  const events: RecoveryEvent[] = [];
  const skipped: NormaliseResult['skipped'] = [];
  const seen = new Set<string>();
  for (const raw of feed) {
    const entry = identify(raw, seen, skipped, (item) => [
      plainText(item.slug, 200),
      plainText(item.name, 200),
    ]);
    if (!entry) continue;
    const { item, slug, name } = entry;
    if (item.day === undefined || item.day === null || item.day === '' || !item.time) {
      // "By appointment" meetings have no day or time: nothing to put on a finder by time.
      skipped.push({ slug, reason: 'noDayOrTime' });
      continue;
    }
    const days = normaliseDays(item.day);
    if (!days) {
      skipped.push({ slug, reason: 'badDay' });
      continue;
    }
    const time = normaliseTime(item.time);
    if (!time) {
      skipped.push({ slug, reason: 'badTime' });
      continue;
    }
    seen.add(slug);
    const endTime = normaliseTime(item.end_time) ?? addHour(time);
    const types = Array.isArray(item.types)
      ? [
          ...new Set(
            item.types.filter((t): t is string => typeof t === 'string' && /^[\w-]{1,12}$/.test(t)),
          ),
        ]
      : [];
    const conferenceUrl = plainText(item.conference_url, 2000);
    const conferencePhone = plainText(item.conference_phone, 80);
    const address =
      plainText(item.formatted_address) ??
      ([item.address, item.city, item.state, item.postal_code]
        .map((part) => plainText(part))
        .filter(Boolean)
        .join(', ') ||
        undefined);
    const isTemporarilyClosed = types.includes('TC');
    const isOnline = !!((conferenceUrl && isWebLink(conferenceUrl)) || conferencePhone);
    const isInPerson = !!address && !isTemporarilyClosed;
    const attendance: AttendanceMode = isOnline ? (isInPerson ? 'hybrid' : 'online') : 'inPerson';
    const regions = Array.isArray(item.regions)
      ? item.regions.map((r) => plainText(r)).filter(Boolean)
      : [];
    const region = regions.join(' › ') || plainText(item.sub_region) || plainText(item.region);
    const timezone =
      typeof item.timezone === 'string' && isTimeZone(item.timezone)
        ? item.timezone
        : DEFAULT_TIMEZONE;
    const latitude = coordinate(item.latitude, 90);
    const longitude = coordinate(item.longitude, 180);
    const event: RecoveryEvent = {
      id: `${source.id}:${slug}`,
      sourceId: source.id,
      slug,
      name,
      days,
      time,
      endTime,
      timezone,
      types,
      program: source.program,
      attendance,
      isTemporarilyClosed,
    };
    const optional: Partial<RecoveryEvent> = {
      location: plainText(item.location),
      address,
      city: plainText(item.city, 100),
      region,
      ...(latitude !== undefined && longitude !== undefined ? { latitude, longitude } : {}),
      conferenceUrl: conferenceUrl && isWebLink(conferenceUrl) ? conferenceUrl : undefined,
      conferencePhone,
      notes: plainText(item.notes, MAX_NOTES),
      group: plainText(item.group),
      updated: plainText(item.updated, 30),
    };
    setOptional(event, optional);
    events.push(event);
  }
  return { events, skipped };
}

/** Copies the fields that have a value: an event never holds `undefined` keys. */
export function setOptional(event: RecoveryEvent, optional: Partial<RecoveryEvent>): void {
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (event as unknown as Record<string, unknown>)[key] = value;
  }
}

export type FeedProblem =
  | 'notArray'
  | 'notJson'
  | 'notBmlt'
  | 'html'
  | 'redirect'
  | 'empty'
  | 'tooBig'
  | 'unreachable'
  | 'timeout'
  | 'invalid';

export class FeedError extends Error {
  constructor(
    readonly problem: FeedProblem,
    detail = '',
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'FeedError';
  }
}
