import { describe, expect, it } from 'vitest';
import { filterCheckIns, groupByDay } from './history';
import type { CheckIn } from './types';

const c = (id: string, at: number, date: string, note?: string, triggerIds: string[] = []) =>
  ({
    id,
    at,
    date,
    mood: 3,
    craving: 2,
    triggerIds,
    copingIds: [],
    ...(note ? { note } : {}),
    createdAt: at,
    updatedAt: at,
  }) satisfies CheckIn;

describe('groupByDay', () => {
  it('groups by local date, newest day and newest entry first', () => {
    const days = groupByDay([
      c('a', 1, '2026-11-25'),
      c('b', 3, '2026-11-26'),
      c('c', 2, '2026-11-26'),
      c('d', 4, '2026-11-27'),
    ]);
    expect(days.map((d) => [d.date, d.checkIns.map((x) => x.id)])).toEqual([
      ['2026-11-27', ['d']],
      ['2026-11-26', ['b', 'c']],
      ['2026-11-25', ['a']],
    ]);
  });

  it('has no days without check-ins', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('filterCheckIns', () => {
  const list = [
    c('a', 1, '2026-11-25', 'Talked to my sponsor after group', ['lonely']),
    c('b', 2, '2026-11-26', 'Canción en la radio, recordé todo', ['places']),
    c('c', 3, '2026-11-27', undefined, ['lonely']),
  ];

  it('finds words in notes regardless of case, accents and order', () => {
    expect(filterCheckIns(list, { query: 'GROUP sponsor' }).map((x) => x.id)).toEqual(['a']);
    expect(filterCheckIns(list, { query: 'cancion' }).map((x) => x.id)).toEqual(['b']);
    expect(filterCheckIns(list, { query: 'sponsor radio' })).toEqual([]);
  });

  it('filters by trigger, alone or with a search', () => {
    expect(filterCheckIns(list, { triggerId: 'lonely' }).map((x) => x.id)).toEqual(['a', 'c']);
    expect(
      filterCheckIns(list, { triggerId: 'lonely', query: 'sponsor' }).map((x) => x.id),
    ).toEqual(['a']);
  });

  it('treats markup in a search as plain words', () => {
    expect(filterCheckIns(list, { query: '<script>' })).toEqual([]);
  });
});
