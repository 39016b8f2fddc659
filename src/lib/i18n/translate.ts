import { en, type Message, type MessageKey, type Messages } from './en';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export type Params = Record<string, string | number>;

// English ships in the initial bundle (one less round trip before first paint); every other
// language is its own chunk, downloaded only by phones that show it.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  es: () => import('./es').then((m) => m.es),
};
const catalogs: Partial<Record<Locale, Messages>> = { en };

/** Loads a language's messages; call (and await) before showing anything in that language. */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (locale !== 'en') catalogs[locale] ??= await loaders[locale]();
}

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

/**
 * Looks up a message and fills {placeholders}; plural messages choose their form by {count}.
 * A language that is not loaded yet shows the key (never an empty screen).
 */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const message = catalogs[locale]?.[key];
  if (message === undefined) return key;
  const text =
    typeof message === 'string' ? message : pluralForm(locale, message, Number(params.count ?? 0));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
