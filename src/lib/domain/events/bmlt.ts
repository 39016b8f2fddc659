import { clockTime, isTimeZone, minutesOfDay } from '../dates';
import { isWebLink } from '../sessions';
import type { AttendanceMode, EventSource, RecoveryEvent } from '../types';
import {
  addHour,
  coordinate,
  DEFAULT_TIMEZONE,
  FeedError,
  identify,
  normaliseTime,
  plainText,
  setOptional,
  type NormaliseResult,
  type TypeNames,
} from './meeting-guide';

/**
 * BMLT (Basic Meeting List Toolbox), where most NA areas publish: the semantic interface's
 * GetSearchResults answer, either a plain array of meetings or, with get_used_formats=1,
 * `{ meetings, formats }`. Weekdays are 1-7 with Sunday = 1; formats are comma-separated keys
 * that each server defines, tied to NA World Services' shared ids (world_id).
 */

/** NA World Services format ids to Meeting Guide type codes, where the spec has one. */
const WORLD_TO_TYPE: Record<string, string> = {
  OPEN: 'O',
  CLOSED: 'C',
  BEG: 'BE',
  SPK: 'SP',
  DISC: 'D',
  WCHR: 'X',
  M: 'M',
  W: 'W',
  Y: 'Y',
  YA: 'Y',
  GL: 'LGBTQ',
  LGBT: 'LGBTQ',
  LIT: 'LIT',
  STEP: 'ST',
  TRAD: 'TR',
  MED: 'MED',
  CAN: 'CAN',
  SMOK: 'SM',
  TC: 'TC',
  CW: 'CF',
  AC: 'AC',
  POC: 'POC',
  FF: 'FF',
  SL: 'ASL',
};

/**
 * NA formats the Meeting Guide spec has no code for, named in both languages so that no raw
 * key reaches the screen. Keys are the usual NA key strings; codes are namespaced "NA-".
 */
export const NA_FORMAT_NAMES: Record<string, { en: string; es: string }> = {
  'NA-BT': { en: 'Basic Text', es: 'Texto Básico' },
  'NA-IW': { en: 'It Works: How and Why', es: 'Funciona: cómo y por qué' },
  'NA-JFT': { en: 'Just for Today', es: 'Sólo por hoy' },
  'NA-SPAD': { en: 'A Spiritual Principle a Day', es: 'Un principio espiritual al día' },
  'NA-GP': { en: 'Guiding Principles', es: 'Principios guía' },
  'NA-LC': { en: 'Living Clean', es: 'Vivir limpio' },
  'NA-SWG': { en: 'Step Working Guides', es: 'Guías para trabajar los pasos' },
  'NA-NS': { en: 'Non-Smoking', es: 'No se fuma' },
  'NA-QA': { en: 'Questions and Answers', es: 'Preguntas y respuestas' },
  'NA-TOP': { en: 'Topic', es: 'Tema' },
  'NA-VAR': { en: 'Format Varies', es: 'Formato variable' },
  'NA-IP': { en: 'Informational Pamphlets', es: 'Folletos informativos' },
  'NA-RA': { en: 'Restricted Access', es: 'Acceso restringido' },
  'NA-CPT': { en: 'Twelve Concepts', es: 'Doce conceptos' },
  'NA-CH': { en: 'Closed on Holidays', es: 'Cerrado en días festivos' },
  'NA-CS': { en: 'Children Under Supervision', es: 'Niños bajo supervisión' },
  'NA-GN': { en: 'Gender Neutral', es: 'Género neutro' },
};

