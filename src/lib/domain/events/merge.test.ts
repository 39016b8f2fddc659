import { describe, expect, it } from 'vitest';
import type { RecoveryEvent } from '../types';
import { meetingKey, mergeDuplicates } from './merge';

const meeting = (sourceId: string, slug: string, over: Partial<RecoveryEvent> = {}) =>
  ({
    id: `${sourceId}:${slug}`,
    sourceId,
    slug,
    name: 'Serenity Now',
    days: [2],
    time: '19:00',
    endTime: '20:00',
    timezone: 'America/Los_Angeles',
    types: ['O'],
    program: 'AA',
    attendance: 'inPerson',
    isTemporarilyClosed: false,
    address: '100 SE Example Ave, Portland, OR 97214, USA',
    ...over,
  }) satisfies RecoveryEvent;

describe('mergeDuplicates', () => {
  it('shows the same meeting from two sources once, naming both', () => {
    const { events, mergedBySource } = mergeDuplicates([
      meeting('pdx', 'serenity'),
      meeting('westside', 'serenity-now', {
        name: 'SERENITY  NOW!',
        address: '100 S.E. Example Ave., Portland OR 97214',
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: 'pdx:serenity', alsoListedBy: ['westside'] });
    expect(mergedBySource).toEqual({ westside: 1 });
  });

  it('keeps meetings apart when the name, day, time or address differ', () => {
    const { events } = mergeDuplicates([
      meeting('pdx', 'a'),
      meeting('westside', 'b', { name: 'Serenity Later' }),
      meeting('westside', 'c', { days: [3] }),
      meeting('westside', 'd', { time: '19:30' }),
      meeting('westside', 'e', { address: '200 SE Example Ave, Portland, OR 97214' }),
    ]);
    expect(events.map((e) => e.id)).toEqual([
      'pdx:a',
      'westside:b',
      'westside:c',
      'westside:d',
      'westside:e',
    ]);
    expect(events[0]!.alsoListedBy).toBeUndefined();
  });

  it('keeps different meetings that share a slug, and never merges within one source', () => {
    const { events } = mergeDuplicates([
      meeting('pdx', 'same-slug'),
      meeting('na', 'same-slug', { name: 'Another Meeting' }),
      meeting('pdx', 'twin'),
    ]);
    expect(events.map((e) => e.id)).toEqual(['pdx:same-slug', 'na:same-slug', 'pdx:twin']);
  });

  it('matches per weekday: a listing keeps the days the first source lacks', () => {
    const { events } = mergeDuplicates([
      meeting('pdx', 'weekly', { days: [1, 3] }),
      meeting('westside', 'weekly', { days: [1, 3, 5] }),
    ]);
    expect(events.map((e) => [e.id, e.days, e.alsoListedBy])).toEqual([
      ['pdx:weekly', [1, 3], ['westside']],
      ['westside:weekly', [5], undefined],
    ]);
  });

  it('names a third source once, and leaves the input untouched', () => {
    const input = [
      meeting('a', 'x'),
      meeting('b', 'x'),
      meeting('c', 'x'),
      meeting('b', 'y', { name: 'Other' }),
    ];
    const { events } = mergeDuplicates(input);
    expect(events).toHaveLength(2);
    expect(events[0]!.alsoListedBy).toEqual(['b', 'c']);
    expect(input[0]!.alsoListedBy).toBeUndefined();
  });

  it('never merges one-off events', () => {
    const once = meeting('center', 'workshop', { date: '2026-12-03', days: [] });
    const { events } = mergeDuplicates([
      once,
      { ...once, id: 'other:workshop', sourceId: 'other' },
    ]);
    expect(events).toHaveLength(2);
  });

  it('builds the key from folded text', () => {
    expect(meetingKey(meeting('a', 'x', { name: 'Café  Serenidad' }), 2)).toBe(
      meetingKey(meeting('b', 'y', { name: 'cafe serenidad.' }), 2),
    );
  });
});
