import { describe, expect, it } from 'vitest';
import { zoneName } from './time-zones';

describe('zoneName', () => {
  it('names Oregon’s zones as people say them, in both languages', () => {
    expect(zoneName('America/Los_Angeles', 'en')).toBe('Pacific time');
    expect(zoneName('America/Los_Angeles', 'es')).toBe('hora del Pacífico');
    expect(zoneName('America/Boise', 'en')).toBe('Mountain time');
    expect(zoneName('America/Boise', 'es')).toBe('hora de la Montaña');
  });

  it('tells apart zones with the same name in a list', () => {
    const long = ['America/Boise', 'America/Denver', 'America/Phoenix'].map((z) =>
      zoneName(z, 'en', true),
    );
    expect(new Set(long).size).toBe(3);
    expect(zoneName('America/Los_Angeles', 'es', true)).toBe('hora del Pacífico');
  });

  it('never shows an IANA id or a seasonal "Standard"/"Daylight" name for a known zone', () => {
    for (const zone of ['America/Los_Angeles', 'America/Chicago', 'America/New_York']) {
      for (const lang of ['en', 'es'] as const) {
        const name = zoneName(zone, lang);
        expect(name).not.toMatch(/\/|Standard|Daylight|estándar|verano/);
        expect(`Times are in ${name}.`).not.toMatch(/time time/i);
      }
    }
  });

  it('falls back to a generic name, then to the id for an unknown zone', () => {
    expect(zoneName('Europe/Madrid', 'en')).not.toMatch(/\//);
    expect(zoneName('Not/A_Zone', 'en')).toBe('Not/A_Zone');
  });
});
