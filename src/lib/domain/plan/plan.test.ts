import { describe, expect, it } from 'vitest';
import {
  PLAN_LIMITS,
  cleanPlan,
  dialable,
  emptyPlan,
  firstSteps,
  isPlanEmpty,
  isPlanVersion,
  normalisePlan,
  planChanges,
  sortVersions,
  textToEntries,
  validatePlan,
  versionFor,
  addEntry,
  draftOf,
  planOf,
  changedParts,
  partErrors,
  withPart,
  LIST_PARTS,
  PEOPLE_PARTS,
  PLAN_PARTS,
  TEXT_PARTS,
  type Plan,
  type PlanPerson,
} from './plan';

const person = (over: Partial<PlanPerson> = {}): PlanPerson => ({
  id: 'p1',
  name: 'Maria',
  relationship: 'Sponsor',
  phone: '(503) 555-0142',
  ...over,
});
const withPeople = (...people: PlanPerson[]): Plan => ({ ...emptyPlan(), people });

describe('dialable', () => {
  it('keeps digits and one leading + from a number typed any usual way', () => {
    expect(dialable('(503) 555-0142')).toBe('5035550142');
    expect(dialable('+1 503.555.0142')).toBe('+15035550142');
    expect(dialable(' 988 ')).toBe('988');
  });

  it('makes no number from words, letters, a + in the middle or too few digits', () => {
    for (const bad of ['call mum', '503-CALL-NOW', '503+555', '12', '', '++1503', 'tel:988']) {
      expect(dialable(bad)).toBeUndefined();
    }
  });
});

describe('validatePlan', () => {
  it('accepts an empty plan: every part is optional', () => {
    expect(validatePlan(emptyPlan())).toEqual({});
  });

  it('names the phone field of a number that cannot be dialled, keeping it as typed', () => {
    const plan = withPeople(person({ phone: 'ask at church' }));
    expect(validatePlan(plan)).toEqual({ 'people.p1.phone': { key: 'plan.error.phone' } });
    expect(cleanPlan(plan).people[0]!.phone).toBe('ask at church');
  });

  it('asks for a name when a number is given (Get help now says "Call NAME")', () => {
    const plan = { ...emptyPlan(), professionals: [person({ name: ' ' })] };
    expect(validatePlan(plan)).toEqual({ 'professionals.p1.name': { key: 'plan.error.name' } });
  });

  it('ignores a person row left blank', () => {
    expect(validatePlan(withPeople(person({ name: '', relationship: '', phone: ' ' })))).toEqual(
      {},
    );
  });

  it('refuses over-long texts, entries and lists at their own field', () => {
    const long = 'x'.repeat(PLAN_LIMITS.text + 1);
    const plan: Plan = {
      ...emptyPlan(),
      reasons: long,
      helps: ['ok', 'y'.repeat(PLAN_LIMITS.entry + 1)],
      places: Array.from({ length: PLAN_LIMITS.entries + 1 }, (_, i) => `place ${i}`),
      people: [person({ name: 'n'.repeat(PLAN_LIMITS.name + 1) })],
    };
    expect(validatePlan(plan)).toEqual({
      reasons: { key: 'plan.error.tooLong', params: { max: PLAN_LIMITS.text } },
      helps: { key: 'plan.error.entryTooLong', params: { max: PLAN_LIMITS.entry } },
      places: { key: 'plan.error.tooMany', params: { max: PLAN_LIMITS.entries } },
      'people.p1.name': { key: 'plan.error.tooLong', params: { max: PLAN_LIMITS.name } },
    });
  });

  it('accepts exactly the limits', () => {
    const plan: Plan = {
      ...emptyPlan(),
      reasons: 'x'.repeat(PLAN_LIMITS.text),
      helps: Array.from({ length: PLAN_LIMITS.entries }, () => 'y'.repeat(PLAN_LIMITS.entry)),
    };
    expect(validatePlan(plan)).toEqual({});
  });
});

describe('entries and cleaning', () => {
  it('reads one entry per line, trimmed, blank lines dropped', () => {
    expect(textToEntries(' Call Maria \r\n\n  Go for a walk\n')).toEqual([
      'Call Maria',
      'Go for a walk',
    ]);
  });

  it('drops blank people and trims texts', () => {
    const plan = {
      ...withPeople(person(), person({ id: 'p2', name: '', relationship: '', phone: '' })),
      reasons: '  my kids ',
    };
    expect(cleanPlan(plan)).toEqual({ ...emptyPlan(), reasons: 'my kids', people: [person()] });
    expect(
      isPlanEmpty(cleanPlan(withPeople(person({ name: '', relationship: '', phone: '' })))),
    ).toBe(true);
    expect(isPlanEmpty({ ...emptyPlan(), message: 'You can do this' })).toBe(false);
  });
});

