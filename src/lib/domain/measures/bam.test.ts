import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BAM_GROUPS,
  BAM_INSTRUCTIONS,
  BAM_ITEM7_INTRO,
  BAM_QUESTIONS,
  bamIndex,
  bamMissing,
  hasBamUse,
  normaliseBamAnswers,
  scoreBam,
  type BamGroup,
} from './bam';

// The VA's text as copied from its VistA files (see each fixture's first lines for the source).
const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/instruments/${name}`, import.meta.url), 'utf8');
const iop = fixture('BAM-IOP_en_VA-VistA.txt');
const original = fixture('BAM_en_VA-VistA_original-categorical.txt');
const iopItems = iop.slice(0, iop.indexOf('---- SCORING KEYS'));
const iopKeys = iop.slice(iop.indexOf('---- SCORING KEYS'));

/** "4. In the past 7 days..." lines of a form, by label. */
function itemTexts(text: string): Map<string, string> {
  const items = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^(\d+[A-G]?)\. (.*)$/.exec(line);
    if (match) items.set(match[1]!, match[2]!);
  }
  return items;
}

/** The scored answers of an item in the VA's "Clinical Subscales" keys: [text, score][]. */
function keyOf(label: string): { scale: string; answers: [string, number][] } | undefined {
  const clinical = iopKeys.slice(0, iopKeys.indexOf('Scale group 202'));
  let scale = '';
  for (const line of clinical.split('\n')) {
    const s = /Scale \d+ "(.*)"/.exec(line);
    if (s) scale = s[1]!;
    const m = new RegExp(`^\\s+item ${label}\\. \\(question #\\d+\\): (.*)$`).exec(line);
    if (m) {
      const answers = [...m[1]!.matchAll(/"([^"]+)" = (\d+)/g)].map(
        (a) => [a[1]!, Number(a[2])] as [string, number],
      );
      return { scale, answers };
    }
  }
  return undefined;
}

