/** The languages the app speaks. */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

/**
 * The one tag each language formats numbers, dates and times with (Spanish as spoken in the US:
 * "6:00 p.m.", "10,000"). A module of its own, with nothing in it, so the domain can use it too.
 */
const tags = { en: 'en-US', es: 'es-US' } as const satisfies Record<Locale, string>;

export function localeTag(locale: Locale): (typeof tags)[Locale] {
  return tags[locale];
}
