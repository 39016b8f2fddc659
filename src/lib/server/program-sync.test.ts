import { describe, expect, it } from 'vitest';
import { FeedError } from '$lib/domain/events/meeting-guide';
import type { EventSource } from '$lib/domain/types';
import { programVersion, syncProgram } from './program-sync';

const source = (url: string): EventSource => ({
  id: 'center',
  name: 'Recovery BLVD',
  kind: 'program',
  url,
  program: 'Recovery BLVD',
  isExample: false,
  isConfirmed: true,
});
const now = new Date('2026-11-28T11:00:00Z');

describe('syncing the center’s program', () => {
  it('reads the program file, names its tracks, and versions it by contents alone', async () => {
    const first = await syncProgram(source('tests/fixtures/ics/center-program-v1.ics'), { now });
    expect(first.error).toBeUndefined();
    expect(first.isChanged).toBe(true);
    expect(first.program?.tracks.map((t) => t.name)).toEqual(['Day IOP', 'Evening IOP', 'Family']);
    expect(first.lines[0]).toContain('3 tracks (Day IOP, Evening IOP, Family)');
    // The same file a day later: the same version, nothing to publish.
    const again = await syncProgram(source('tests/fixtures/ics/center-program-v1.ics'), {
      now: new Date('2026-11-29T11:00:00Z'),
      previous: first.program,
    });
    expect(again.isChanged).toBe(false);
    expect(again.program).toBe(first.program);
    const second = await syncProgram(source('tests/fixtures/ics/center-program-v2.ics'), {
      now,
      previous: first.program,
    });
    expect(second.isChanged).toBe(true);
    expect(second.program?.version).not.toBe(first.program?.version);
    const { version: _v, ...rest } = first.program!;
    expect(programVersion({ ...rest, publishedAt: 'later' })).toBe(first.program?.version);
  });

  it('a broken file fails with a clear message and keeps the last good program', async () => {
    const good = (await syncProgram(source('tests/fixtures/ics/center-program-v1.ics'), { now }))
      .program;
    const broken = await syncProgram(source('tests/fixtures/ics/truncated.ics'), {
      now,
      previous: good,
    });
    expect(broken.error).toMatch(/cut off|incomplete|truncated/i);
    expect(broken.program).toBe(good);
    expect(broken.lines.join('\n')).toContain('The last good program');

    const page = await syncProgram(source('https://center.example/program.ics'), {
      now,
      previous: good,
      read: async () => {
        throw new FeedError('html');
      },
    });
    expect(page.error).toContain('web page');
    expect(page.program).toBe(good);
  });
});
