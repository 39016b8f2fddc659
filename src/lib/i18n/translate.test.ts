import { describe, expect, it } from 'vitest';
import { en as enCore, type MessageKey } from './en';
import { data as enData } from './en/data';
import { events as enEvents } from './en/events';
import { center as enCenter } from './en/center';
import { ics as enIcs } from './en/ics';
import { session as enSession } from './en/session';
import { tags as enTags } from './en/tags';
import { history as enHistory } from './en/history';
import { measures as enMeasures } from './en/measures';
import { plan as enPlan } from './en/plan';
import { progress as enProgress } from './en/progress';
import { welcome as enWelcome } from './en/welcome';
import { es as esCore } from './es';
import { data as esData } from './es/data';
import { events as esEvents } from './es/events';
import { center as esCenter } from './es/center';
import { ics as esIcs } from './es/ics';
import { session as esSession } from './es/session';
import { tags as esTags } from './es/tags';
import { history as esHistory } from './es/history';
import { measures as esMeasures } from './es/measures';
import { plan as esPlan } from './es/plan';
import { progress as esProgress } from './es/progress';
import { welcome as esWelcome } from './es/welcome';
import type { Namespace } from './en';
import { isBuiltInKey } from '$lib/domain/tags';
import {
  loadCatalog,
  loadNamespaces,
  pickLocale,
  translate,
  translatePhrase,
  type Phrase,
} from './translate';

// Every message: the core catalog and the areas loaded by their own screens.
const en = {
  ...enCore,
  ...enProgress,
  ...enEvents,
  ...enData,
  ...enPlan,
  ...enCenter,
  ...enMeasures,
  ...enIcs,
  ...enSession,
  ...enTags,
  ...enHistory,
  ...enWelcome,
};
const es = {
  ...esCore,
  ...esProgress,
  ...esEvents,
  ...esData,
  ...esPlan,
  ...esCenter,
  ...esMeasures,
  ...esIcs,
  ...esSession,
  ...esTags,
  ...esHistory,
  ...esWelcome,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (message: unknown) =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);

describe('message catalogs', () => {
  const keys = Object.keys(en) as MessageKey[];

  it('Spanish has exactly the English keys', () => {
    expect(Object.keys(es).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s is filled in and uses the same placeholders in both languages', (key) => {
    const english = texts(en[key]);
    const spanish = texts(es[key]);
    for (const text of [...english, ...spanish]) expect(text.trim()).not.toBe('');
    const expected = placeholders(english.join(' '));
    expect(placeholders(spanish.join(' '))).toEqual(expected);
  });
});

describe('translate', () => {
  it('shows the key, not nothing, before a language is loaded', () => {
    expect(translate('es', 'help.open')).toBe('help.open');
    expect(translate('en', 'help.open')).toBe('Get help now');
  });

  it('loads each language on demand', async () => {
    await loadCatalog('en');
    await loadCatalog('es');
    expect(translate('es', 'help.open')).toBe('Pedir ayuda ahora');
  });

  it('loads a screen’s area of messages when asked, in each language', async () => {
    expect(translate('en', 'progress.title')).toBe('progress.title');
    await loadNamespaces('en', ['progress']);
    await loadNamespaces('es', ['progress']);
    expect(translate('en', 'progress.title')).toBe('Progress');
    expect(translate('es', 'progress.title')).toBe('Progreso');
  });

  it('keeps the core catalog free of the per-screen areas', () => {
    const core = new Set(Object.keys(enCore));
    for (const key of [
      ...Object.keys(enProgress),
      ...Object.keys(enEvents),
      ...Object.keys(enData),
    ]) {
      expect(core.has(key), key).toBe(false);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'help.call', { number: '988' })).toBe('Call 988');
    expect(translate('es', 'help.call', { number: '988' })).toBe('Llamar al 988');
    // @ts-expect-error -- the compiler asks for {number}; at run time the gap stays visible
    expect(translate('en', 'help.call')).toBe('Call {number}');
  });

  it('chooses plural forms per language', () => {
    expect(translate('en', 'today.checkIn.done', { count: 1 })).toBe('You checked in once today.');
    expect(translate('en', 'today.checkIn.done', { count: 3 })).toBe(
      'You checked in 3 times today.',
    );
    expect(translate('es', 'today.checkIn.done', { count: 2 })).toBe('Hizo 2 registros hoy.');
  });

  it('starts a sentence with a capital when a phrase opens it, in both languages', async () => {
    await loadNamespaces('en', ['progress']);
    await loadNamespaces('es', ['progress']);
    const celebrate = (locale: 'en' | 'es') =>
      translate(locale, 'progress.celebrate', {
        milestone: translate(locale, 'progress.milestone.14'),
      });
    expect(celebrate('en')).toBe('Two weeks in treatment. That is real work, and it counts.');
    expect(celebrate('es')).toMatch(/^Dos semanas en tratamiento\./);
    // Inside a sentence the phrase keeps its own case.
    expect(
      translate('en', 'progress.days.nextMilestone', {
        milestone: translate('en', 'progress.milestone.14'),
      }),
    ).toBe('Next milestone: two weeks.');
  });

  it('never doubles a period when a value ends a sentence with its own (“p.m..”)', () => {
    const time = new Intl.DateTimeFormat('es-US', { hour: 'numeric', minute: '2-digit' }).format(
      new Date(2026, 11, 7, 18, 0),
    );
    expect(time.endsWith('.')).toBe(true); // es-US writes "6:00 p.m."
    const reminder = translate('es', 'reminder.saved', { time });
    expect(reminder).toBe(`Recordatorio a las ${time}`);
    expect(reminder).not.toMatch(/\.\.$/);
    // A period inside the sentence stays: only the one before the sentence's own is taken.
    expect(translate('es', 'help.call', { number: 'p.m.' })).toBe('Llamar al p.m.');
  });

  it('does not treat parameter values as templates', () => {
    expect(translate('en', 'help.call', { number: '{number}<b>' })).toBe('Call {number}<b>');
  });
});

