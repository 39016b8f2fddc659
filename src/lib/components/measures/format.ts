import type { Band } from '$lib/domain/measures/scoring';
import type { Score } from '$lib/domain/measures/scoring';
import type { LocalDate } from '$lib/domain/types';
import type { MessageKey } from '$lib/i18n/en';
import { formatDate, locale, t } from '$lib/i18n/locale.svelte';

/** A local date as the client reads it (noon, so no timezone can move it a day). */
export const dayLabel = (date: LocalDate) =>
  formatDate(new Date(`${date}T12:00:00`), { dateStyle: 'medium' });

export const bandName = (band: Band) => t(`measures.band.${band}` as MessageKey);

/** "Total 12 · Moderate", or "Not finished: 2 unanswered, so no total". */
export function scoreText(score: Score): string {
  return score.isComplete
    ? `${t('measures.total', { total: score.total })} · ${bandName(score.band)}`
    : t('measures.incomplete', { count: score.missing.length });
}

/** "3 and 8" / "3 y 8": item numbers in the client's language. */
export function itemList(items: readonly number[]): string {
  const tag = locale.current === 'es' ? 'es-US' : 'en-US';
  return new Intl.ListFormat(tag, { type: 'conjunction' }).format(items.map(String));
}
