import {
  en,
  type Message,
  type MessageKey,
  type Namespace,
  type ParamsFor,
  type ParamValue,
  type Phrase,
} from './en';

export type { MessageKey, Namespace, ParamsFor, Phrase } from './en';
import { locales, localeTag, type Locale } from './locale-tag';

export { locales, localeTag, type Locale };
export type Params = Record<string, ParamValue>;
type Catalog = Partial<Record<MessageKey, Message>>;

// English core ships in the initial bundle (one less round trip before first paint); Spanish
// and the per-screen areas are chunks, downloaded only by phones that show them.
const coreLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  es: () => import('./es').then((m) => m.es),
};

// An area's files are found by name (en/NAME.ts exporting NAME), so the list of areas is written
// once, in en.ts's Areas. Each file stays its own chunk (eager: false). The core files are in
// en.ts/es.ts's own bundle and are left out here, or each would be split from it.
type AreaModule = Record<string, Catalog>;
const areaFiles: Record<Locale, Record<string, () => Promise<AreaModule>>> = {
  en: import.meta.glob<AreaModule>(['./en/*.ts', '!./en/{checkIn,schedule,shell}.ts']),
  es: import.meta.glob<AreaModule>(['./es/*.ts', '!./es/{checkIn,schedule,shell}.ts']),
};

// Every area has its file in each language (translate.test.ts checks), so no message for a
// missing one is shipped to every phone.
async function loadArea(locale: Locale, name: Namespace): Promise<Catalog> {
  return (await areaFiles[locale][`./${locale}/${name}.ts`]?.())?.[name] ?? {};
}

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
 * Why messages still load two ways: components of the core (the help sheet's plan, Today's
 * measures due) need an area lazily, and a screen needs its own English in its first wave. One
 * way only would cost either Today's weight (static) or a round trip on each screen (lazy), so
 * server/preloads.ts lists what SvelteKit's walk misses when a file is met both ways.
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
  const parts = await Promise.all(missing.map((name) => loadArea(locale, name)));
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
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number written in a language ("10,000", "1.5"); messages write the numbers they are given so. */
export function numberText(locale: Locale, value: number, maximumFractionDigits = 1): string {
  const key = locale + maximumFractionDigits;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

function pluralForm(locale: Locale, message: Exclude<Message, string>, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(localeTag(locale));
    pluralRules.set(locale, rules);
  }
  return message[rules.select(count)] ?? message.other;
}

/**
 * Looks up a message and fills {placeholders}; plural messages choose their form by {count}.
 * A language that is not loaded yet shows the key (never an empty screen). The compiler checks
 * the key and that every placeholder is given (see ParamsFor).
 */
export function translate<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...[params]: ParamsFor<K>
): string {
  return fill(locale, key, params ?? {});
}

/** Translates a phrase held for later (a field's problem, a state's error). */
export function translatePhrase(locale: Locale, phrase: Phrase): string {
  return fill(locale, phrase.key, phrase.params ?? {});
}

// The one untyped door: callers above are checked; here a key is any key and values any values.
function fill(locale: Locale, key: MessageKey, params: Params): string {
  const message = catalogs[locale]?.[key];
  if (message === undefined) return key;
  const text =
    typeof message === 'string' ? message : pluralForm(locale, message, Number(params.count ?? 0));
  return text.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    if (!(name in params)) return whole;
    const given = params[name]!;
    // A phrase of ours (a failure's cause) is said in the same language as its sentence.
    let value =
      typeof given === 'number'
        ? numberText(locale, given)
        : typeof given === 'string'
          ? given
          : fill(locale, given.key, given.params ?? {});
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
