import { en, type Message, type MessageKey } from './en';

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];
export type Params = Record<string, string | number>;

/** Areas whose messages only their own screens use: each a chunk per language, loaded on demand. */
export const namespaces = [
  'progress',
  'events',
  'data',
  'plan',
  'center',
  'measures',
  'ics',
  'session',
  'history',
  'tags',
  'welcome',
] as const;
export type Namespace = (typeof namespaces)[number];
type Catalog = Partial<Record<MessageKey, Message>>;

// English core ships in the initial bundle (one less round trip before first paint); Spanish
// and the per-screen areas are chunks, downloaded only by phones that show them.
const coreLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  es: () => import('./es').then((m) => m.es),
};
const namespaceLoaders: Record<Locale, Record<Namespace, () => Promise<Catalog>>> = {
  en: {
    progress: () => import('./en/progress').then((m) => m.progress),
    events: () => import('./en/events').then((m) => m.events),
    data: () => import('./en/data').then((m) => m.data),
    plan: () => import('./en/plan').then((m) => m.plan),
    center: () => import('./en/center').then((m) => m.center),
    measures: () => import('./en/measures').then((m) => m.measures),
    ics: () => import('./en/ics').then((m) => m.ics),
    session: () => import('./en/session').then((m) => m.session),
    tags: () => import('./en/tags').then((m) => m.tags),
    history: () => import('./en/history').then((m) => m.history),
    welcome: () => import('./en/welcome').then((m) => m.welcome),
  },
  es: {
    progress: () => import('./es/progress').then((m) => m.progress),
    events: () => import('./es/events').then((m) => m.events),
    data: () => import('./es/data').then((m) => m.data),
    plan: () => import('./es/plan').then((m) => m.plan),
    center: () => import('./es/center').then((m) => m.center),
    measures: () => import('./es/measures').then((m) => m.measures),
    ics: () => import('./es/ics').then((m) => m.ics),
    session: () => import('./es/session').then((m) => m.session),
    tags: () => import('./es/tags').then((m) => m.tags),
    history: () => import('./es/history').then((m) => m.history),
    welcome: () => import('./es/welcome').then((m) => m.welcome),
  },
};
const catalogs: Partial<Record<Locale, Catalog>> = { en };
const loaded: Record<Locale, Set<Namespace>> = { en: new Set(), es: new Set() };

/** Loads a language's core messages; call (and await) before showing anything in it. */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (locale !== 'en' && !catalogs[locale]) catalogs[locale] = await coreLoaders[locale]();
}

/**
 * English messages a prerendered screen brings with its own code (its +page.ts imports them), so
 * they come in the page's first wave of scripts instead of a round trip after it: the page is
 * prerendered in English, and a first visit draws its data in English with no wait.
 */
export function provideEnglish(name: Namespace, catalog: Catalog): void {
  if (loaded.en.has(name)) return;
  catalogs.en = { ...catalogs.en, ...catalog };
  loaded.en.add(name);
}

/** Loads areas of messages for a language (a screen's +page.ts awaits this before rendering). */
export async function loadNamespaces(locale: Locale, names: readonly Namespace[]): Promise<void> {
  await loadCatalog(locale);
  const missing = names.filter((name) => !loaded[locale].has(name));
  const parts = await Promise.all(missing.map((name) => namespaceLoaders[locale][name]()));
  catalogs[locale] = Object.assign({}, catalogs[locale], ...parts);
  for (const name of missing) loaded[locale].add(name);
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
  return text.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    if (!(name in params)) return whole;
    let value = String(params[name]);
    // A value that ends a sentence with its own period ("6:00 p.m.", "etc.") takes the
    // sentence's period: never "p.m..".
    if (value.endsWith('.') && text[offset + whole.length] === '.') value = value.slice(0, -1);
    // A phrase put at the start of a sentence starts with a capital ("Two weeks in treatment"),
    // in either language.
    return /^$|[.!?]\s+$/.test(text.slice(0, offset))
      ? value.charAt(0).toLocaleUpperCase(locale) + value.slice(1)
      : value;
  });
}
