import { describe, expect, it } from 'vitest';
import { isTranslations } from './center/program';
import { inLanguage, titledIn, TRANSLATION_MAX } from './translations';

describe('the center’s words in the client’s language', () => {
  it('uses the Spanish where given, the default otherwise', () => {
    const titles = { es: '  Grupo IOP de la tarde ' };
    expect(inLanguage('Evening IOP group', titles, 'es')).toBe('Grupo IOP de la tarde');
    expect(inLanguage('Evening IOP group', titles, 'en')).toBe('Evening IOP group');
    expect(inLanguage('Evening IOP group', undefined, 'es')).toBe('Evening IOP group');
    expect(inLanguage('Evening IOP group', {}, 'es')).toBe('Evening IOP group');
  });

  it('falls back to the default for a translation that is no usable text', () => {
    for (const es of ['', '   ', 5, null, ['Grupo'], 'x'.repeat(TRANSLATION_MAX + 1)]) {
      const bad = { es } as unknown as { es?: string };
      expect(inLanguage('Family education', bad, 'es')).toBe('Family education');
      expect(isTranslations(bad)).toBe(false);
    }
    expect(isTranslations(undefined)).toBe(true);
    expect(isTranslations({ es: 'Familia' })).toBe(true);
    expect(isTranslations({ fr: 'Famille' })).toBe(false);
    expect(isTranslations('Familia')).toBe(false);
  });

  it('titles a session in the language, leaving the stored one untouched', () => {
    const session = { title: 'Day IOP group', titles: { es: 'Grupo IOP de día' } };
    expect(titledIn(session, 'es').title).toBe('Grupo IOP de día');
    expect(titledIn(session, 'en')).toBe(session);
    expect(session.title).toBe('Day IOP group');
  });

  it('puts a session’s place in the language too, and leaves a session without one without one', () => {
    const session = {
      title: 'Evening IOP group',
      place: 'Recovery BLVD, Room 2',
      places: { es: 'Recovery BLVD, Sala 2' },
    };
    expect(titledIn(session, 'es')).toMatchObject({
      title: 'Evening IOP group',
      place: 'Recovery BLVD, Sala 2',
    });
    expect(titledIn(session, 'en').place).toBe('Recovery BLVD, Room 2');
    expect(titledIn({ title: 'Check-in', places: { es: 'Sala 2' } }, 'es')).not.toHaveProperty(
      'place',
    );
  });
});
