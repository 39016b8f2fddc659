/**
 * Everything that identifies the treatment center, in one typed module: another Oregon program
 * rebrands the app by editing this file alone. Phone numbers that matter to a client's safety live
 * here and nowhere else; confirm every one with the center before a release.
 */

export interface PhoneLine {
  /** Stable key, used for message lookups and test ids. */
  id: string;
  /** E.164 number for tel: links. */
  tel: string;
  /** Number for sms: links, when the line takes texts. */
  sms?: string;
  /** How the number is written for people. */
  display: string;
  /** How the line answers in Spanish: the key to press after calling, the word to text. */
  spanish?: { press: string; textWord: string };
}

/** The crisis lines the app knows: each has help.ID.name and help.ID.detail messages. */
export type CrisisLineId = 'lifeline988' | 'emergency911' | 'samhsa' | 'oregonHelpline';

export interface CenterConfig {
  appName: string;
  programName: string;
  city: string;
  state: string;
  description: string;
  phone: PhoneLine;
  address: string;
  crisisLines: readonly (PhoneLine & { id: CrisisLineId })[];
  /** Default weekly hours target for a new program set-up (ASAM level 2.1: at least 9 for adults). */
  defaultWeeklyHours: number;
  /** Default planned length in days (NIDA: at least 90 days in treatment). */
  defaultPlannedDays: number;
  /** IANA timezone for schedules and meetings. */
  defaultTimezone: string;
  themeColor: string;
  backgroundColor: string;
  /** Where "Quick exit" goes: a neutral page that says nothing about recovery. */
  quickExitUrl: string;
}

export const center: CenterConfig = {
  appName: 'BLVD Companion',
  programName: 'Recovery BLVD',
  city: 'Portland',
  state: 'Oregon',
  description:
    'A private recovery companion for Recovery BLVD clients: check-ins, sessions, progress and meetings, on your phone, offline.',
  // PLACEHOLDER (555-01xx is reserved for fiction): replace with the center's front-desk number
  // and address before a release.
  phone: { id: 'center', tel: '+15035550100', display: '(503) 555-0100' },
  address: 'Portland, OR',
  crisisLines: [
    // In Spanish: call 988 and press 2, or text AYUDA to 988 (988lifeline.org).
    {
      id: 'lifeline988',
      tel: '988',
      sms: '988',
      display: '988',
      spanish: { press: '2', textWord: 'AYUDA' },
    },
    { id: 'emergency911', tel: '911', display: '911' },
    { id: 'samhsa', tel: '+18006624357', display: '1-800-662-4357' },
    { id: 'oregonHelpline', tel: '+18009234357', display: '1-800-923-4357' },
  ],
  defaultWeeklyHours: 9,
  defaultPlannedDays: 90,
  defaultTimezone: 'America/Los_Angeles',
  themeColor: '#0f5c63',
  backgroundColor: '#f7f5f0',
  quickExitUrl: 'https://weather.gov/',
};
