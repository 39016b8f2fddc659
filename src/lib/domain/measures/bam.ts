/**
 * The Brief Addiction Monitor, the VA's 7-day version for intensive outpatient programs (BAM-IOP),
 * in the VA's own wording, and its scoring by the VA's keys.
 *
 * Source: U.S. Department of Veterans Affairs, VistA Mental Health Assistant instrument
 * definitions (a U.S. government work), FOIA release mirrored at github.com/WorldVistA/VistA-M,
 * snapshot b7aecb9029f9bb8639a7bfa63b635469065ab44d: file 601.71 entry 191 "BAM-IOP" (03-2012,
 * D. DePhilippis, J. R. McKay, D. R. Kivlahan et al., Philadelphia CESATE), its questions (601.72),
 * introductions (601.73) and scoring keys (601.91). Copied mechanically, never retyped: see
 * tests/fixtures/instruments/BAM-IOP_en_VA-VistA.txt, which the tests compare with this module.
 * Doubled spaces are the VA's own.
 *
 * The answer lists: the VA's public files do not hold BAM-IOP's lists; its scoring keys name
 * every scored answer ("One day" ... "Four or more days", "One night" ... "Four or more nights",
 * "Very good" ... "Poor", "Slightly" ... "Extremely", item 14 "Yes"). The unscored first answer
 * of each list is not stored there: it follows the original BAM's lists (VistA file 601.71 #162,
 * tests/fixtures/instruments/BAM_en_VA-VistA_original-categorical.txt): "None" for day and night
 * items, "Excellent" for item 1, "Not at all" for items 8, 9, 12, 15 and 17, "No" for item 14.
 * Items 7A-7G and 17 are not in any key: they use the same lists as items 4-6 and 8.
 *
 * English only: no Spanish BAM exists in any source found, and we never translate it ourselves
 * (a Spanish-speaking client is told so, and may take it in English or skip it).
 */

export type BamGroup = 'use' | 'risk' | 'protective';

export interface BamQuestion {
  /** The VA's item label: "1" ... "6", "7A" ... "7G", "8" ... "17". */
  label: string;
  text: string;
  options: readonly string[];
  /** The VA's score of each answer, in order; absent: asked, not scored. */
  scores?: readonly number[];
  group?: BamGroup;
}

export const BAM_NAME = 'BAM';
export const BAM_FULL_NAME = 'Brief Addiction Monitor - IOP version';

export const BAM_INSTRUCTIONS =
  'This is a standard set of questions about several areas of your life such as your health, alcohol and drug use, etc. The questions generally ask about the past 7 days. Please consider   each question and answer as accurately as possible.  ';

/** The lead-in the VA shows above items 7A-7G. */
export const BAM_ITEM7_INTRO =
  'In the past 7 days, how many days did you use any of the following drugs:  ';

const DAYS = ['None', 'One day', 'Two days', 'Three days', 'Four or more days'];
const NIGHTS = ['None', 'One night', 'Two nights', 'Three nights', 'Four or more nights'];
const HEALTH = ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'];
const AMOUNT = ['Not at all', 'Slightly', 'Moderately', 'Considerably', 'Extremely'];
const NO_YES = ['No', 'Yes'];
const ZERO_TO_FOUR = [0, 1, 2, 3, 4];

const q = (
  label: string,
  text: string,
  options: readonly string[],
  group?: BamGroup,
): BamQuestion =>
  group
    ? { label, text, options, group, scores: options === NO_YES ? [0, 4] : ZERO_TO_FOUR }
    : { label, text, options };

export const BAM_QUESTIONS: readonly BamQuestion[] = [
  q('1', 'In the past 7 days, how would you say your physical health has been?', HEALTH, 'risk'),
  q(
    '2',
    'In the past 7 days, how many nights did you have trouble falling asleep or staying asleep?',
    NIGHTS,
    'risk',
  ),
  q(
    '3',
    'In the past 7 days, how many days have you felt depressed, anxious, angry or very upset throughout most of the day?',
    DAYS,
    'risk',
  ),
  q('4', 'In the past 7 days, how many days did you drink ANY alcohol?', DAYS, 'use'),
  q(
    '5',
    'In the past 7 days, how many days did you have at least 5 drinks (if you are a man) or at least 4 drinks (if you are a woman)?  [One drink is considered one shot of hard liquor (1.5 oz.) or 12-ounce can/bottle of beer or 5-ounce glass of wine.]',
    DAYS,
    'use',
  ),
  q(
    '6',
    'In the past 7 days, how many days did you use any illegal or street drugs or abuse any prescription medications?',
    DAYS,
    'use',
  ),
  q('7A', 'Marijuana (cannabis, pot, weed)?', DAYS),
  q(
    '7B',
    'Sedatives and/or Tranquilizers (benzos, Valium, Xanax, Ativan, Ambien, barbs, Phenobarbital, downers, etc.)?',
    DAYS,
  ),
  q('7C', 'Cocaine and/or Crack?', DAYS),
  q(
    '7D',
    'Other Stimulants (amphetamine, methamphetamine, Dexedrine, Ritalin, Adderall, speed, crystal meth, ice, etc.)?',
    DAYS,
  ),
  q(
    '7E',
    'Opiates (Heroin, Morphine, Dilaudid, Demerol, Oxycontin, oxy, codeine (Tylenol 2,3,4), Percocet, Vicodin, Fentanyl, etc.)?',
    DAYS,
  ),
  q('7F', 'Inhalants (glues, adhesives, nail polish remover, paint thinner, etc.)?', DAYS),
  q(
    '7G',
    'Other drugs (steroids, non-prescription sleep and diet pills, Benadryl, Ephedra, other over-the-counter or unknown medications)?',
    DAYS,
  ),
  q(
    '8',
    'In the past 7 days, how much were you bothered by cravings or urges to drink alcohol or use drugs?',
    AMOUNT,
    'risk',
  ),
  q(
    '9',
    'How confident are you in your ability to be completely abstinent (clean) from alcohol and drugs in the next 7 days?',
    AMOUNT,
    'protective',
  ),
  q(
    '10',
    'In the past 7 days, how many days did you attend self-help meetings like AA or NA to support your recovery?',
    DAYS,
    'protective',
  ),
  q(
    '11',
    'In the past 7 days, how many days were you in any situations or with any people that might put you at an increased risk for using alcohol or drugs (i.e., around risky "people, places or things")?',
    DAYS,
    'risk',
  ),
  q('12', 'Does your religion or spirituality help support your recovery?', AMOUNT, 'protective'),
  q(
    '13',
    'In the past 7 days, how many days did you spend much of the time at work, school, or doing volunteer work?',
    DAYS,
    'protective',
  ),
  q(
    '14',
    'Do you have enough income (from legal sources) to pay for necessities such as housing, transportation, food and clothing for yourself and your dependents?',
    NO_YES,
    'protective',
  ),
  q(
    '15',
    'In the past 7 days, how much have you been bothered by arguments or problems getting along with any family members or friends?',
    AMOUNT,
    'risk',
  ),
  q(
    '16',
    'In the past 7 days, how many days were you in contact or spent time with any family members or friends who are supportive of your recovery?',
    DAYS,
    'protective',
  ),
  q('17', 'How satisfied are you with your progress toward achieving your recovery goals?', AMOUNT),
];

