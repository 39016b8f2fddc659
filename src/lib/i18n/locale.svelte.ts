import {
  loadCatalog,
  localeTag,
  loadNamespaces,
  numberText,
  translate,
  type Locale,
  type MessageKey,
  type Namespace,
  type ParamsFor,
} from './translate';
import { chooseLanguage } from '$lib/boot/first-script.js';

const STORAGE_KEY = 'locale';

/**
 * The app's language. Kept in localStorage (not IndexedDB) because it must be known before the
 * first paint and says nothing about the client's health.
 */
class LocaleState {
  current = $state<Locale>('en');
  // Bumped when messages arrive, so text already on screen re-renders with them.
  revision = $state(0);
  #needed = new Set<Namespace>();

  /** Loads message areas a screen needs, in the current language (and remembers them). */
  async need(names: readonly Namespace[]): Promise<void> {
    for (const name of names) this.#needed.add(name);
    await loadNamespaces(this.current, names);
    this.revision += 1;
  }

  /** Reads the saved choice, else the browser's languages, and loads it. Await before rendering. */
  async init(): Promise<void> {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage can be blocked (private modes); the browser's languages still decide.
    }
    // The same choice as app.html's first script (src/lib/boot), which hides a prerendered
    // English page from a Spanish speaker.
    await this.apply(chooseLanguage(saved, navigator.languages ?? [navigator.language]));
  }

  async set(locale: Locale): Promise<void> {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Not saved for next time, but the switch still applies now.
    }
    await this.apply(locale);
  }

  private async apply(locale: Locale): Promise<void> {
    await loadCatalog(locale);
    await loadNamespaces(locale, [...this.#needed]);
    this.current = locale;
    document.documentElement.lang = locale;
  }
}

export const locale = new LocaleState();

/** Translates in the current language; reading locale.current makes callers re-render on a switch. */
export function t<K extends MessageKey>(key: K, ...params: ParamsFor<K>): string {
  void locale.revision;
  return translate(locale.current, key, ...params);
}

// Building an Intl formatter costs far more than using one; screens format hundreds of dates.
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, never rendered
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date in the current language. */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  const tag = localeTag(locale.current);
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/**
 * A local calendar date (YYYY-MM-DD) as the client reads it, "Nov 28, 2026" by default. Read at
 * noon local time, so no timezone or DST change can move it to another day.
 */
export function formatDay(
  date: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- formatted at once, never state
  return formatDate(new Date(`${date}T12:00:00`), options);
}

/** Formats a number in the current language ("10,000", "1.5"). */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return numberText(locale.current, value, maximumFractionDigits);
}

/** Hours from minutes, for "12.5 h". */
export function formatHours(minutes: number): string {
  return formatNumber(minutes / 60);
}
