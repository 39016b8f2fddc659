import { fold } from '../tags';
import type { RecoveryEvent } from '../types';

/** Lower case, no accents, no punctuation or spaces, no trailing country: "Hall, OR 97214, USA". */
function squash(text: string | undefined): string {
  return fold(text ?? '')
    .replace(/,?\s*(usa|united states( of america)?)\s*$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** What makes two listings one meeting: name, weekday, start time and address. */
export function meetingKey(event: RecoveryEvent, day: number): string {
  return [
    squash(event.name),
    day,
    event.time,
    squash(event.address ?? event.location ?? event.conferenceUrl),
  ].join('|');
}

export interface MergeResult {
  events: RecoveryEvent[];
  /** For each source, how many of its listings were found in an earlier source and merged. */
  mergedBySource: Record<string, number>;
}

/**
 * The same meeting listed by two sources shows once: the first source's listing (sources are
 * in the configured order) stays and names the others in `alsoListedBy`. Matching is per
 * weekday, so a listing that repeats on days another source lacks keeps those days. Listings
 * within one source are never merged: a feed's own entries are its own business.
 */
export function mergeDuplicates(events: readonly RecoveryEvent[]): MergeResult {
  const firstByKey = new Map<string, RecoveryEvent>();
  const kept: RecoveryEvent[] = [];
  const mergedBySource: Record<string, number> = {};
  for (const original of events) {
    if (original.date) {
      // One-off events (a center's workshop) are not meetings to match.
      kept.push(original);
      continue;
    }
    const remaining = original.days.filter((day) => {
      const first = firstByKey.get(meetingKey(original, day));
      if (!first || first.sourceId === original.sourceId) return true;
      const others = first.alsoListedBy ?? [];
      if (!others.includes(original.sourceId)) first.alsoListedBy = [...others, original.sourceId];
      return false;
    });
    if (remaining.length < original.days.length) {
      mergedBySource[original.sourceId] = (mergedBySource[original.sourceId] ?? 0) + 1;
    }
    if (remaining.length === 0) continue;
    // A copy: the first listing of a key may gain alsoListedBy, and the input stays untouched.
    const event = { ...original, days: remaining };
    for (const day of remaining) {
      const key = meetingKey(event, day);
      if (!firstByKey.has(key)) firstByKey.set(key, event);
    }
    kept.push(event);
  }
  return { events: kept, mergedBySource };
}
