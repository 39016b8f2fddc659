import { describe, expect, it } from 'vitest';
import type { RecoveryEvent } from '../types';
import { eventCalendar } from './calendar';
import {
  distanceKm,
  findEvents,
  indexEvents,
  matchesQuery,
  NO_FILTERS,
  narrows,
  nextTime,
  parseQuery,
  refineByQuery,
  ZoneDays,
} from './finder';
import { zonedToEpoch } from '../dates';
import { FeedError, normaliseMeetingGuide } from './meeting-guide';
import { exampleSource, feed } from './test-feeds';

const aa = exampleSource('aa', 'Example AA', 'AA');
const na = exampleSource('na', 'Example NA', 'NA');
const { events, skipped } = normaliseMeetingGuide(feed('oregon-example-meetings.json'), aa);
const byslug = (slug: string) => events.find((e) => e.slug === slug)!;

describe('normaliseMeetingGuide', () => {
  it('reads days as numbers, numeric strings and arrays (Sunday = 0)', () => {
    expect(byslug('sunrise-serenity').days).toEqual([1]);
    expect(byslug('nuevo-amanecer').days).toEqual([2, 4]);
    expect(byslug('late-night-lifeline').days).toEqual([6]);
    expect(byslug('noon-step-study')).toMatchObject({ days: [0, 1, 2, 3, 4, 5, 6], time: '12:00' });
  });

  it('gives a meeting with no end time one hour, and keeps ones past midnight', () => {
    expect(byslug('nuevo-amanecer')).toMatchObject({ time: '19:30', endTime: '20:30' });
    expect(byslug('late-night-lifeline')).toMatchObject({ time: '23:00', endTime: '00:30' });
  });

  it('uses America/Los_Angeles when the feed gives no timezone, and the feed’s when it does', () => {
    expect(byslug('sunrise-serenity').timezone).toBe('America/Los_Angeles');
    expect(byslug('ontario-evening').timezone).toBe('America/Boise');
  });

  it('tells in person, online and hybrid apart; temporarily closed is not in person', () => {
    expect(byslug('sunrise-serenity').attendance).toBe('inPerson');
    expect(byslug('late-night-lifeline').attendance).toBe('online');
    expect(byslug('noon-step-study').attendance).toBe('hybrid');
    expect(byslug('closed-for-repairs')).toMatchObject({
      attendance: 'online',
      isTemporarilyClosed: true,
    });
  });

  it('keeps markup as plain text and drops type codes that are not codes', () => {
    const markup = byslug('markup-test');
    expect(markup.name).toBe(
      "<script>alert('feed')</script><img src=x onerror=alert(1)>Markup Test (EXAMPLE)",
    );
    expect(markup.types).toEqual(['O']);
    expect(markup.notes).toContain('<iframe');
  });

  it('skips by-appointment, duplicate, malformed entries and says why', () => {
    expect(skipped).toEqual([
      { slug: 'by-appointment', reason: 'noDayOrTime' },
      { slug: 'sunrise-serenity', reason: 'duplicate' },
      { slug: 'bad-day', reason: 'badDay' },
      { slug: 'bad-time', reason: 'badTime' },
      { slug: 'no-name', reason: 'noName' },
      { slug: '', reason: 'noName' },
    ]);
    expect(events).toHaveLength(7);
  });

  it('keeps the same slug in two sources apart', () => {
    const other = normaliseMeetingGuide(feed('na-example-meetings.json'), na).events;
    const ids = [...events, ...other].filter((e) => e.slug === 'sunrise-serenity').map((e) => e.id);
    expect(ids).toEqual(['aa:sunrise-serenity', 'na:sunrise-serenity']);
  });

  it('refuses a feed that is not an array, and takes an empty one', () => {
    expect(() => normaliseMeetingGuide({ meetings: [] }, aa)).toThrow(FeedError);
    expect(normaliseMeetingGuide([], aa)).toEqual({ events: [], skipped: [] });
  });
});

describe('nextTime', () => {
  const meeting = (over: Partial<RecoveryEvent>): RecoveryEvent => ({
    ...byslug('sunrise-serenity'),
    ...over,
  });

  it('finds the next weekly time, wrapping through the week', () => {
    // Tuesday 24 November 2026, 10:00 Portland: next Monday 07:00 is 30 November.
    const next = nextTime(meeting({}), Date.UTC(2026, 10, 24, 18));
    expect(next).toEqual({
      start: Date.UTC(2026, 10, 30, 15),
      end: Date.UTC(2026, 10, 30, 16),
      isInProgress: false,
    });
  });

  it('stays at 07:00 local across the DST weekends', () => {
    const march = nextTime(meeting({}), Date.UTC(2026, 2, 7, 12))!; // Sat 7 Mar
    expect(new Date(march.start).toISOString()).toBe('2026-03-09T14:00:00.000Z'); // Mon, PDT
    const november = nextTime(meeting({}), Date.UTC(2026, 9, 31, 12))!; // Sat 31 Oct
    expect(new Date(november.start).toISOString()).toBe('2026-11-02T15:00:00.000Z'); // Mon, PST
  });

  it('is in progress after midnight for a meeting that crosses it', () => {
    const late = byslug('late-night-lifeline'); // Saturday 23:00-00:30
    const sundayMorning = Date.UTC(2026, 10, 29, 8, 15); // Sun 29 Nov 00:15 Portland
    expect(nextTime(late, sundayMorning)).toMatchObject({
      isInProgress: true,
      start: Date.UTC(2026, 10, 29, 7),
    });
  });

  it('ends one-off events once they are over', () => {
    const once = meeting({ days: [], date: '2026-11-20' });
    expect(nextTime(once, Date.UTC(2026, 10, 27))).toBeUndefined();
  });
});