/** Keys most NA servers use, for an answer that came without its formats list. */
const KEY_TO_WORLD: Record<string, string> = {
  O: 'OPEN',
  C: 'CLOSED',
  B: 'BEG',
  BEG: 'BEG',
  BT: 'BT',
  IW: 'IW',
  JFT: 'JFT',
  SPAD: 'SPAD',
  GP: 'GP',
  LC: 'LC',
  SWG: 'SWG',
  NS: 'NS',
  SM: 'SMOK',
  QA: 'QA',
  TOP: 'TOP',
  VAR: 'VAR',
  IP: 'IP',
  RA: 'RA',
  CPT: 'CPT',
  CH: 'CH',
  D: 'DISC',
  SPK: 'SPK',
  SP: 'SPK',
  ST: 'STEP',
  TR: 'TRAD',
  LIT: 'LIT',
  MED: 'MED',
  CAN: 'CAN',
  WC: 'WCHR',
  M: 'M',
  W: 'W',
  Y: 'Y',
  GL: 'GL',
  LGBT: 'LGBT',
  TC: 'TC',
  CW: 'CW',
  VM: 'VM',
  HY: 'HYBR',
  HYBR: 'HYBR',
  ONL: 'VM',
  ES: 'LANG',
  SPAN: 'LANG',
};

/** Formats that say how to attend, not what the meeting is: they set `attendance` instead. */
const ATTENDANCE_WORLD_IDS = new Set(['VM', 'HYBR', 'HY', 'TEMP']);

interface BmltFormat {
  key: string;
  worldId: string;
  name?: string;
}

function readFormats(value: unknown): Map<string, BmltFormat> {
  const formats = new Map<string, BmltFormat>();
  if (!Array.isArray(value)) return formats;
  for (const raw of value) {
    if (!raw || typeof raw !== 'object') continue;
    const item = raw as Record<string, unknown>;
    const key = plainText(item.key_string, 20);
    if (!key) continue;
    formats.set(key, {
      key,
      worldId: (plainText(item.world_id, 20) ?? '').toUpperCase(),
      name: plainText(item.name_string, 80),
    });
  }
  return formats;
}

/** A format key to a type code with a name in both languages, or to how a meeting is attended. */
function typeOf(
  key: string,
  formats: Map<string, BmltFormat>,
): { code?: string; names?: { en: string; es: string }; attendance?: string } {
  const format = formats.get(key);
  const world = format?.worldId || KEY_TO_WORLD[key.toUpperCase()] || '';
  if (ATTENDANCE_WORLD_IDS.has(world)) return { attendance: world };
  if (world === 'LANG') {
    const name = `${format?.name ?? ''} ${key}`;
    return /span|espa|\bes\b/i.test(name) ? { code: 'S' } : {};
  }
  const code = WORLD_TO_TYPE[world];
  if (code) return { code };
  const naCode = `NA-${world || key.toUpperCase()}`;
  const known = NA_FORMAT_NAMES[naCode];
  if (known) return { code: naCode, names: known };
  // A server's own format with a name: shown by that name (the server's language in both).
  if (format?.name) return { code: naCode, names: { en: format.name, es: format.name } };
  return {};
}

const integer = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
};

/** "01:30:00" or "1:30" to minutes; undefined when absent, zero or malformed. */
function durationMinutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 0 && minutes < 24 * 60 ? minutes : undefined;
}

/** The meetings list of an answer: `{}` (BMLT's empty answer) is an empty list. */
function meetingsOf(answer: unknown): { meetings: unknown[]; formats: unknown } {
  if (Array.isArray(answer)) return { meetings: answer, formats: undefined };
  if (answer && typeof answer === 'object') {
    const object = answer as Record<string, unknown>;
    if (Object.keys(object).length === 0) return { meetings: [], formats: undefined };
    if (Array.isArray(object.meetings))
      return { meetings: object.meetings, formats: object.formats };
    // Some servers answer `{ meetings: {} }` when nothing matched.
    if (
      object.meetings &&
      typeof object.meetings === 'object' &&
      !Object.keys(object.meetings).length
    )
      return { meetings: [], formats: object.formats };
  }
  throw new FeedError('notBmlt');
}

