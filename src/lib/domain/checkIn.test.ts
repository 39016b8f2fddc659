import { describe, expect, it } from 'vitest';
import {
  cravingBand,
  draftFrom,
  emptyDraft,
  hasContent,
  NOTE_MAX,
  toCheckIn,
  validateCheckIn,
  type CheckInDraft,
} from './checkIn';

const LA = 'America/Los_Angeles';
const NOW = Date.UTC(2026, 10, 27, 20, 0); // 12:00 in Portland
const context = { now: NOW, timeZone: LA, knownTagIds: new Set(['hungry', 'called']) };
const draft = (over: Partial<CheckInDraft> = {}): CheckInDraft => ({
  date: '2026-11-27',
  time: '11:30',
  mood: 3,
  craving: 4,
  triggerIds: ['hungry'],
  copingIds: ['called'],
  note: '',
  ...over,
});

describe('validateCheckIn', () => {
  it('accepts a complete draft and works out the instant and local date', () => {
    expect(validateCheckIn(draft(), context)).toEqual({
      ok: true,
      when: { at: Date.UTC(2026, 10, 27, 19, 30), date: '2026-11-27' },
    });
  });

  it('needs only mood and craving: everything else is optional', () => {
    const result = validateCheckIn(draft({ triggerIds: [], copingIds: [] }), context);
    expect(result.ok).toBe(true);
  });

  it.each<[Partial<CheckInDraft>, string, string]>([
    [{ mood: undefined }, 'mood', 'checkIn.error.moodRequired'],
    [{ mood: 0 }, 'mood', 'checkIn.error.mood'],
    [{ mood: 6 }, 'mood', 'checkIn.error.mood'],
    [{ mood: 2.5 }, 'mood', 'checkIn.error.mood'],
    [{ craving: -1 }, 'craving', 'checkIn.error.craving'],
    [{ craving: 11 }, 'craving', 'checkIn.error.craving'],
    [{ craving: 4.5 }, 'craving', 'checkIn.error.craving'],
    [{ craving: Number.NaN }, 'craving', 'checkIn.error.craving'],
    [{ date: '2026-02-30' }, 'when', 'checkIn.error.when'],
    [{ time: '25:00' }, 'when', 'checkIn.error.when'],
    [{ date: '' }, 'when', 'checkIn.error.when'],
    [{ time: '12:30' }, 'when', 'checkIn.error.future'],
    [{ date: '2026-11-28', time: '00:00' }, 'when', 'checkIn.error.future'],
    [{ note: 'x'.repeat(NOTE_MAX + 1) }, 'note', 'checkIn.error.noteTooLong'],
    [{ triggerIds: ['nope'] }, 'triggers', 'checkIn.error.unknownTag'],
    [{ copingIds: ['nope'] }, 'coping', 'checkIn.error.unknownTag'],
    [{ used: 'maybe' }, 'used', 'checkIn.error.used'],
  ])('refuses %j with a message at the field', (over, field, message) => {
    const result = validateCheckIn(draft(over), context);
    expect(result).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('accepts a note of exactly the limit and a clock a few seconds ahead', () => {
    expect(validateCheckIn(draft({ note: 'x'.repeat(NOTE_MAX) }), context).ok).toBe(true);
    expect(validateCheckIn(draft({ time: '12:00' }), { ...context, now: NOW - 30_000 }).ok).toBe(
      true,
    );
  });

  it('reports every problem at once', () => {
    const result = validateCheckIn(draft({ mood: undefined, craving: 12 }), context);
    expect(result).toEqual({
      ok: false,
      errors: { mood: 'checkIn.error.moodRequired', craving: 'checkIn.error.craving' },
    });
  });

  it('places a late entry on the right local day across the DST change', () => {
    const result = validateCheckIn(draft({ date: '2026-03-08', time: '23:30' }), context);
    expect(result).toEqual({
      ok: true,
      when: { at: Date.UTC(2026, 2, 9, 6, 30), date: '2026-03-08' },
    });
  });
});

describe('toCheckIn and draftFrom', () => {
  it('trims the note, drops duplicates, keeps createdAt on edit, and round-trips', () => {
    const d = draft({ note: '  a good day \n', triggerIds: ['hungry', 'hungry'], used: 'no' });
    const validated = validateCheckIn(d, context);
    if (!validated.ok) throw new Error('expected valid');
    const record = toCheckIn(d, validated.when, { id: 'x', now: NOW, createdAt: 5 });
    expect(record).toEqual({
      id: 'x',
      at: Date.UTC(2026, 10, 27, 19, 30),
      date: '2026-11-27',
      mood: 3,
      craving: 4,
      triggerIds: ['hungry'],
      copingIds: ['called'],
      used: 'no',
      note: 'a good day',
      createdAt: 5,
      updatedAt: NOW,
    });
    expect(draftFrom(record, LA)).toEqual({
      ...d,
      id: 'x',
      note: 'a good day',
      triggerIds: ['hungry'],
    });
  });

  it('leaves out an empty note and an unanswered question', () => {
    const d = draft({ note: '   ' });
    const validated = validateCheckIn(d, context);
    if (!validated.ok) throw new Error('expected valid');
    const record = toCheckIn(d, validated.when, { id: 'x', now: NOW });
    expect(record).not.toHaveProperty('note');
    expect(record).not.toHaveProperty('used');
  });
});

describe('emptyDraft', () => {
  it('starts at the current local date and minute', () => {
    expect(emptyDraft(Date.UTC(2026, 10, 28, 7, 59, 30), LA)).toMatchObject({
      date: '2026-11-27',
      time: '23:59',
      craving: 0,
    });
  });
});

describe('cravingBand', () => {
  it('puts words to every level', () => {
    expect([0, 1, 3, 4, 6, 7, 9, 10].map(cravingBand)).toEqual([
      'none',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'strong',
      'strong',
      'strongest',
    ]);
  });
});

describe('hasContent', () => {
  const empty = emptyDraft(Date.parse('2026-12-07T23:05:00-08:00'), 'America/Los_Angeles');
  it('is false for a draft with only its time', () => {
    expect(hasContent(empty)).toBe(false);
    expect(hasContent({ ...empty, note: '   ' })).toBe(false);
  });
  it('is true once anything is chosen or written', () => {
    expect(hasContent({ ...empty, mood: 1 })).toBe(true);
    expect(hasContent({ ...empty, craving: 3 })).toBe(true);
    expect(hasContent({ ...empty, triggerIds: ['lonely'] })).toBe(true);
    expect(hasContent({ ...empty, copingIds: ['walk'] })).toBe(true);
    expect(hasContent({ ...empty, used: 'no' })).toBe(true);
    expect(hasContent({ ...empty, note: 'Hard evening' })).toBe(true);
  });
});
