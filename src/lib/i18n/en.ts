/**
 * English messages: the source of truth for message keys. Placeholders are written {name};
 * a message with plural forms is an object keyed by Intl.PluralRules categories.
 */
import { checkIn } from './en/checkIn';
import type { data } from './en/data';
import type { events } from './en/events';
import type { center } from './en/center';
import type { ics } from './en/ics';
import type { session } from './en/session';
import type { tags } from './en/tags';
import type { history } from './en/history';
import type { measures } from './en/measures';
import type { plan } from './en/plan';
import type { progress } from './en/progress';
import type { welcome } from './en/welcome';
import { schedule } from './en/schedule';
import { shell } from './en/shell';

/**
 * The core catalog, in every screen's first bundle. The areas only their own screens use
 * (progress, events, data) are separate chunks, loaded by those routes (see translate.ts).
 */
export const en = {
  ...checkIn,
  ...schedule,
  ...shell,
  'app.skipToContent': 'Skip to main content',
  'app.offline': 'You are offline. Everything you save stays on this phone.',
  'app.update.available': 'A new version of the app is available.',
  'app.update.reload': 'Reload',
  'app.update.later': 'Later',
  'app.dbBlocked':
    'The app was updated in another tab. Reload to continue; nothing you saved is lost.',
  'app.dbBlocked.reload': 'Reload to continue',
  'nav.label': 'Main',
  'nav.today': 'Today',
  'nav.checkIn': 'Check-in',
  'nav.schedule': 'Schedule',
  'nav.progress': 'Progress',
  'nav.events': 'Events',
  'nav.settings': 'Settings',

  'help.open': 'Get help now',
  'help.myPlan': 'My plan',
  'help.locked': 'Unlock the app to see your own people and plan here.',
  'help.title': 'Help right now',
  'help.intro':
    'You are not alone. These lines are free and open 24 hours a day. Calls work without this app being online.',
  'help.close': 'Close',
  'help.call': 'Call {number}',
  'help.text': 'Text {number}',
  'help.lifeline988.name': '988 Suicide & Crisis Lifeline',
  'help.lifeline988.detail': 'Call or text 988. In Oregon, Lines for Life answers.',
  'help.emergency911.name': 'Emergency',
  'help.emergency911.detail': 'Call 911 if you or someone else is in danger right now.',
  'help.samhsa.name': 'SAMHSA National Helpline',
  'help.samhsa.detail': 'Free, confidential, 24/7 treatment referral and information.',
  'help.oregonHelpline.name': 'Oregon Alcohol & Drug Helpline',
  'help.oregonHelpline.detail': 'Lines for Life: support for you or someone you love.',
  'help.center.name': 'Call {program}',
  'help.center.detail': 'Your treatment team in {city}.',
  'help.danger': 'If you are in danger',
  'help.info': 'Information and support lines',
  'help.spanish': 'In Spanish: call {number} and press {press}, or text {word} to {number}.',

  'today.title': 'Today',
  'today.greeting.morning': 'Good morning',
  'today.greeting.afternoon': 'Good afternoon',
  'today.greeting.evening': 'Good evening',
  'today.date': 'Today is {date}.',
  'today.struggling': "I'm struggling",
  'today.reminders': { one: '1 reminder', other: '{count} reminders' },
  'today.checkIn.title': 'Check-in',
  'today.checkIn.empty': 'You have not checked in today. It takes a few seconds.',
  'today.checkIn.done': {
    one: 'You checked in once today.',
    other: 'You checked in {count} times today.',
  },
  'today.program.title': 'Days in treatment',
  'today.program.empty':
    'Add your program start date in Settings to see your days in treatment add up.',
  'today.program.action': 'Set up my program',
  'today.program.day': 'Day {day} of {planned}',
  'today.program.startsIn': {
    one: 'Your program starts tomorrow.',
    other: 'Your program starts in {count} days.',
  },
  'today.session.title': 'Next session',
  'today.session.empty':
    'No sessions yet. Add your IOP schedule so your next session is always at hand, even offline.',
  'today.session.action': 'Add my schedule',
  'today.meetings.title': 'My meetings',
  'today.meetings.empty':
    'Save meetings you like from Events and they will show here for quick access.',
  'today.meetings.action': 'Find a meeting',
  'error.title': 'Something went wrong',
  'error.notFound': 'This page does not exist.',
  'error.home': 'Go to Today',

  'lang.en': 'English',
  'lang.es': 'Español',
} as const;

