import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventSource } from '$lib/domain/types';
import { MAX_FEED_BYTES, readSource, syncEvents } from './events-sync';

const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
const source = (
  id: string,
  url: string,
  kind: EventSource['kind'] = 'meeting-guide',
): EventSource => ({
  id,
  name: id,
  kind,
  url,
  program: 'AA',
  isExample: true,
});
const typeNames = (code: string) => ({ en: `en:${code}`, es: `es:${code}` });
const now = new Date('2026-11-27T20:00:00Z');

describe('syncEvents', () => {
  it('reads every source, normalises, and names the types used', async () => {
    const { snapshot, lines } = await syncEvents({
      sources: [
        source('aa', 'tests/fixtures/feeds/oregon-example-meetings.json'),
        source('na', 'tests/fixtures/feeds/na-example-meetings.json'),
        source('center', 'tests/fixtures/feeds/center-events.ics', 'ical'),
      ],
      now,
      typeNames,
    });
    expect(snapshot.sources.map((s) => [s.id, s.count, s.error])).toEqual([
      ['aa', 7, undefined],
      ['na', 2, undefined],
      ['center', 14, undefined],
    ]);
    expect(snapshot.isExample).toBe(true);
    expect(snapshot.typeNames.S).toEqual({ en: 'en:S', es: 'es:S' });
    expect(lines[0]).toBe('ok    aa: 7 events, 6 skipped');
  });

  it('a failing source keeps its previous events; the others still update', async () => {
    const first = await syncEvents({
      sources: [source('aa', 'tests/fixtures/feeds/oregon-example-meetings.json')],
      now,
      typeNames,
    });
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '[{"name": "x", ');
    const notArray = join(dir, 'object.json');
    writeFileSync(notArray, '{"meetings": []}');
    const later = new Date('2026-11-28T20:00:00Z');
    const { snapshot, lines } = await syncEvents({
      sources: [
        source('aa', malformed),
        source('na', 'tests/fixtures/feeds/na-example-meetings.json'),
        source('gone', join(dir, 'missing.json')),
        source('obj', notArray),
      ],
      previous: first.snapshot,
      now: later,
      typeNames,
    });
    const aa = snapshot.sources.find((s) => s.id === 'aa')!;
    expect(aa).toMatchObject({ count: 7, error: 'notJson', updatedAt: now.toISOString() });
    expect(snapshot.events.filter((e) => e.sourceId === 'aa')).toEqual(
      first.snapshot.events.filter((e) => e.sourceId === 'aa'),
    );
    expect(snapshot.sources.find((s) => s.id === 'na')).toMatchObject({
      count: 2,
      updatedAt: later.toISOString(),
    });
    expect(snapshot.sources.find((s) => s.id === 'gone')?.error).toMatch(/^unreachable/);
    expect(snapshot.sources.find((s) => s.id === 'obj')?.error).toBe('notArray');
    expect(lines.filter((l) => l.startsWith('FAIL'))).toHaveLength(3);
  });

  it('refuses a feed over the size limit (a 50 MB file) without reading it', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(MAX_FEED_BYTES + 1, 32));
    await expect(readSource(source('big', big))).rejects.toThrow('tooBig');
  });

  it('reports a source that times out or cannot be reached', async () => {
    const { snapshot } = await syncEvents({
      sources: [source('slow', 'https://example.invalid/feed.json')],
      now,
      typeNames,
      read: async () => {
        const { FeedError } = await import('$lib/domain/events/meeting-guide');
        throw new FeedError('timeout');
      },
    });
    expect(snapshot.sources[0]).toMatchObject({ error: 'timeout', count: 0 });
    expect(snapshot.events).toEqual([]);
  });
});
