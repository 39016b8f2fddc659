import { describe, expect, it } from 'vitest';
import { withOwnWords } from './sessions';
import type { Session } from './types';

const evening: Session = {
  id: 's1',
  fromCenter: true,
  title: 'Evening IOP group',
  titles: { es: 'Grupo IOP de la tarde' },
  place: 'Recovery BLVD, Room 2',
  places: { es: 'Recovery BLVD, Sala 2' },
  kind: 'group',
  weekdays: [1, 2, 4],
  startDate: '2026-11-02',
  startTime: '18:00',
  endTime: '21:00',
  endsNextDay: false,
  timezone: 'America/Los_Angeles',
};

describe('a session the client edits', () => {
  it('keeps the center’s translations of what the client left as it was', () => {
    expect(withOwnWords(evening, { ...evening, notes: 'Bring the workbook' })).toEqual({
      ...evening,
      notes: 'Bring the workbook',
    });
  });

  it('drops the translation of a title or place the client rewrote, so theirs shows in Spanish', () => {
    const title = withOwnWords(evening, { ...evening, title: 'Mi grupo' });
    expect(title.titles).toBeUndefined();
    expect(title.places).toEqual(evening.places);
    const place = withOwnWords(evening, { ...evening, place: 'Mi casa' });
    expect(place.places).toBeUndefined();
    expect(place.titles).toEqual(evening.titles);
  });

  it('leaves a new session as typed', () => {
    const mine = { ...evening, fromCenter: false, titles: undefined, places: undefined };
    expect(withOwnWords(undefined, mine)).toEqual(mine);
  });
});
