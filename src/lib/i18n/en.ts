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
  'app.offlineReady': 'The app is ready to work offline.',
  'app.dbBlocked':
    'The app was updated in another tab. Reload to continue; nothing you saved is lost.',
  'app.dbBlocked.reload': 'Reload to continue',
  'app.dbError': 'This phone’s storage could not be opened: {message}',
  'app.dismiss': 'Dismiss',

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
  'today.checkIn.action': 'Check in now',
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
  'today.firstSteps': 'Getting started',

  'error.title': 'Something went wrong',
  'error.notFound': 'This page does not exist.',
  'error.home': 'Go to Today',

  'lang.en': 'English',
  'lang.es': 'Español',
} as const;

export type CoreKey = keyof typeof en;
export type MessageKey =
  | CoreKey
  | keyof typeof progress
  | keyof typeof events
  | keyof typeof data
  | keyof typeof plan
  | keyof typeof center
  | keyof typeof measures
  | keyof typeof ics
  | keyof typeof session
  | keyof typeof tags
  | keyof typeof history
  | keyof typeof welcome;
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Messages = Record<MessageKey, Message>;
export type CoreMessages = Record<CoreKey, Message>;
