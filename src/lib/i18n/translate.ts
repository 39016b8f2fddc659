import { en, type Message, type MessageKey, type Messages } from './en';
import { es } from './es';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export type Params = Record<string, string | number>;

export const catalogs: Record<Locale, Messages> = { en, es };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that the app speaks, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(locale: Locale, message: Exclude<Message, string>, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

/** Looks up a message and fills {placeholders}; plural messages choose their form by {count}. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const message = catalogs[locale][key];
  const text =
    typeof message === 'string' ? message : pluralForm(locale, message, Number(params.count ?? 0));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