export const BAM_ITEM_COUNT = BAM_QUESTIONS.length;

/** Where each label sits in a result's answers. */
export const bamIndex = (label: string): number =>
  BAM_QUESTIONS.findIndex((x) => x.label === label);

/** The groups in the order the VA's keys give them, each with its items' labels. */
export const BAM_GROUPS: Readonly<Record<BamGroup, readonly string[]>> = {
  use: ['4', '5', '6'],
  risk: ['1', '2', '3', '8', '11', '15'],
  protective: ['9', '10', '12', '13', '14', '16'],
};
export const BAM_GROUP_IDS: readonly BamGroup[] = ['use', 'risk', 'protective'];

/** Highest possible sum of each group (every item at most 4). */
export const BAM_GROUP_MAX: Readonly<Record<BamGroup, number>> = {
  use: 12,
  risk: 24,
  protective: 24,
};

/**
 * Which way of a group is worth talking about with a counselor (the VA reads higher Use and
 * Risk, and lower Protective, that way). Words only: no cut-off, no verdict.
 */
export const BAM_TALK_DIRECTION: Readonly<Record<BamGroup, 'higher' | 'lower'>> = {
  use: 'higher',
  risk: 'higher',
  protective: 'lower',
};

/** An answer is the chosen option's place in its list (item 14: 0 No, 1 Yes). */
export type BamAnswer = number;

export function isBamAnswer(index: number, value: unknown): value is BamAnswer {
  const question = BAM_QUESTIONS[index];
  return (
    !!question &&
    Number.isInteger(value) &&
    (value as number) >= 0 &&
    (value as number) < question.options.length
  );
}

/** Answers cut or padded to the BAM's 23 questions; anything out of its list becomes unanswered. */
export function normaliseBamAnswers(answers: readonly unknown[]): (BamAnswer | null)[] {
  return BAM_QUESTIONS.map((_, i) => (isBamAnswer(i, answers[i]) ? (answers[i] as number) : null));
}

export interface BamGroupScore {
  /** The sum, only when every item of the group is answered. */
  total?: number;
  /** Labels of the group's unanswered items. */
  missing: string[];
}
export type BamScore = Record<BamGroup, BamGroupScore>;

/** The VA's three group sums; a group with a missing answer has no sum (never counted as 0). */
export function scoreBam(answers: readonly (BamAnswer | null | undefined)[]): BamScore {
  const result = {} as BamScore;
  for (const group of BAM_GROUP_IDS) {
    let total = 0;
    const missing: string[] = [];
    for (const label of BAM_GROUPS[group]) {
      const i = bamIndex(label);
      const answer = answers[i];
      if (isBamAnswer(i, answer)) total += BAM_QUESTIONS[i]!.scores![answer]!;
      else missing.push(label);
    }
    result[group] = missing.length ? { missing } : { total, missing };
  }
  return result;
}

/** The labels of every unanswered question, scored or not. */
export function bamMissing(answers: readonly (BamAnswer | null | undefined)[]): string[] {
  return BAM_QUESTIONS.filter((_, i) => !isBamAnswer(i, answers[i])).map((x) => x.label);
}

/** The use questions: items 4-6 and 7A-7G. Any of them on one day or more is a use to meet kindly. */
const USE_LABELS = ['4', '5', '6', '7A', '7B', '7C', '7D', '7E', '7F', '7G'];

export function hasBamUse(answers: readonly (BamAnswer | null | undefined)[]): boolean {
  return USE_LABELS.some((label) => {
    const answer = answers[bamIndex(label)];
    return typeof answer === 'number' && answer > 0;
  });
}

/** One item's answer text as the VA words it, or undefined when unanswered. */
export function bamAnswerText(
  label: string,
  answers: readonly (BamAnswer | null)[],
): string | undefined {
  const i = bamIndex(label);
  const answer = answers[i];
  return isBamAnswer(i, answer) ? BAM_QUESTIONS[i]!.options[answer] : undefined;
}
