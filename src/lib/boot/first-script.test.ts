import { describe, expect, it } from 'vitest';
import { chooseLanguage, mayHaveRecords, mustWait, showsSplash } from './first-script.js';

describe('chooseLanguage', () => {
  it('keeps a saved choice over the browser’s languages', () => {
    expect(chooseLanguage('es', ['en-US'])).toBe('es');
    expect(chooseLanguage('en', ['es-MX'])).toBe('en');
  });

  it('else takes the first of the browser’s languages the app speaks', () => {
    expect(chooseLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(chooseLanguage('de', ['EN-gb'])).toBe('en');
  });

  it('else English', () => {
    expect(chooseLanguage(null, ['fr', 'de'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });
});

describe('mayHaveRecords', () => {
  it('a remembered database, or a service worker serving the page', () => {
    expect(mayHaveRecords('1', undefined)).toBe(true);
    expect(mayHaveRecords(null, { controller: {} })).toBe(true);
  });

  it('a new phone: neither', () => {
    expect(mayHaveRecords(null, undefined)).toBe(false);
    expect(mayHaveRecords(null, { controller: null })).toBe(false);
    expect(mayHaveRecords('0', {})).toBe(false);
  });
});

describe('mustWait (the prerendered page held until the app has drawn)', () => {
  const newPhone = {
    language: 'en',
    isLocked: false,
    mayHaveRecords: false,
    welcome: 'done',
    path: '/progress',
  };

  it('a new English client sees a prerendered screen at once', () => {
    expect(mustWait(newPhone)).toBe(false);
    expect(mustWait({ ...newPhone, path: '/', welcome: 'done' })).toBe(false);
    // The welcome stands only in Today's place.
    expect(mustWait({ ...newPhone, welcome: null })).toBe(false);
  });

  it('holds for another language, the lock, or records coming', () => {
    expect(mustWait({ ...newPhone, language: 'es' })).toBe(true);
    expect(mustWait({ ...newPhone, isLocked: true })).toBe(true);
    expect(mustWait({ ...newPhone, mayHaveRecords: true })).toBe(true);
  });

  it('holds Today where the welcome is coming: a new phone paints the welcome first', () => {
    expect(mustWait({ ...newPhone, path: '/', welcome: null })).toBe(true);
    expect(mustWait({ ...newPhone, path: '/', welcome: 'program' })).toBe(true);
  });
});

describe('showsSplash (app.html’s welcome splash while a new phone’s Today is held)', () => {
  const newToday = {
    language: 'en',
    isLocked: false,
    mayHaveRecords: false,
    welcome: null,
    path: '/',
  };

  it('where the welcome is the only reason to wait, held and splashed', () => {
    expect(mustWait(newToday)).toBe(true);
    expect(showsSplash(newToday)).toBe(true);
    // A welcome left half-way comes back too.
    expect(showsSplash({ ...newToday, welcome: 'program' })).toBe(true);
    // In Spanish too: app.html holds the splash in both languages.
    expect(showsSplash({ ...newToday, language: 'es' })).toBe(true);
  });

  it('never where another reason holds the page, nor where no welcome comes', () => {
    // A language app.html has no words for (chooseLanguage never answers one).
    expect(showsSplash({ ...newToday, language: 'fr' })).toBe(false);
    expect(showsSplash({ ...newToday, isLocked: true })).toBe(false);
    expect(showsSplash({ ...newToday, mayHaveRecords: true })).toBe(false);
    expect(showsSplash({ ...newToday, welcome: 'done' })).toBe(false);
    expect(showsSplash({ ...newToday, path: '/progress' })).toBe(false);
    // Those still hold the page (held plainly, as before), except where nothing needs holding.
    expect(mustWait({ ...newToday, language: 'es' })).toBe(true);
    expect(mustWait({ ...newToday, isLocked: true })).toBe(true);
    expect(mustWait({ ...newToday, welcome: 'done' })).toBe(false);
  });
});