describe('versions', () => {
  const zone = 'America/Los_Angeles';
  // 2026-11-28 23:30 in Portland is already the 29th in UTC.
  const lateEvening = Date.UTC(2026, 10, 29, 7, 30);

  it('keeps one version per local day in the client’s timezone', () => {
    const version = versionFor({ ...emptyPlan(), helps: ['Walk'] }, lateEvening, zone);
    expect(version.id).toBe('plan:2026-11-28');
    expect(version.date).toBe('2026-11-28');
    expect(versionFor(emptyPlan(), lateEvening + 60 * 60 * 1000, zone).id).toBe('plan:2026-11-29');
  });

  it('sorts newest first and names what changed between two versions', () => {
    const older = versionFor({ ...emptyPlan(), helps: ['Walk'] }, 1_000, zone);
    const newer = versionFor(
      { ...emptyPlan(), helps: ['Walk', 'Call Maria'], people: [person()] },
      2_000_000_000,
      zone,
    );
    expect(sortVersions([older, newer]).map((v) => v.savedAt)).toEqual([2_000_000_000, 1_000]);
    expect(planChanges(older.plan, newer.plan)).toEqual([
      { part: 'helps', added: ['Call Maria'], removed: [] },
      { part: 'people', added: ['Maria, Sponsor, (503) 555-0142'], removed: [] },
    ]);
    expect(planChanges(newer.plan, newer.plan)).toEqual([]);
  });

  it('reads a stored or imported plan defensively and checks a backup’s version', () => {
    expect(normalisePlan({ helps: ['Walk', 3], people: [{ name: 'Ana' }, 'x'] })).toEqual({
      ...emptyPlan(),
      helps: ['Walk'],
      people: [{ id: 'people-0', name: 'Ana', relationship: '', phone: '' }],
    });
    const ok = versionFor(withPeople(person()), 1_000, zone) as unknown as Record<string, unknown>;
    expect(isPlanVersion(ok)).toBe(true);
    expect(isPlanVersion({ ...ok, date: 'yesterday' })).toBe(false);
    expect(isPlanVersion({ ...ok, plan: withPeople(person({ phone: 'x' })) })).toBe(false);
  });
});

describe('the first steps', () => {
  it('shows what helps first, then places, three at most', () => {
    const plan = { ...emptyPlan(), helps: ['Walk', 'Shower'], places: ['Library', 'Gym'] };
    expect(firstSteps(plan)).toEqual(['Walk', 'Shower', 'Library']);
  });
});

describe('the editor’s draft', () => {
  it('holds list parts as text and turns back into the same plan', () => {
    const plan: Plan = { ...emptyPlan(), helps: ['Walk', 'Call Maria'], people: [person()] };
    const draft = draftOf(plan);
    expect(draft.helps).toBe('Walk\nCall Maria');
    expect(planOf(draft)).toEqual(plan);
    // The draft's people are copies: editing them never changes the saved plan.
    draft.people[0]!.name = 'Ana';
    expect(plan.people[0]!.name).toBe('Maria');
  });

  it('adds an idea on its own line once', () => {
    expect(addEntry('', 'Lonely')).toBe('Lonely');
    expect(addEntry('Tired\n\n', 'Lonely')).toBe('Tired\nLonely');
    expect(addEntry('Tired\nLonely', 'Lonely')).toBe('Tired\nLonely');
  });
});

describe('one part at a time', () => {
  const saved = { ...emptyPlan(), reasons: 'My kids', helps: ['Walk'] };

  it('saves one part of the draft and keeps the rest as saved', () => {
    const draft = { ...draftOf(saved), reasons: 'My kids\nMy health', helps: 'Walk\nShower' };
    expect(withPart(saved, draft, 'helps')).toEqual({ ...saved, helps: ['Walk', 'Shower'] });
    expect(withPart(saved, draft, 'reasons').helps).toEqual(['Walk']);
  });

  it('names the parts with unsaved writing, and only their own problems', () => {
    const draft = { ...draftOf(saved), helps: 'Walk\n  \n' };
    expect(changedParts(saved, draft)).toEqual([]);
    draft.reasons = 'My kids and my health';
    expect(changedParts(saved, draft)).toEqual(['reasons']);
    const errors = {
      reasons: { key: 'plan.error.tooLong' as const, params: { max: 10 } },
      'people.p1.phone': { key: 'plan.error.phone' as const },
      'professionals.p2.name': { key: 'plan.error.name' as const },
    };
    expect(Object.keys(partErrors(errors, 'people'))).toEqual(['people.p1.phone']);
    expect(Object.keys(partErrors(errors, 'reasons'))).toEqual(['reasons']);
  });

  it("reads in the card's order, every part once", () => {
    expect(PLAN_PARTS[0]).toBe('reasons');
    expect(new Set(PLAN_PARTS)).toEqual(new Set([...TEXT_PARTS, ...LIST_PARTS, ...PEOPLE_PARTS]));
  });
});
