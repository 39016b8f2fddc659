/**
 * The standard questionnaires the app offers, in their exact published wording: the item texts
 * live here and only here, in English and in U.S. Spanish, never paraphrased and never in the
 * message catalogs (a translator must not "improve" them).
 *
 * Source: Patient Health Questionnaire (PHQ-9) and Generalized Anxiety Disorder scale (GAD-7),
 * developed by Drs. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues with an
 * educational grant from Pfizer Inc.; no permission is required to reproduce, translate, display
 * or distribute them (phqscreeners.com, "PHQ-9 / GAD-7, English for USA" and "Spanish for USA").
 *
 * PHQ-9, both languages, items, answers, question 10 and the credit line: compared code point by
 * code point with the publisher's forms (tests/fixtures/instruments/PHQ-9_*_Pfizer.txt, from
 * ../shared/instruments; the tests compare them again). GAD-7: no publisher copy has been found
 * (two commas differ between copies; no Spanish source), so `isGad7WordingConfirmed` stays false
 * and `npm run release:check` refuses to publish until someone compares it with the publisher's
 * files.
 *
 * The Brief Addiction Monitor has its own module (bam.ts): English only, in the VA's wording.
 */
import type { Locale } from '$lib/i18n/translate';

/** The questionnaires scored as one total (PHQ-9, GAD-7). */
export type InstrumentId = 'phq9' | 'gad7';
export const INSTRUMENT_IDS: readonly InstrumentId[] = ['phq9', 'gad7'];
/** Every measure the app offers: the totals, and the BAM (three groups, no total; bam.ts). */
export type MeasureId = InstrumentId | 'bam';
export const MEASURE_IDS: readonly MeasureId[] = ['phq9', 'gad7', 'bam'];

export type Text = Record<Locale, string>;

export interface Instrument {
  id: InstrumentId;
  /** The instrument's own name, the same in both languages. */
  name: string;
  /** The stem with its recall period, as printed above the items. */
  stem: Text;
  /** The four answers, scored 0 to 3 in this order. */
  options: readonly [Text, Text, Text, Text];
  items: readonly Text[];
  /** Days the questions look back over. */
  recallDays: number;
  /** Suggested days between two times (measurement-based care in IOPs). */
  defaultEveryDays: number;
  /** PHQ-9's question 10: asked when any item is above "Not at all", never scored. */
  difficulty?: { question: Text; options: readonly [Text, Text, Text, Text] };
  /** The publisher's credit line, as printed under the form. */
  credit: Text;
}

export const isPhq9WordingConfirmed = true;
export const isGad7WordingConfirmed = false;

// As printed on the publisher's PHQ-9 forms (English for USA, Spanish for the USA). The GAD-7
// form carries the same line; like the rest of the GAD-7 it waits for the publisher's file.
const credit: Text = {
  en: 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  es: 'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
};

const frequency: Instrument['options'] = [
  { en: 'Not at all', es: 'Ningún día' },
  { en: 'Several days', es: 'Varios días' },
  { en: 'More than half the days', es: 'Más de la mitad de los días' },
  { en: 'Nearly every day', es: 'Casi todos los días' },
];

const stemEs =
  'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';

export const PHQ9: Instrument = {
  id: 'phq9',
  name: 'PHQ-9',
  stem: {
    en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    es: stemEs,
  },
  options: frequency,
  items: [
    {
      en: 'Little interest or pleasure in doing things',
      es: 'Poco interés o placer en hacer cosas',
    },
    {
      en: 'Feeling down, depressed, or hopeless',
      es: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
    },
    {
      en: 'Trouble falling or staying asleep, or sleeping too much',
      es: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
    },
    {
      en: 'Feeling tired or having little energy',
      es: 'Se ha sentido cansado(a) o con poca energía',
    },
    { en: 'Poor appetite or overeating', es: 'Sin apetito o ha comido en exceso' },
    {
      en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
      es: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
    },
    {
      en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
      es: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
    },
    {
      en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      es: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
    },
    {
      en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      es: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
    },
  ],
  recallDays: 14,
  defaultEveryDays: 14,
  difficulty: {
    question: {
      en: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      es: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
    },
    options: [
      { en: 'Not difficult at all', es: 'No ha sido difícil' },
      { en: 'Somewhat difficult', es: 'Un poco difícil' },
      { en: 'Very difficult', es: 'Muy difícil' },
      { en: 'Extremely difficult', es: 'Extremadamente difícil' },
    ],
  },
  credit,
};

export const GAD7: Instrument = {
  id: 'gad7',
  name: 'GAD-7',
  stem: {
    en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    es: stemEs,
  },
  options: frequency,
  items: [
    {
      en: 'Feeling nervous, anxious, or on edge',
      es: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
    },
    {
      en: 'Not being able to stop or control worrying',
      es: 'No ha sido capaz de parar o controlar su preocupación',
    },
    {
      en: 'Worrying too much about different things',
      es: 'Se ha preocupado demasiado por motivos diferentes',
    },
    { en: 'Trouble relaxing', es: 'Ha tenido dificultad para relajarse' },
    {
      en: 'Being so restless that it is hard to sit still',
      es: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
    },
    {
      en: 'Becoming easily annoyed or irritable',
      es: 'Se ha molestado o irritado fácilmente',
    },
    {
      en: 'Feeling afraid, as if something awful might happen',
      es: 'Ha tenido miedo de que algo terrible fuera a pasar',
    },
  ],
  recallDays: 14,
  defaultEveryDays: 14,
  credit,
};

export const INSTRUMENTS: Record<InstrumentId, Instrument> = { phq9: PHQ9, gad7: GAD7 };

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}

export function isMeasureId(value: unknown): value is MeasureId {
  return typeof value === 'string' && (MEASURE_IDS as readonly string[]).includes(value);
}

/** Each measure's own name, the same in both languages. */
export const MEASURE_NAMES: Record<MeasureId, string> = {
  phq9: 'PHQ-9',
  gad7: 'GAD-7',
  bam: 'BAM',
};

/** Suggested days between two times: the BAM-IOP asks about the past 7 days, so weekly. */
export const DEFAULT_EVERY_DAYS: Record<MeasureId, number> = {
  phq9: PHQ9.defaultEveryDays,
  gad7: GAD7.defaultEveryDays,
  bam: 7,
};
