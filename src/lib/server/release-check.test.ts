import { describe, expect, it } from 'vitest';
import { center } from '$lib/config/center';
import type { EventsIndex } from '$lib/domain/events/snapshot';
import type { EventSource } from '$lib/domain/types';
import { checkRelease, isPlaceholderNumber } from './release-check';

const now = new Date('2026-11-28T12:00:00Z');
const index = (over: Partial<EventsIndex> = {}): EventsIndex => ({
  format: 'blvd-events-index',
  version: 1,
  generatedAt: '2026-11-27T12:00:00Z',
  isExample: false,
  hash: 'abc',
  parts: [{ url: '/events/meetings.abc.json', bytes: 10, count: 1 }],
  ...over,
});
const real: EventSource = {
  id: 'pdx-aa',
  name: 'Portland',
  kind: 'meeting-guide',
  url: 'https://example.org',
  program: 'AA',
  isExample: false,
  isConfirmed: true,
};
const realCenter = {
  ...center,
  phone: { id: 'center', tel: '+15032310000', display: '(503) 231-0000' },
};

describe('checkRelease', () => {
  it('passes real, fresh meetings and real numbers', () => {
    expect(
      checkRelease({ index: index(), missingParts: [], sources: [real], center: realCenter, now }),
    ).toEqual({ problems: [], warnings: [] });
  });

  it('fails example data, a snapshot older than 7 days, a missing one or a missing part', () => {
    const run = (over: Partial<Parameters<typeof checkRelease>[0]>) =>
      checkRelease({
        index: index(),
        missingParts: [],
        sources: [real],
        center: realCenter,
        now,
        ...over,
      }).problems;
    expect(run({ index: index({ isExample: true }) })).toEqual([
      expect.stringMatching(/example data/),
    ]);
    expect(run({ index: index({ generatedAt: '2026-11-20T11:00:00Z' }) })).toEqual([
      expect.stringMatching(/is 8 days old \(at most 7\)/),
    ]);
    expect(run({ index: index({ generatedAt: 'yesterday' }) })).toEqual([
      expect.stringMatching(/of unknown age/),
    ]);
    expect(run({ index: undefined })).toEqual([expect.stringMatching(/No meetings snapshot/)]);
    expect(run({ missingParts: ['/events/meetings.abc.json'] })).toEqual([
      expect.stringMatching(/part is missing/),
    ]);
  });

  it('fails while the shipped center still has its 555 placeholder', () => {
    const { problems } = checkRelease({
      index: index(),
      missingParts: [],
      sources: [real],
      center,
      now,
    });
    expect(problems).toEqual([expect.stringMatching(/placeholder number \(\(503\) 555-0100/)]);
  });

  it('warns about unconfirmed sources and fails example ones', () => {
    const verdict = checkRelease({
      index: index(),
      missingParts: [],
      sources: [
        { ...real, isConfirmed: false },
        { ...real, id: 'ex', isExample: true },
      ],
      center: realCenter,
      now,
    });
    expect(verdict.warnings).toEqual([expect.stringMatching(/"pdx-aa".*not yet confirmed/)]);
    expect(verdict.problems).toEqual([expect.stringMatching(/"ex" is example data/)]);
  });

  it('fails an example center program, passes a real one or none', () => {
    const facts = { index: index(), missingParts: [], sources: [real], center: realCenter, now };
    expect(checkRelease({ ...facts, program: { isExample: true } }).problems).toEqual([
      expect.stringContaining("The center's program (static/events/program.json) is example data"),
    ]);
    expect(checkRelease({ ...facts, program: { isExample: false } }).problems).toEqual([]);
    expect(checkRelease(facts).problems).toEqual([]);
  });

  it('fails until the measures’ wording is compared with the publisher’s files', () => {
    const facts = { index: index(), missingParts: [], sources: [real], center: realCenter, now };
    expect(checkRelease({ ...facts, unconfirmedMeasures: ['GAD-7'] }).problems).toEqual([
      expect.stringContaining('The GAD-7 wording'),
    ]);
    expect(checkRelease({ ...facts, unconfirmedMeasures: ['GAD-7'] }).problems[0]).toContain(
      'isGad7WordingConfirmed',
    );
    expect(checkRelease({ ...facts, unconfirmedMeasures: [] }).problems).toEqual([]);
  });

  it('knows placeholder numbers from real ones', () => {
    expect(isPlaceholderNumber({ id: 'a', tel: '+15035550100', display: '' })).toBe(true);
    expect(isPlaceholderNumber({ id: 'a', tel: '555-0123', display: '' })).toBe(true);
    expect(isPlaceholderNumber({ id: 'a', tel: '988', display: '' })).toBe(false);
    expect(isPlaceholderNumber({ id: 'a', tel: '+18006624357', display: '' })).toBe(false);
  });
});
