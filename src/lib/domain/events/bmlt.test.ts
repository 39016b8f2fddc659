import { describe, expect, it } from 'vitest';
import { nextTime } from './finder';
import { normaliseBmlt } from './bmlt';
import { FeedError } from './meeting-guide';
import { exampleSource, feed } from './test-feeds';

const na = exampleSource('na-or', 'Oregon NA', 'NA', 'bmlt', { provinces: ['OR', 'Oregon'] });
const withFormats = normaliseBmlt(feed('bmlt-oregon.json'), na);
const bySlug = (slug: string) => withFormats.events.find((e) => e.slug === slug)!;

describe('normaliseBmlt, with its formats', () => {
  it('reads weekdays 1-7 with Sunday = 1, and start time plus duration', () => {
    expect(bySlug('1101')).toMatchObject({ days: [1], time: '19:00', endTime: '20:30' });
    expect(bySlug('1103')).toMatchObject({ days: [0], time: '18:30', endTime: '19:30' });
    expect(bySlug('1104')).toMatchObject({ days: [6], time: '23:30', endTime: '00:30' });
  });

  it('reads a missing time zone as Oregon’s, and keeps one that is given', () => {
    expect(bySlug('1101').timezone).toBe('America/Los_Angeles');
    expect(bySlug('1105').timezone).toBe('America/Boise');
  });

  it('tells in person, online and hybrid apart from the venue type', () => {
    expect(bySlug('1101').attendance).toBe('inPerson');
    expect(bySlug('1102')).toMatchObject({
      attendance: 'online',
      conferenceUrl: 'https://example.org/join/noon-recovery',
      conferencePhone: '+1 555 010 0000',
    });
    expect(bySlug('1102').address).toBeUndefined();
    expect(bySlug('1103').attendance).toBe('hybrid');
  });

  it('maps format keys to the finder’s type codes, names NA’s own, and drops unknown keys', () => {
    expect(bySlug('1101').types).toEqual(['O', 'NA-BT', 'X']);
    expect(bySlug('1102').types).toEqual(['C', 'NA-JFT']);
    // SPAN is a language (Spanish); HY says how to attend; XYZ is on no list; CUST has a name.
    expect(bySlug('1103').types).toEqual(['O', 'S', 'NA-CUST']);
    expect(withFormats.typeNames).toMatchObject({
      'NA-BT': { en: 'Basic Text', es: 'Texto Básico' },
      'NA-JFT': { en: 'Just for Today', es: 'Sólo por hoy' },
      'NA-CUST': { en: 'Women Welcome Night', es: 'Women Welcome Night' },
    });
    for (const event of withFormats.events) {
      expect(event.types.filter((t) => t === 'VM' || t === 'HY' || t === 'XYZ')).toEqual([]);
    }
  });

  it('reads address parts, coordinates given as strings, and leaves out 0,0', () => {
    expect(bySlug('1101')).toMatchObject({
      location: 'Example Fellowship Hall',
      address: '900 NE Example Blvd, Portland, OR, 97232',
      city: 'Portland',
      region: 'Multnomah',
      latitude: 45.5231,
      longitude: -122.6501,
      notes: 'Newcomers welcome\nBack door, downstairs',
    });
    expect(bySlug('1102').latitude).toBeUndefined();
  });

  it('keeps markup in a name as plain text', () => {
    expect(bySlug('1104').name).toBe(
      "<b>Midnight</b> Candlelight <script>alert('bmlt')</script>(EXAMPLE NA)",
    );
  });

  it('skips weekday 0 or 8, missing or bad times, other states, unpublished, no name; says why', () => {
    expect(withFormats.skipped).toEqual([
      { slug: '1106', reason: 'badDay' },
      { slug: '1107', reason: 'badDay' },
      { slug: '1108', reason: 'noDayOrTime' },
      { slug: '1109', reason: 'outsideArea' },
      { slug: '1110', reason: 'unpublished' },
      { slug: '1111', reason: 'badTime' },
      { slug: '1112', reason: 'noName' },
    ]);
    expect(withFormats.events.map((e) => e.slug)).toEqual([
      '1101',
      '1102',
      '1103',
      '1104',
      '1105',
      '1113',
    ]);
  });

  it('keeps a meeting past midnight in progress after midnight', () => {
    // Saturday 23:30 to 00:30 Pacific; 00:10 on Sunday is 08:10 UTC in winter.
    const now = Date.parse('2026-12-06T08:10:00Z');
    expect(nextTime(bySlug('1104'), now)?.isInProgress).toBe(true);
  });
});

describe('normaliseBmlt, a plain answer', () => {
  const { events, skipped } = normaliseBmlt(feed('bmlt-plain.json'), na);

  it('reads numbers given as strings or as numbers alike', () => {
    expect(events.map((e) => [e.slug, e.days, e.time, e.endTime, e.latitude])).toEqual([
      ['2201', [0], '10:00', '11:00', 42.3265],
      ['2202', [5], '20:00', '21:00', 42.439],
    ]);
    expect(skipped).toEqual([]);
  });

  it('names the usual NA keys without a formats list; ONL sets nothing on screen', () => {
    expect(events[0]!.types).toEqual(['O', 'ST']);
    expect(events[1]!.types).toEqual(['C', 'NA-BT']);
  });

  it('takes every meeting when the source sets no area', () => {
    const anywhere = normaliseBmlt(feed('bmlt-oregon.json'), { ...na, provinces: undefined });
    expect(anywhere.events.map((e) => e.slug)).toContain('1109');
  });
});

describe('normaliseBmlt, odd answers', () => {
  it('reads {} (BMLT’s empty answer) and { meetings: {} } as no meetings', () => {
    expect(normaliseBmlt({}, na).events).toEqual([]);
    expect(normaliseBmlt({ meetings: {}, formats: [] }, na).events).toEqual([]);
  });

  it('refuses an answer that is not BMLT', () => {
    expect(() => normaliseBmlt({ error: 'nope' }, na)).toThrow(FeedError);
    expect(() => normaliseBmlt('<html>', na)).toThrow(FeedError);
    expect(() => normaliseBmlt(null, na)).toThrow(FeedError);
  });

  it('skips entries that are not objects', () => {
    const result = normaliseBmlt([null, 3, 'x', []], na);
    expect(result.events).toEqual([]);
    expect(result.skipped).toHaveLength(4);
  });
});
