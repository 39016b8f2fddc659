/**
 * Time zones named as people say them: "Pacific time", "hora del Pacífico", never an IANA id
 * ("America/Los_Angeles") or a name that changes twice a year ("Pacific Standard Time").
 */
import { localeTag, type Locale } from '$lib/i18n/locale-tag';

type Lang = Locale;

interface ZoneNames {
  /** What a client says: "Pacific time". */
  short: Record<Lang, string>;
  /** Tells apart zones with the same short name, for a list to choose from. */
  long?: Record<Lang, string>;
}

const NAMES: Record<string, ZoneNames> = {
  'America/Los_Angeles': { short: { en: 'Pacific time', es: 'hora del Pacífico' } },
  'America/Boise': {
    short: { en: 'Mountain time', es: 'hora de la Montaña' },
    long: {
      en: 'Mountain time (Boise; most of Malheur County)',
      es: 'hora de la Montaña (Boise; casi todo el condado de Malheur)',
    },
  },
  'America/Denver': {
    short: { en: 'Mountain time', es: 'hora de la Montaña' },
    long: { en: 'Mountain time (Denver)', es: 'hora de la Montaña (Denver)' },
  },
  'America/Phoenix': {
    short: { en: 'Arizona time', es: 'hora de Arizona' },
    long: {
      en: 'Arizona time (Mountain, no daylight saving)',
      es: 'hora de Arizona (de la Montaña, sin horario de verano)',
    },
  },
  'America/Chicago': { short: { en: 'Central time', es: 'hora del Centro' } },
  'America/New_York': { short: { en: 'Eastern time', es: 'hora del Este' } },
  'America/Anchorage': { short: { en: 'Alaska time', es: 'hora de Alaska' } },
  'Pacific/Honolulu': { short: { en: 'Hawaii time', es: 'hora de Hawái' } },
};

/**
 * The zone as said in a sentence ("Times are in Pacific time."); `isLong` tells apart zones
 * that share a name (Boise and Denver are both Mountain time) in a list to choose from.
 * A zone not in the table gets the browser's generic name ("Central European Time"), never a
 * seasonal one, and its id only when the browser has no name for it.
 */
export function zoneName(timeZone: string, lang: Lang, isLong = false): string {
  const known = NAMES[timeZone];
  if (known) return (isLong && known.long ? known.long : known.short)[lang];
  try {
    const part = new Intl.DateTimeFormat(localeTag(lang), {
      timeZone,
      timeZoneName: 'longGeneric',
    })
      .formatToParts(0)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (part && !/^GMT|^UTC/.test(part)) return part;
  } catch {
    // Not a zone this browser knows.
  }
  return timeZone;
}