/** Reads a BMLT GetSearchResults answer into the app's own shape, field by field. */
export function normaliseBmlt(answer: unknown, source: EventSource): NormaliseResult {
  const { meetings, formats: rawFormats } = meetingsOf(answer);
  const formats = readFormats(rawFormats);
  const provinces = source.provinces?.map((p) => p.trim().toLowerCase());
  const events: RecoveryEvent[] = [];
  const skipped: NormaliseResult['skipped'] = [];
  const typeNames: TypeNames = {};
  const seen = new Set<string>();
  for (const raw of meetings) {
    const entry = identify(raw, seen, skipped, (item) => {
      const id = integer(item.id_bigint);
      return [
        id !== undefined && id > 0 ? String(id) : undefined,
        plainText(item.meeting_name, 200),
      ];
    });
    if (!entry) continue;
    const { item, slug, name } = entry;
    if (item.published !== undefined && String(item.published) === '0') {
      skipped.push({ slug, reason: 'unpublished' });
      continue;
    }
    const weekday = integer(item.weekday_tinyint);
    if (item.weekday_tinyint === undefined || item.start_time === undefined) {
      skipped.push({ slug, reason: 'noDayOrTime' });
      continue;
    }
    if (weekday === undefined || weekday < 1 || weekday > 7) {
      skipped.push({ slug, reason: 'badDay' });
      continue;
    }
    const time = normaliseTime(item.start_time);
    if (!time) {
      skipped.push({ slug, reason: 'badTime' });
      continue;
    }
    const province = plainText(item.location_province, 40);
    const venue = integer(item.venue_type);
    if (provinces && province && venue !== 2 && !provinces.includes(province.toLowerCase())) {
      skipped.push({ slug, reason: 'outsideArea' });
      continue;
    }
    seen.add(slug);

    const types: string[] = [];
    const howToAttend = new Set<string>();
    for (const key of String(item.formats ?? '').split(',')) {
      const trimmed = key.trim();
      if (!trimmed) continue;
      const type = typeOf(trimmed, formats);
      if (type.attendance) howToAttend.add(type.attendance);
      if (!type.code || types.includes(type.code)) continue;
      types.push(type.code);
      if (type.names) typeNames[type.code] = type.names;
    }
    const link = plainText(item.virtual_meeting_link, 2000);
    const conferenceUrl = link && isWebLink(link) ? link : undefined;
    const conferencePhone = plainText(item.phone_meeting_number, 80);
    const city = plainText(item.location_municipality, 100);
    const street = plainText(item.location_street);
    const address =
      [street, city, province, plainText(item.location_postal_code_1, 20)]
        .filter(Boolean)
        .join(', ') || undefined;
    const isTemporarilyClosed = types.includes('TC');
    const hasWayOnline = !!(conferenceUrl || conferencePhone);
    // venue_type says it (1 in person, 2 virtual, 3 hybrid); older servers say it in formats.
    const attendance: AttendanceMode =
      venue === 1
        ? 'inPerson'
        : venue === 2
          ? 'online'
          : venue === 3
            ? 'hybrid'
            : howToAttend.has('HYBR') || (street && hasWayOnline)
              ? 'hybrid'
              : howToAttend.has('VM') || hasWayOnline
                ? 'online'
                : 'inPerson';
    const duration = durationMinutes(item.duration_time);
    const zone = plainText(item.time_zone, 60);
    const latitude = coordinate(item.latitude, 90);
    const longitude = coordinate(item.longitude, 180);
    const notes = [item.comments, item.location_info, item.virtual_meeting_additional_info]
      .map((part) => plainText(part, 1000))
      .filter(Boolean)
      .join('\n');
    const event: RecoveryEvent = {
      id: `${source.id}:${slug}`,
      sourceId: source.id,
      slug,
      name,
      days: [weekday - 1],
      time,
      endTime: duration ? clockTime(minutesOfDay(time) + duration) : addHour(time),
      // BMLT often leaves time_zone empty: an Oregon source means Oregon's time.
      timezone: zone && isTimeZone(zone) ? zone : DEFAULT_TIMEZONE,
      types,
      program: source.program,
      attendance,
      isTemporarilyClosed,
    };
    setOptional(event, {
      location: attendance === 'online' ? undefined : plainText(item.location_text),
      address: attendance === 'online' ? undefined : address,
      city,
      region: plainText(item.location_sub_province, 100) ?? city,
      ...(latitude !== undefined && longitude !== undefined && attendance !== 'online'
        ? { latitude, longitude }
        : {}),
      conferenceUrl,
      conferencePhone,
      notes: notes || undefined,
    });
    events.push(event);
  }
  return { events, skipped, typeNames };
}
