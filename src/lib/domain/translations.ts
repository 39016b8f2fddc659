/**
 * The center's own words in another language than its default (English): a session title or a
 * group name or a place the center's program gives per language (SUMMARY;LANGUAGE=es). Optional; whatever
 * is missing or not a usable text falls back to the default. Its own small module: Today's
 * schedule reads it, and nothing else of the center's program belongs in Today's first load
 * (the check of stored translations, isTranslations, lives in center/program.ts).
 */
export type Translations = { es?: string };

/** The longest translated title or name kept (as an imported session's title). */
export const TRANSLATION_MAX = 200;

/** Whether a translation is usable: a short, non-blank text. */
export function isTranslation(value: unknown): value is string {
  return typeof value === 'string' && !!value.trim() && value.length <= TRANSLATION_MAX;
}

/** The words in `language`: the translation where one is given and usable, else the default. */
export function inLanguage(
  text: string,
  translations: Translations | undefined,
  language: string,
): string {
  const translated = language === 'es' ? translations?.es : undefined;
  return isTranslation(translated) ? translated.trim() : text;
}

/** A session (or event) with its title and place in `language`. */
export function titledIn<
  T extends { title: string; titles?: Translations; place?: string; places?: Translations },
>(item: T, language: string): T {
  return (item.titles || item.places) && language !== 'en'
    ? {
        ...item,
        title: inLanguage(item.title, item.titles, language),
        ...(item.place ? { place: inLanguage(item.place, item.places, language) } : {}),
      }
    : item;
}
