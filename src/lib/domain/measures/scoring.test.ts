import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { history, isMeasureResult } from './result';
import { asksDifficulty } from './scoring';
import { GAD7, INSTRUMENTS, PHQ9 } from './instruments';
import { bandOf, bandsOf, changeBetween, needsSafetyCheck, score, type Answer } from './scoring';

/** Answers adding up to `total` (each item 0-3, filled from the first). */
function answersFor(count: number, total: number): Answer[] {
  return Array.from({ length: count }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)) as Answer);
}

describe('PHQ-9 bands (0-4, 5-9, 10-14, 15-19, 20-27)', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderatelySevere'],
    [19, 'moderatelySevere'],
    [20, 'severe'],
    [27, 'severe'],
  ])('total %i is %s, scored from nine answers', (total, band) => {
    const answers = answersFor(9, total);
    expect(answers.reduce<number>((a, b) => a + b, 0)).toBe(total);
    expect(score('phq9', answers)).toEqual({ isComplete: true, total, band });
  });
});

describe('GAD-7 bands (0-4, 5-9, 10-14, 15-21)', () => {
  it.each([
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('total %i is %s', (total, band) => {
    expect(score('gad7', answersFor(7, total))).toEqual({ isComplete: true, total, band });
  });

  it('has four bands covering 0-21 without gaps', () => {
    expect(bandsOf('gad7')).toEqual([
      { band: 'minimal', from: 0, to: 4 },
      { band: 'mild', from: 5, to: 9 },
      { band: 'moderate', from: 10, to: 14 },
      { band: 'severe', from: 15, to: 21 },
    ]);
    expect(bandsOf('phq9').at(-1)).toEqual({ band: 'severe', from: 20, to: 27 });
    expect(bandOf('phq9', 19)).toBe('moderatelySevere');
  });
});

describe('missing answers', () => {
  it('give no total and name the unanswered items, never counting them as 0', () => {
    const answers = [3, 3, null, 3, 3, 3, 3, null, 0] as const;
    expect(score('phq9', answers)).toEqual({ isComplete: false, missing: [3, 8] });
  });

  it('count items past the end of a short list as missing', () => {
    expect(score('gad7', [1, 1, 1])).toEqual({ isComplete: false, missing: [4, 5, 6, 7] });
  });
});

describe('PHQ-9 item 9', () => {
  const base: (Answer | null)[] = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  it.each([1, 2, 3] as const)('answered %i asks for crisis help first', (answer) => {
    const answers = [...base];
    answers[8] = answer;
    expect(needsSafetyCheck('phq9', answers)).toBe(true);
  });

  it('"Not at all" or unanswered does not, and GAD-7 never does', () => {
    expect(needsSafetyCheck('phq9', base)).toBe(false);
    expect(needsSafetyCheck('phq9', [3, 3, 3, 3, 3, 3, 3, 3, null])).toBe(false);
    expect(needsSafetyCheck('gad7', [3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });
});

describe('meaningful change', () => {
  it('is 5 or more PHQ-9 points, in either direction', () => {
    expect(changeBetween('phq9', 12, 7)).toEqual({ by: -5, isMeaningful: true });
    expect(changeBetween('phq9', 7, 12)).toEqual({ by: 5, isMeaningful: true });
    expect(changeBetween('phq9', 7, 11)).toEqual({ by: 4, isMeaningful: false });
    expect(changeBetween('gad7', 2, 12)).toEqual({ by: 10, isMeaningful: false });
    expect(changeBetween('phq9', undefined, 12)).toBeUndefined();
  });
});

describe('the instruments module', () => {
  it('holds every item, the stem and the four answers in English and Spanish', () => {
    for (const instrument of Object.values(INSTRUMENTS)) {
      for (const text of [instrument.stem, ...instrument.options, ...instrument.items]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.es.trim()).not.toBe('');
        expect(text.es).not.toBe(text.en);
      }
    }
    expect(PHQ9.items).toHaveLength(9);
    expect(GAD7.items).toHaveLength(7);
    expect(PHQ9.options.map((o) => o.en)).toEqual([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
  });
});

describe('PHQ-9 question 10 and the credit line, against the publisher’s forms', () => {
  const form = (lang: 'en' | 'es') => {
    const text = readFileSync(
      new URL(
        `../../../../tests/fixtures/instruments/PHQ-9_${lang}-US_Pfizer.txt`,
        import.meta.url,
      ),
      'utf8',
    );
    const line = (name: string) =>
      new RegExp(`^${name}: (.*)$`, 'm').exec(text)![1]!.replace(/\s+$/, '');
    return {
      question: line('Question 10'),
      options: line('Question 10 options').split(' | '),
      footer: line('Footer'),
      items: Array.from(
        { length: 9 },
        (_, i) => new RegExp(`^${i + 1}\\. (.*)$`, 'm').exec(text)![1],
      ),
    };
  };

  it.each(['en', 'es'] as const)(
    '%s: items, question 10, its answers and the credit as printed',
    (lang) => {
      const printed = form(lang);
      expect(PHQ9.items.map((item) => item[lang])).toEqual(printed.items);
      expect(PHQ9.difficulty!.question[lang]).toBe(printed.question);
      expect(PHQ9.difficulty!.options.map((o) => o[lang])).toEqual(printed.options);
      expect(PHQ9.credit[lang]).toBe(printed.footer);
      expect(GAD7.credit[lang]).toBe(printed.footer);
    },
  );

  it('is asked once any item is above "Not at all", and never changes the score', () => {
    expect(asksDifficulty('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(false);
    expect(asksDifficulty('phq9', [null, null, 1, null, null, null, null, null, null])).toBe(true);
    expect(asksDifficulty('gad7', [3, 3, 3, 3, 3, 3, 3])).toBe(false);
    expect(GAD7.difficulty).toBeUndefined();
    const answers = answersFor(9, 12);
    const stored = {
      id: 'a',
      instrument: 'phq9' as const,
      date: '2026-11-01',
      savedAt: 1,
      answers,
    };
    const withTen = { ...stored, difficulty: 3 as const };
    expect(history([withTen], 'phq9')[0]!.score).toEqual(history([stored], 'phq9')[0]!.score);
    expect(score('phq9', answers)).toEqual({ isComplete: true, total: 12, band: 'moderate' });
    expect(isMeasureResult(withTen)).toBe(true);
    expect(isMeasureResult({ ...stored, difficulty: null })).toBe(true);
    expect(isMeasureResult({ ...stored, difficulty: 4 })).toBe(false);
    expect(
      isMeasureResult({
        ...stored,
        instrument: 'gad7',
        answers: answers.slice(0, 7),
        difficulty: 1,
      }),
    ).toBe(false);
  });
});
