import { describe, expect, it } from 'vitest';
import { en as enCore, type Message } from './en';
import { center as enCenter } from './en/center';
import { data as enData } from './en/data';
import { events as enEvents } from './en/events';
import { history as enHistory } from './en/history';
import { ics as enIcs } from './en/ics';
import { measures as enMeasures } from './en/measures';
import { plan as enPlan } from './en/plan';
import { progress as enProgress } from './en/progress';
import { session as enSession } from './en/session';
import { tags as enTags } from './en/tags';
import { es as esCore } from './es';
import { center as esCenter } from './es/center';
import { data as esData } from './es/data';
import { events as esEvents } from './es/events';
import { history as esHistory } from './es/history';
import { ics as esIcs } from './es/ics';
import { measures as esMeasures } from './es/measures';
import { plan as esPlan } from './es/plan';
import { progress as esProgress } from './es/progress';
import { session as esSession } from './es/session';
import { tags as esTags } from './es/tags';
import { glossary, tuForms } from './glossary';

// The official Spanish PHQ-9 and GAD-7 live in src/lib/domain/measures/instruments.ts, word for
// word as published: not in these catalogs, so never rewritten by them.
const en: Record<string, Message> = {
  ...enCore,
  ...enCenter,
  ...enData,
  ...enEvents,
  ...enHistory,
  ...enIcs,
  ...enMeasures,
  ...enPlan,
  ...enProgress,
  ...enSession,
  ...enTags,
};
const es: Record<string, Message> = {
  ...esCore,
  ...esCenter,
  ...esData,
  ...esEvents,
  ...esHistory,
  ...esIcs,
  ...esMeasures,
  ...esPlan,
  ...esProgress,
  ...esSession,
  ...esTags,
};
const texts = (message: Message | undefined) =>
  message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message);
const spanish = Object.entries(es).flatMap(([key, message]) =>
  texts(message).map((text) => ({ key, text })),
);
const words = (text: string) =>
  text
    .replace(/\{\w+\}/g, ' ')
    .toLocaleLowerCase('es')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
const hasWord = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(text);

/** Names that stay as they are in Spanish: the program, services, instruments, fellowships. */
const PROPER_NAMES = [
  'Recovery BLVD',
  'BLVD',
  'Lines for Life',
  'SAMHSA',
  'PHQ-9',
  'GAD-7',
  'BAM',
  'IOP',
  'SMART',
  'AA',
  'NA',
  'PIN',
  'PDF',
  'iCalendar',
  'Meeting Guide',
  'BMLT',
  // The finder's search operator, typed as shown.
  'OR',
];
/** Keys whose value is rightly English: a language named in its own words. */
const ENGLISH_BY_DESIGN = new Set(['lang.en']);

/**
 * Common English words that are not Spanish words too ("no", "a", "me", "solo" are both, so
 * they are not here). One of them in a Spanish value is a string left untranslated.
 */
const ENGLISH = new Set(
  `the and you your yours of to with for is are was were be been this that these those it its
  will would can could should have had do does did not but or if then than when what which who
  how where why all any each every some more most other such only own same so too very just now
  here there about after again before from into over under up down out off on in at by as an my
  mine we our us they their them she his her check checked online offline meeting meetings
  session sessions group groups week weeks day days today tomorrow yesterday time times hour hours
  minute minutes target skip next save saved delete deleted open close cancel done back help settings
  schedule progress events event attended missed late excused example examples data pacific
  mountain standard please yes new add edit remove evening morning afternoon night family workshop
  orientation relapse prevention education craving cravings trigger triggers coping slip slips
  sponsor welcome start started people call text phone number markup test show hide list
  more less see view find search near nearby open closed speaker discussion newcomer wheelchair
  step study candlelight women men young literature meditation book big`
    .split(/\s+/)
    .filter(Boolean),
);

describe('Spanish catalogs: no English left', () => {
  it.each(spanish)('$key', ({ key, text }) => {
    if (ENGLISH_BY_DESIGN.has(key)) return;
    let rest = text;
    for (const name of PROPER_NAMES) rest = rest.split(name).join(' ');
    const english = words(rest).filter((word) => ENGLISH.has(word));
    expect(english, `${key}: "${text}"`).toEqual([]);
  });

  it('the check catches an English word, and lets a proper name through', () => {
    const leftovers = (text: string) => {
      let rest = text;
      for (const name of PROPER_NAMES) rest = rest.split(name).join(' ');
      return words(rest).filter((word) => ENGLISH.has(word));
    };
    expect(leftovers('Online En línea')).toEqual(['online']);
    expect(leftovers('Evening IOP group')).toEqual(['evening', 'group']);
    expect(leftovers('Llame a Lines for Life o a Recovery BLVD; PHQ-9, AA y NA.')).toEqual([]);
  });
});

describe('Spanish catalogs follow the glossary', () => {
  it.each(spanish)('$key uses "usted", never "tú"', ({ key, text }) => {
    const found = tuForms.filter((form) => hasWord(text, form));
    expect(found, `${key}: "${text}"`).toEqual([]);
  });

  const slip = glossary.find((term) => term.en === 'slip')!;
  const relapse = glossary.find((term) => term.en === 'relapse')!;
  const craving = glossary.find((term) => term.en === 'craving')!;

  it.each(Object.keys(en))('%s: each glossary term in the English has its Spanish', (key) => {
    const english = texts(en[key]).join(' ');
    const text = texts(es[key]).join(' ');
    for (const term of glossary) {
      if (!hasWord(english, term.en) && !hasWord(english, `${term.en}s`)) continue;
      // "coping" names a list of actions; the English may say it where the Spanish says what helped.
      const isUsed = term.esForms.some((form) =>
        text.toLocaleLowerCase('es').includes(form.toLocaleLowerCase('es')),
      );
      expect(isUsed, `${key}: "${english}" → "${text}" needs "${term.es}"`).toBe(true);
    }
    // "Recaída" only where the English says relapse: never for a slip.
    if (!hasWord(english, relapse.en)) {
      for (const word of slip.avoid) expect(hasWord(text, word), `${key}: "${text}"`).toBe(false);
    }
  });

  it.each(spanish)('$key avoids the words the glossary rules out', ({ key, text }) => {
    for (const term of glossary.filter((t) => t !== slip)) {
      for (const word of term.avoid) expect(hasWord(text, word), `${key}: "${text}"`).toBe(false);
    }
    expect(craving.avoid).toContain('antojo');
  });

  it('the checks catch the mistakes they are for', () => {
    expect(tuForms.filter((form) => hasWord('Puedes guardar tu registro.', form))).toEqual([
      'tu',
      'puedes',
    ]);
    expect(tuForms.filter((form) => hasWord('Puede guardar su registro.', form))).toEqual([]);
    expect(hasWord('Registrar una recaída', 'recaída')).toBe(true);
    expect(hasWord('Surfear el antojo', 'antojo')).toBe(true);
  });
});
