/**
 * The Spanish of the app, fixed term by term: every Spanish catalog value follows it, and
 * glossary.test.ts fails on a term used against it. The distinction the app rests on (a slip
 * never resets anything) lives in the first two lines: a slip is "desliz", never "recaída".
 * The app speaks to the client as "usted", as the official Spanish PHQ-9 does.
 */
export interface Term {
  /** The English word or phrase, as the English catalog uses it (lower case). */
  en: string;
  /** The Spanish a clinician signs. */
  es: string;
  /** Forms of the Spanish term that count as using it (plural, article). */
  esForms: readonly string[];
  /** Spanish words that must not stand for this term. */
  avoid: readonly string[];
  /** Why, for the next translator. */
  note: string;
}

export const glossary: readonly Term[] = [
  {
    en: 'slip',
    es: 'desliz',
    esForms: ['desliz', 'deslices'],
    avoid: ['recaída', 'recaídas'],
    note: 'A single use after a time without: recorded, never a reset. "Recaída" is relapse.',
  },
  {
    en: 'relapse',
    es: 'recaída',
    esForms: ['recaída', 'recaídas'],
    avoid: [],
    note: 'A return to the old pattern of use. Only where the English says relapse.',
  },
  {
    en: 'craving',
    es: 'ganas de consumir',
    esForms: ['ganas de consumir', 'ganas'],
    avoid: ['antojo', 'antojos', 'ansia', 'ansias'],
    note: '"Antojo" reads as a food craving; clinics say "ganas de consumir" ("las ganas" once clear).',
  },
  {
    en: 'trigger',
    es: 'detonante',
    esForms: ['detonante', 'detonantes'],
    avoid: ['disparador', 'disparadores', 'gatillo'],
    note: 'What sets off ganas de consumir (HALT; people, places and things).',
  },
  {
    en: 'coping',
    es: 'lo que le ayudó / acción para sobrellevar',
    esForms: ['ayud', 'sobrellev'],
    avoid: ['afrontamiento'],
    note: 'Plain words over the clinical "estrategias de afrontamiento".',
  },
  {
    en: 'sponsor',
    es: 'padrino o madrina',
    esForms: ['padrino', 'madrina'],
    avoid: ['patrocinador', 'patrocinadora'],
    note: 'The word AA and NA use in Spanish; "patrocinador" is a commercial sponsor.',
  },
  {
    en: 'meeting',
    es: 'reunión',
    esForms: ['reunión', 'reuniones'],
    avoid: ['junta', 'juntas', 'mitin'],
    note: 'A mutual-help meeting (AA, NA, SMART).',
  },
  {
    en: 'days in treatment',
    es: 'días en tratamiento',
    esForms: ['días en tratamiento', 'día en tratamiento'],
    avoid: [],
    note: 'Count from the program start; never reset. Not "días de sobriedad".',
  },
];

/**
 * Words that address the client as "tú". The app says "usted" throughout; these never appear in
 * a Spanish value (the glossary test checks whole words, case-insensitive).
 */
export const tuForms: readonly string[] = [
  // Pronouns and possessives.
  'tú',
  'tu',
  'tus',
  'te',
  'ti',
  'contigo',
  'tuyo',
  'tuya',
  'tuyos',
  'tuyas',
  // Second-person verb forms (an imperative such as "elige" is left out: it is also "usted
  // elige", so the usted forms "elija", "escriba" are checked by reading, not by a list).
  'puedes',
  'quieres',
  'tienes',
  'estás',
  'eres',
  'has',
  'sabes',
  'necesitas',
  'debes',
  'vas',
  'sientes',
  'verás',
  'podrás',
  'tendrás',
  'estarás',
  'puedas',
  'quieras',
  'tengas',
  'estés',
  'sientas',
  'hiciste',
  'usaste',
  'elegiste',
  'escribiste',
  'guardaste',
  'marcaste',
  'pasaste',
  'asististe',
  'consumiste',
  'olvidaste',
  'dijiste',
  'aguantaste',
  'registraste',
  // Imperatives with a pronoun attached, unambiguous as tú.
  'regístrate',
  'quédate',
  'dítelo',
  'inténtalo',
  'márcalas',
  'acórtala',
  'ciérrala',
  'impórtala',
  'háblalo',
];