export type CoreKey = keyof typeof en;

/**
 * The areas of messages that only their own screens use, each a chunk per language loaded on
 * demand: the one list of them. Their loaders come from the files themselves (translate.ts), so
 * an area is added by writing en/NAME.ts and es/NAME.ts and naming it here.
 */
export interface Areas {
  progress: typeof progress;
  events: typeof events;
  data: typeof data;
  plan: typeof plan;
  center: typeof center;
  measures: typeof measures;
  ics: typeof ics;
  session: typeof session;
  tags: typeof tags;
  history: typeof history;
  welcome: typeof welcome;
}
export type Namespace = keyof Areas;
type AreaCatalog = Areas[Namespace];

// keyof over each area (a conditional type distributes over the union), not over their union.
type AreaKey = AreaCatalog extends infer A ? (A extends object ? keyof A : never) : never;
export type MessageKey = CoreKey | AreaKey;

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Messages = Record<MessageKey, Message>;
export type CoreMessages = Record<CoreKey, Message>;

/** The English text of a key, as written (literal types, from `as const`). */
type EnglishOf<K extends MessageKey> = K extends CoreKey
  ? (typeof en)[K]
  : AreaCatalog extends infer A
    ? A extends { readonly [P in K]: infer M }
      ? M
      : never
    : never;

/** The {names} in a text: "Call {number}" gives "number". */
type NamesIn<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | NamesIn<Rest> : never;

/** The names a message takes: its placeholders, and `count` for a message with plural forms. */
type ParamNamesOf<M> = M extends string ? NamesIn<M> : NamesIn<M[keyof M]> | 'count';

/** Every key's parameter names, computed once (a lookup, not a recomputation, per call). */
type ParamNames = { [K in MessageKey]: ParamNamesOf<EnglishOf<K>> };

/**
 * A placeholder's value: a number (written in the language of the moment), words that are not
 * ours (a name, a file, the browser's own message), or a phrase of ours, said in the same language
 * as the message around it (a failure's cause).
 */
export type ParamValue = string | number | Phrase;

/**
 * What a call passes after the key: nothing for a plain message, else every placeholder by name
 * (a missing or misspelt one fails to compile). For a key that is only known as a union (a prop
 * typed MessageKey), each member's form is accepted.
 */
export type ParamsFor<K extends MessageKey> = K extends MessageKey
  ? [ParamNames[K]] extends [never]
    ? [params?: Record<string, never>]
    : [params: Record<ParamNames[K], ParamValue>]
  : never;

/** Keys with no placeholders, and keys whose one placeholder is {message} (what went wrong). */
export type PlainKey = {
  [K in MessageKey]: [ParamNames[K]] extends [never] ? K : never;
}[MessageKey];
export type FailureKey = {
  [K in MessageKey]: [ParamNames[K]] extends [never]
    ? never
    : [ParamNames[K]] extends ['message']
      ? K
      : never;
}[MessageKey];

/**
 * A message chosen now and translated when shown (a language switch then re-translates it): a
 * key with exactly the values its English text names. Plain keys and {message} keys are one
 * member each, so a key known only as one of them (a status line, a failure) still makes a
 * Phrase without a cast; every other key is its own member with its own names.
 */
export type Phrase<K extends MessageKey = MessageKey> =
  | { key: K & PlainKey; params?: undefined }
  | { key: K & FailureKey; params: { message: ParamValue } }
  | OtherPhrase<Exclude<K, PlainKey | FailureKey>>;
type OtherPhrase<K> = K extends MessageKey
  ? { key: K; params: Record<ParamNames[K], ParamValue> }
  : never;