/** The original BAM's answer list of an item (its "( ) answer" lines). */
function originalOptions(label: string): string[] {
  const start = original.indexOf(`\n${label}. `);
  const rest = original.slice(start + 1);
  const end = rest.search(/\n(\d+[A-G]?\. |\[INTRODUCTION)/);
  return [...rest.slice(0, end).matchAll(/^ {4}\( \) (.*)$/gm)].map((m) => m[1]!);
}

const GROUP_OF_SCALE: Record<string, BamGroup> = {
  Use: 'use',
  'Risk Factors': 'risk',
  'Protective Factors': 'protective',
};

describe('the BAM-IOP wording, against the VA’s stored text', () => {
  const texts = itemTexts(iopItems);

  it('asks the 23 questions (1-6, 7A-7G, 8-17) in the VA’s order and words', () => {
    expect(BAM_QUESTIONS).toHaveLength(23);
    const labels = [...texts.keys()].filter((label) => label !== '7');
    expect(BAM_QUESTIONS.map((q) => q.label)).toEqual(labels);
    for (const q of BAM_QUESTIONS) expect(q.text).toBe(texts.get(q.label));
    expect(BAM_ITEM7_INTRO).toBe(texts.get('7'));
    expect(iopItems).toContain(`Instructions|${BAM_INSTRUCTIONS}\n`);
  });

  it.each(BAM_QUESTIONS.map((q) => [q.label, q] as const))(
    'item %s: its answers are the VA’s scored ones after the original BAM’s unscored first',
    (label, q) => {
      const key = keyOf(label);
      if (key) {
        expect(q.group).toBe(GROUP_OF_SCALE[key.scale]);
        // Scored answers, in the VA's words and with the VA's scores.
        expect(q.options.slice(1)).toEqual(key.answers.map(([text]) => text));
        expect(q.scores!.slice(1)).toEqual(key.answers.map(([, score]) => score));
        expect(q.scores![0]).toBe(0);
        // The unscored first answer, as in the original BAM's list for the same item.
        expect(q.options[0]).toBe(originalOptions(label)[0]);
      } else {
        // 7A-7G and 17: asked, not scored; the same lists as items 4 (days) and 8 (amounts).
        expect(['7A', '7B', '7C', '7D', '7E', '7F', '7G', '17']).toContain(label);
        expect(q.group).toBeUndefined();
        expect(q.scores).toBeUndefined();
        const like = BAM_QUESTIONS[bamIndex(label === '17' ? '8' : '4')]!;
        expect(q.options).toEqual(like.options);
        expect(q.options[0]).toBe(originalOptions(label)[0]);
      }
    },
  );

  it('gives the day items "None", "One day" ... "Four or more days"', () => {
    expect(BAM_QUESTIONS[bamIndex('4')]!.options).toEqual([
      'None',
      'One day',
      'Two days',
      'Three days',
      'Four or more days',
    ]);
    expect(BAM_QUESTIONS[bamIndex('14')]!.options).toEqual(['No', 'Yes']);
  });

  it('groups items as the VA’s keys do', () => {
    for (const [group, labels] of Object.entries(BAM_GROUPS)) {
      expect(BAM_QUESTIONS.filter((q) => q.group === group).map((q) => q.label)).toEqual(
        expect.arrayContaining([...labels]),
      );
      expect(BAM_QUESTIONS.filter((q) => q.group === group)).toHaveLength(labels.length);
    }
  });
});

/** Answers with every item at its list's place `at` (item 14: No for 0, Yes otherwise). */
const all = (at: number) =>
  BAM_QUESTIONS.map((q) => (q.options.length === 2 ? (at > 0 ? 1 : 0) : at));

describe('scoring the BAM', () => {
  it('is 0 in every group when every answer is the first, and no total exists', () => {
    const score = scoreBam(all(0));
    expect(score).toEqual({
      use: { total: 0, missing: [] },
      risk: { total: 0, missing: [] },
      protective: { total: 0, missing: [] },
    });
    expect(score).not.toHaveProperty('total');
  });

  it('reaches 12, 24 and 24 at the top; item 14 "Yes" counts 4', () => {
    expect(scoreBam(all(4))).toEqual({
      use: { total: 12, missing: [] },
      risk: { total: 24, missing: [] },
      protective: { total: 24, missing: [] },
    });
    const answers = all(4);
    answers[bamIndex('14')] = 0;
    expect(scoreBam(answers).protective.total).toBe(20);
  });

  it('adds each group’s own items only (7A-7G and 17 count nowhere)', () => {
    const answers = all(0);
    for (const label of ['7A', '7B', '7C', '7D', '7E', '7F', '7G', '17'])
      answers[bamIndex(label)] = 4;
    expect(scoreBam(answers)).toEqual(scoreBam(all(0)));
    answers[bamIndex('4')] = 2;
    answers[bamIndex('8')] = 3;
    answers[bamIndex('9')] = 1;
    expect(scoreBam(answers)).toEqual({
      use: { total: 2, missing: [] },
      risk: { total: 3, missing: [] },
      protective: { total: 1, missing: [] },
    });
  });

  it('gives no sum for a group with a missing answer, and names it; never counts it as 0', () => {
    const answers: (number | null)[] = all(1);
    answers[bamIndex('5')] = null;
    answers[bamIndex('11')] = null;
    answers[bamIndex('15')] = null;
    answers[bamIndex('7C')] = null;
    const score = scoreBam(answers);
    expect(score.use).toEqual({ missing: ['5'] });
    expect(score.risk).toEqual({ missing: ['11', '15'] });
    expect(score.protective).toEqual({ total: 5 + 4, missing: [] });
    expect(bamMissing(answers)).toEqual(['5', '7C', '11', '15']);
  });

  it('treats an answer outside its list as missing', () => {
    const answers = all(0);
    answers[bamIndex('14')] = 4; // item 14 has two answers: 0 and 1
    expect(scoreBam(answers).protective).toEqual({ missing: ['14'] });
    expect(normaliseBamAnswers([...all(0).slice(0, 19), 2, 7, -1, 1.5])).toEqual([
      ...all(0).slice(0, 19),
      null,
      null,
      null,
      null,
    ]);
    expect(normaliseBamAnswers([])).toHaveLength(23);
  });

  it('an unfinished BAM (nothing answered) has no sum anywhere', () => {
    const score = scoreBam(Array(23).fill(null));
    for (const group of Object.values(score)) expect(group.total).toBeUndefined();
  });
});

describe('use on a day or more', () => {
  it('is any of items 4-6 or 7A-7G above "None"', () => {
    expect(hasBamUse(all(0))).toBe(false);
    for (const label of ['4', '5', '6', '7A', '7G']) {
      const answers = all(0);
      answers[bamIndex(label)] = 1;
      expect(hasBamUse(answers)).toBe(true);
    }
    const cravingsOnly = all(0);
    cravingsOnly[bamIndex('8')] = 4;
    expect(hasBamUse(cravingsOnly)).toBe(false);
    expect(hasBamUse(Array(23).fill(null))).toBe(false);
  });
});
