import type { MessageKey } from '$lib/i18n/en';
import { addDays } from '../dates';
import { parseCalendar } from '../ics-import';
import {
  PROGRAM_FORMAT,
  trackId,
  type CenterEvent,
  type CenterOccurrence,
  type CenterProgram,
  type CenterTrack,
} from './program';

/** A center's calendar may hold years of expanded sessions; a client's import stays at 2,000. */
export const MAX_PROGRAM_EVENTS = 10_000;
/** One-off sessions older than this are history: attendance keeps its own copy of them. */
const KEEP_PAST_DAYS = 30;

/**
 * The center's program from its iCalendar file (Node, in the sync): read with the same rules as
 * any imported calendar (a broken file is refused whole, text stays text, unknown time zones are
 * read as Oregon's), then tracks from CATEGORIES (one track per name, whatever its letter case),
 * and one-off sessions more than 30 days old dropped. `version` is set by the caller (a hash).
 */
export function programFromCalendar(
  text: string,
  options: { name: string; today: string; publishedAt: string; defaultTimeZone: string },
): { ok: true; program: Omit<CenterProgram, 'version'> } | { ok: false; error: MessageKey } {
  let count = 0;
  const parsed = parseCalendar(text, {
    defaultTimeZone: options.defaultTimeZone,
    today: options.today,
    maxEvents: MAX_PROGRAM_EVENTS,
    // Only to join occurrences to their event here: the program keys events by UID.
    newId: () => `event-${(count += 1)}`,
  });
  if (!parsed.ok) return parsed;
  const { sessions, changes, categories, spanish = {} } = parsed.value;

  const tracks = new Map<string, CenterTrack>();
  const tracksOf = (uid: string | undefined) => {
    const key = uid?.split('#')[0];
    const names = key ? (categories[key] ?? []) : [];
    // CATEGORIES;LANGUAGE=es names the same tracks in the same order; any other count is
    // ambiguous and left out (the default name shows).
    const inSpanish = key ? spanish[key]?.categories : undefined;
    const es = inSpanish?.length === names.length ? inSpanish : undefined;
    return names.map((name, i) => {
      const id = trackId(name);
      const track = tracks.get(id) ?? { id, name: name.trim().replace(/\s+/g, ' ') };
      if (es && !track.names?.es) track.names = { es: es[i]!.trim().replace(/\s+/g, ' ') };
      tracks.set(id, track);
      return id;
    });
  };

  const oldest = addDays(options.today, -KEEP_PAST_DAYS);
  const events: CenterEvent[] = [];
  const uidOfSession = new Map<string, string>();
  const seen = new Set<string>();
  for (const session of sessions) {
    if (session.weekdays.length === 0 && session.startDate < oldest) continue;
    if (session.untilDate && session.untilDate < oldest) continue;
    // An event without a UID gets one from what it is, so the next version finds it again.
    let uid =
      session.icalUid ??
      `${session.title}|${session.weekdays.join('')}|${session.startDate}T${session.startTime}`;
    while (seen.has(uid)) uid = `${uid}+`;
    seen.add(uid);
    uidOfSession.set(session.id, uid);
    const { id: _id, icalUid: _uid, fromCenter: _from, ...rest } = session;
    const inSpanish = session.icalUid ? spanish[session.icalUid.split('#')[0]!] : undefined;
    events.push({
      ...rest,
      uid,
      tracks: [...new Set(tracksOf(session.icalUid))],
      ...(inSpanish?.title ? { titles: { es: inSpanish.title } } : {}),
      ...(inSpanish?.place ? { places: { es: inSpanish.place } } : {}),
    });
  }
  const known = new Set(events.map((e) => e.uid));
  const occurrences: CenterOccurrence[] = changes
    .map((change) => {
      const uid = uidOfSession.get(change.sessionId);
      const { id: _id, sessionId: _sid, ...rest } = change;
      return uid && known.has(uid) ? { ...rest, uid } : undefined;
    })
    .filter((o): o is CenterOccurrence => !!o);

  return {
    ok: true,
    program: {
      format: PROGRAM_FORMAT,
      publishedAt: options.publishedAt,
      name: options.name,
      tracks: [...tracks.values()].sort((a, b) => a.name.localeCompare(b.name)),
      events: events.sort((a, b) => a.uid.localeCompare(b.uid)),
      occurrences: occurrences.sort((a, b) =>
        `${a.uid}|${a.originalStart}`.localeCompare(`${b.uid}|${b.originalStart}`),
      ),
    },
  };
}