describe('pickLocale', () => {
  it('takes the first supported language, ignoring region and case', () => {
    expect(pickLocale(['fr-FR', 'ES-mx', 'en'])).toBe('es');
    expect(pickLocale(['en-US', 'es'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['de'])).toBe('en');
  });
});

describe('the compiler checks keys and values', () => {
  // These lines are checked by `npm run check` (svelte-check runs tsc over tests): each
  // expect-error directive fails the check if the line below it ever compiles. At run time they show
  // what the app does when such a call slips through anyway.
  it('refuses a key that does not exist', () => {
    // @ts-expect-error -- a typo in a key
    expect(translate('en', 'help.cal', { number: '988' })).toBe('help.cal');
  });

  it('asks for every {placeholder} by name', () => {
    // @ts-expect-error -- {number} missing
    expect(translate('en', 'help.call', {})).toBe('Call {number}');
    // @ts-expect-error -- {number} misspelt
    expect(translate('en', 'help.call', { numbr: '988' })).toBe('Call {number}');
    expect(translate('en', 'help.call', { number: '988' })).toBe('Call 988');
  });

  it('asks a plural message for its count, and a plain one for nothing', () => {
    // @ts-expect-error -- a plural message chooses its form by count
    expect(translate('en', 'today.reminders')).toBe('{count} reminders');
    // @ts-expect-error -- this message names no values
    expect(translate('en', 'help.open', { number: 1 })).toBe('Get help now');
    expect(translate('en', 'today.reminders', { count: 1 })).toBe('1 reminder');
  });

  it('checks keys built from a typed part, without a cast', () => {
    const moods = [1, 2, 3, 4, 5] as const;
    for (const mood of moods)
      expect(translate('en', `checkIn.mood.${mood}`)).not.toMatch(/^checkIn/);
    const mood = 6 as number;
    // @ts-expect-error -- a number that is not a mood has no message
    expect(translate('en', `checkIn.mood.${mood}`)).toBe('checkIn.mood.6');
  });

  it('holds a phrase with exactly its values, a failure’s cause as a phrase of its own', async () => {
    await loadCatalog('es');
    const failure: Phrase = { key: 'write.failed', params: { message: { key: 'write.full' } } };
    // The cause is said in the sentence's language, wherever it sits in it.
    expect(translatePhrase('en', failure)).toBe(
      'That did not go through: this phone is out of storage space; free up some space first. Nothing was changed; please try again.',
    );
    expect(translatePhrase('es', failure)).toMatch(
      /^No se pudo hacer: este teléfono no tiene espacio libre; libere un poco de espacio primero\. No cambió nada/,
    );
    // Words not ours (the browser's) stay as they are.
    expect(translatePhrase('en', { key: 'write.failed', params: { message: 'Disk I/O' } })).toMatch(
      /^That did not go through: Disk I\/O\./,
    );
    // @ts-expect-error -- a failure's sentence needs its {message}
    const noCause: Phrase = { key: 'write.failed' };
    // @ts-expect-error -- a plain message takes no values
    const extra: Phrase = { key: 'help.open', params: { message: 'x' } };
    // @ts-expect-error -- {number} is not {message}
    const wrong: Phrase = { key: 'help.call', params: { message: '988' } };
    expect([noCause, extra, wrong].map((phrase) => phrase.key)).toEqual([
      'write.failed',
      'help.open',
      'help.call',
    ]);
  });

  it('trusts a stored tag’s built-in name only when the app has words for it', () => {
    expect(isBuiltInKey('tag.tired')).toBe(true);
    expect(isBuiltInKey('toString')).toBe(false);
    expect(isBuiltInKey('backup.error.values')).toBe(false);
    expect(isBuiltInKey(undefined)).toBe(false);
  });
});

describe('areas of messages, listed once', () => {
  // The compiler checks this list against en.ts's Areas (a missing or extra name fails).
  const areas = Object.keys({
    progress: 0,
    events: 0,
    data: 0,
    plan: 0,
    center: 0,
    measures: 0,
    ics: 0,
    session: 0,
    tags: 0,
    history: 0,
    welcome: 0,
  } satisfies Record<Namespace, 0>) as Namespace[];

  it.each(areas)('loads %s from its own file in each language', async (area) => {
    await expect(loadNamespaces('en', [area])).resolves.toBeUndefined();
    await expect(loadNamespaces('es', [area])).resolves.toBeUndefined();
  });

  it('has a file in each language for every area, and no stray one', () => {
    const names = (files: Record<string, unknown>, dir: string) =>
      Object.keys(files)
        .map((file) => file.slice(dir.length + 3, -'.ts'.length))
        .filter((name) => !['checkIn', 'schedule', 'shell'].includes(name))
        .sort();
    const english = names(import.meta.glob('./en/*.ts'), 'en');
    const spanish = names(import.meta.glob('./es/*.ts'), 'es');
    expect(english).toEqual([...areas].sort());
    expect(spanish).toEqual([...areas].sort());
  });
});
