import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, locale, t } from './locale.svelte';
import { formatTime, formatTimeRange, weekdayName } from './format';
import { localeTag } from './locale-tag';
import { loadCatalog } from './translate';

afterEach(() => {
  locale.current = 'en';
});

describe('one way to write numbers and times per language', () => {
  it('has one tag per language, Spanish as spoken in the US', () => {
    expect(localeTag('en')).toBe('en-US');
    expect(localeTag('es')).toBe('es-US');
  });

  it('writes a time of day in 12-hour form in English, as es-US does in Spanish', async () => {
    await loadCatalog('es');
    const lateEvening = 23 * 60 + 5;
    expect(formatTime(lateEvening)).toMatch(/^11:05\sPM$/);
    expect(formatTime(new Date(2026, 11, 7, 23, 5))).toBe(formatTime(lateEvening));
    locale.current = 'es';
    const spanish = formatTime(lateEvening);
    expect(spanish).toBe(
      new Intl.DateTimeFormat('es-US', { hour: 'numeric', minute: '2-digit' }).format(
        new Date(2026, 11, 7, 23, 5),
      ),
    );
    expect(spanish).not.toMatch(/23:05/);
  });

  it('writes a range of times one way per language: the shared half once, both halves when they differ', async () => {
    await loadCatalog('es');
    expect(formatTimeRange(18 * 60, 21 * 60)).toMatch(/^6:00\s?–\s?9:00\sPM$/);
    expect(formatTimeRange(9 * 60, 12 * 60)).toMatch(/^9:00\sAM\s?–\s?12:00\sPM$/);
    // Past midnight: two whole times, never dates.
    expect(formatTimeRange(22 * 60 + 30, 30)).toMatch(/^10:30\sPM – 12:30\sAM$/);
    locale.current = 'es';
    const spanish = formatTimeRange(18 * 60, 21 * 60);
    expect(spanish).toMatch(/^6:00\s?–\s?9:00\sp\.\s?m\.$/);
    expect(spanish).not.toMatch(/PM|18:00/);
  });

  it('never writes "p.m.." when a Spanish time ends a sentence', async () => {
    await loadCatalog('es');
    locale.current = 'es';
    const text = t('reminder.saved', { time: formatTime(18 * 60) });
    expect(text).toMatch(/p\.\s?m\.$/);
    expect(text).not.toMatch(/\.\.$/);
  });

  it('groups numbers in the app’s language, in formatters and in messages', async () => {
    await loadCatalog('es');
    expect(formatNumber(10000)).toBe('10,000');
    expect(t('checkIn.note.count', { count: 10000, max: 12000 })).toBe(
      '10,000 of 12,000 characters',
    );
    locale.current = 'es';
    expect(t('checkIn.note.count', { count: 10000, max: 12000 })).toBe(
      '10,000 de 12,000 caracteres',
    );
    expect(formatNumber(2.5)).toBe(new Intl.NumberFormat('es-US').format(2.5));
  });

  it('names weekdays from their number, and shows a stored number out of range as itself', async () => {
    expect(weekdayName(0)).toBe('Sunday');
    expect(weekdayName(6)).toBe('Saturday');
    expect(weekdayName(9)).toBe('9');
    await loadCatalog('es');
    locale.current = 'es';
    expect(weekdayName(1)).toBe('lunes');
  });
});
