import type { Band, Score } from '$lib/domain/measures/scoring';
import { locale, t } from '$lib/i18n/locale.svelte';
import { localeTag } from '$lib/i18n/locale-tag';

export const bandName = (band: Band) => t(`measures.band.${band}`);

/** "Total 12 · Moderate", or "Not finished: 2 unanswered, so no total". */
export function scoreText(score: Score): string {
  return score.isComplete
    ? `${t('measures.total', { total: score.total })} · ${bandName(score.band)}`
    : t('measures.incomplete', { count: score.missing.length });
}

/** "3 and 8" / "3 y 8", "PHQ-9 and GAD-7": a list in the client's language. */
export function listText(items: readonly (string | number)[]): string {
  return new Intl.ListFormat(localeTag(locale.current), { type: 'conjunction' }).format(
    items.map(String),
  );
}