describe('search and filters', () => {
  const index = indexEvents(events, Date.UTC(2026, 10, 27, 20), 'America/Los_Angeles', (code) =>
    code === 'S' ? 'Spanish' : code,
  );
  const find = (over: Partial<typeof NO_FILTERS>) =>
    findEvents(index, { ...NO_FILTERS, ...over }, '2026-11-27').map((r) => r.item.event.slug);

  it('parses quoted phrases and OR', () => {
    expect(parseQuery('"step study" OR speaker noon')).toEqual([
      ['step study'],
      ['speaker', 'noon'],
    ]);
    expect(matchesQuery('hybrid noon step study', parseQuery('"step study"'))).toBe(true);
    expect(matchesQuery('step and study', parseQuery('"step study"'))).toBe(false);
  });

  it('searches names, places and type names, accent- and case-blind', () => {
    expect(find({ query: 'amanecer' })).toEqual(['nuevo-amanecer']);
    expect(find({ query: 'SPANISH' })).toEqual(['nuevo-amanecer']);
    expect(find({ query: 'woodburn OR bend' }).sort()).toEqual(['markup-test', 'nuevo-amanecer']);
  });

  it('needs every chosen type', () => {
    expect(find({ types: ['O', 'D'] })).toEqual(['sunrise-serenity']);
  });

  it('filters by attendance, day, time of day and region', () => {
    expect(find({ attendance: 'online' }).sort()).toEqual([
      'closed-for-repairs',
      'late-night-lifeline',
    ]);
    // Tuesday, in the order of that day: the noon meeting, then the 19:30 one.
    expect(find({ day: '2' })).toEqual(['noon-step-study', 'nuevo-amanecer']);
    expect(find({ day: '4', time: 'evening' })).toEqual(['nuevo-amanecer', 'markup-test']);
    expect(find({ time: 'morning' })).toEqual(['sunrise-serenity']);
    expect(find({ region: 'salem' })).toEqual(['noon-step-study']);
  });

  it('sorts by time from now, and by distance from an origin within a radius', () => {
    // Friday 12:00 Portland: today's noon meeting is in progress, then Friday 17:30 in Eugene.
    expect(find({}).slice(0, 2)).toEqual(['noon-step-study', 'closed-for-repairs']);
    const portland = { lat: 45.5152, lon: -122.6784 };
    expect(find({ origin: portland, withinKm: 80, sort: 'distance' })).toEqual([
      'sunrise-serenity',
      'nuevo-amanecer',
      'noon-step-study',
    ]);
    expect(Math.round(distanceKm(portland, { lat: 44.9429, lon: -123.0351 }))).toBe(69);
  });
});

describe('typing on', () => {
  it('knows when a new query can only narrow the last one', () => {
    expect(narrows('', 'step')).toBe(true);
    expect(narrows('ste', 'step')).toBe(true);
    expect(narrows('step', 'step study')).toBe(true);
    expect(narrows('step s', 'step study')).toBe(true);
    expect(narrows('study step', 'step study')).toBe(true);
    // Deleting, changing a word, OR and quotes can widen: search everything again.
    expect(narrows('step', 'ste')).toBe(false);
    expect(narrows('step', 'hope')).toBe(false);
    expect(narrows('hope o', 'hope or')).toBe(true);
    expect(narrows('hope x', 'hope OR')).toBe(false);
    expect(narrows('hope', 'hope OR step')).toBe(false);
    expect(narrows('a OR b', 'a OR bc')).toBe(false);
    expect(narrows('step', '')).toBe(false);
  });

  it('refining the last results gives what a full search gives, in the same order', () => {
    const index = indexEvents(
      events,
      Date.parse('2026-11-27T18:00:00-08:00'),
      'America/Los_Angeles',
      (c) => c,
    );
    const today = '2026-11-27';
    let last = findEvents(index, { ...NO_FILTERS, types: [] }, today);
    for (const query of ['e', 'ex', 'exa', 'exam', 'example', 'example s', 'example st']) {
      expect(narrows('', query) || narrows(query.slice(0, -1), query)).toBe(true);
      last = refineByQuery(last, query);
      expect(last).toEqual(findEvents(index, { ...NO_FILTERS, types: [], query }, today));
    }
    expect(last.length).toBeGreaterThan(0);
  });
});

describe('ZoneDays', () => {
  it('converts wall times like zonedToEpoch, across both DST changes', () => {
    const days = new ZoneDays();
    for (const date of ['2026-03-07', '2026-03-08', '2026-03-09', '2026-11-01', '2026-11-02']) {
      for (const time of ['00:30', '01:30', '03:00', '07:00', '23:59']) {
        for (const zone of ['America/Los_Angeles', 'America/Boise']) {
          expect(days.epoch(date, time, zone)).toBe(zonedToEpoch(date, time, zone));
        }
      }
    }
  });
});

describe('eventCalendar', () => {
  it('writes a weekly RRULE with TZID for a meeting', () => {
    const text = eventCalendar(byslug('nuevo-amanecer'), Date.UTC(2026, 10, 27, 20));
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,TH');
    expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20261201T193000');
    expect(text).toContain('BEGIN:VTIMEZONE');
  });
});
