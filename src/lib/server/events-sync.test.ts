import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError } from '$lib/domain/events/meeting-guide';
import { isEventsIndex, isSnapshot } from '$lib/domain/events/snapshot';
import type { EventSource } from '$lib/domain/types';
import { readSnapshotFiles, snapshotFiles, writeSnapshotFiles } from './events-publish';
import { MAX_FEED_BYTES, readSource, syncEvents } from './events-sync';

const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
const source = (
  id: string,
  url: string,
  kind: EventSource['kind'] = 'meeting-guide',
  program = 'AA',
): EventSource => ({
  id,
  name: id,
  kind,
  url,
  program,
  isExample: true,
  ...(kind === 'bmlt' ? { provinces: ['OR', 'Oregon'] } : {}),
});
const KNOWN = new Set(['O', 'C', 'D', 'S', 'X', 'BE', 'LIT', 'ST', 'TC', 'W', 'CAN']);
const typeNames = (code: string) =>
  KNOWN.has(code) ? { en: `en:${code}`, es: `es:${code}` } : undefined;
const now = new Date('2026-11-27T20:00:00Z');
const fixture = (name: string) => `tests/fixtures/feeds/${name}`;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('syncEvents', () => {
  it('reads every kind of source, normalises, and names the types used', async () => {
    const { snapshot, reports, lines } = await syncEvents({
      sources: [
        source('aa', fixture('oregon-example-meetings.json')),
        source('na', fixture('na-example-meetings.json'), 'meeting-guide', 'NA'),
        source('na-bmlt', fixture('bmlt-oregon.json'), 'bmlt', 'NA'),
        source('center', fixture('center-events.ics'), 'ical'),
      ],
      now,
      typeNames,
    });
    expect(snapshot.sources.map((s) => [s.id, s.kind, s.count, s.error])).toEqual([
      ['aa', 'meeting-guide', 7, undefined],
      ['na', 'meeting-guide', 2, undefined],
      // 6 read, one of them the same meeting as na's "Sunrise Serenity": shown once.
      ['na-bmlt', 'bmlt', 5, undefined],
      ['center', 'ical', 14, undefined],
    ]);
    expect(snapshot.isExample).toBe(true);
    expect(snapshot.typeNames.S).toEqual({ en: 'en:S', es: 'es:S' });
    // BMLT's own formats bring their names; nothing on any event lacks a name.
    expect(snapshot.typeNames['NA-BT']).toEqual({ en: 'Basic Text', es: 'Texto Básico' });
    for (const event of snapshot.events)
      for (const code of event.types) expect(snapshot.typeNames[code]).toBeDefined();
    expect(reports.find((r) => r.id === 'na-bmlt')).toMatchObject({
      meetings: 5,
      merged: 1,
      dropped: { badDay: 2, noDayOrTime: 1, outsideArea: 1, unpublished: 1 },
    });
    expect(lines[0]).toMatch(/^\| source +\| kind +\| confirmed \| meetings \| dropped/);
    expect(lines).toContain('note aa: 1 with markup in a name or place, shown as plain text');
    expect(lines).toContain('note na-bmlt: 1 with markup in a name or place, shown as plain text');
    expect(lines.find((l) => l.startsWith('| na-bmlt'))).toMatch(
      /\| +5 \| .*2 badDay.* \| +1 \| ok/,
    );
  });

  it('shows a meeting listed by two sources once, naming both', async () => {
    const { snapshot } = await syncEvents({
      sources: [
        source('na', fixture('na-example-meetings.json'), 'meeting-guide', 'NA'),
        source('na-bmlt', fixture('bmlt-oregon.json'), 'bmlt', 'NA'),
      ],
      now,
      typeNames,
    });
    const sunrise = snapshot.events.filter((e) => e.name === 'Sunrise Serenity (EXAMPLE NA)');
    expect(sunrise.map((e) => [e.id, e.alsoListedBy])).toEqual([
      ['na:sunrise-serenity', ['na-bmlt']],
    ]);
  });

  it('leaves off type codes nobody names and says so', async () => {
    const { snapshot, reports, lines } = await syncEvents({
      sources: [source('plain', fixture('bmlt-plain.json'), 'bmlt', 'NA')],
      now,
      typeNames: () => undefined,
    });
    expect(snapshot.events.flatMap((e) => e.types)).toEqual(['NA-BT']);
    expect(reports[0]!.unnamedTypes).toEqual(['O', 'ST', 'C']);
    expect(lines).toContain('note plain: types with no name, left off: O, ST, C');
  });

  it('a failing source keeps its previous events; the others still update', async () => {
    const first = await syncEvents({
      sources: [
        source('aa', fixture('oregon-example-meetings.json')),
        source('bmlt', fixture('bmlt-oregon.json'), 'bmlt', 'NA'),
      ],
      now,
      typeNames,
    });
    const later = new Date('2026-11-28T20:00:00Z');
    const { snapshot, lines } = await syncEvents({
      sources: [
        source('aa', file('malformed.json', '[{"name": "x", ')),
        source('na', fixture('na-example-meetings.json')),
        source('gone', join(dir, 'missing.json')),
        source('obj', file('object.json', '{"meetings": []}')),
        source('bmlt', file('bmlt-empty.json', '{}'), 'bmlt', 'NA'),
        source('html', file('login.json', '<!DOCTYPE html><html><body>Log in</body></html>')),
      ],
      previous: first.snapshot,
      now: later,
      typeNames,
    });
    const status = (id: string) => snapshot.sources.find((s) => s.id === id)!;
    expect(status('aa')).toMatchObject({ count: 7, updatedAt: now.toISOString() });
    expect(status('aa').error).toMatch(/^notJson/);
    expect(snapshot.events.filter((e) => e.sourceId === 'aa')).toEqual(
      first.snapshot.events.filter((e) => e.sourceId === 'aa'),
    );
    expect(status('na')).toMatchObject({ count: 2, updatedAt: later.toISOString() });
    expect(status('gone').error).toMatch(/^unreachable/);
    expect(status('obj').error).toMatch(/^notArray/);
    // BMLT's {} is "no meetings": far more often an outage than a real change.
    // Six kept; one of them is na's "Sunrise Serenity", now shown once under na.
    expect(status('bmlt')).toMatchObject({ count: 5 });
    expect(status('bmlt').error).toMatch(/^empty: answered with no meetings/);
    expect(status('html').error).toMatch(/^html: answered with a web page/);
    expect(lines.filter((l) => l.startsWith('FAIL'))).toEqual([
      expect.stringMatching(/^FAIL aa: notJson: not JSON; kept 7 from the previous snapshot$/),
      expect.stringMatching(/^FAIL gone: unreachable/),
      expect.stringMatching(/^FAIL obj: notArray/),
      expect.stringMatching(/^FAIL bmlt: empty: .*kept 6 from the previous snapshot$/),
      expect.stringMatching(/^FAIL html: html: /),
    ]);
    // Names of the kept meetings' own types survive too.
    expect(snapshot.typeNames['NA-BT']).toBeDefined();
  });

  it('refuses a feed over the size limit without reading it', async () => {
    const big = file('big.json', '');
    writeFileSync(big, Buffer.alloc(MAX_FEED_BYTES + 1, 32));
    await expect(readSource(source('big', big))).rejects.toThrow('tooBig');
  });

  it('reports a source that throws, with nothing to keep', async () => {
    const { snapshot } = await syncEvents({
      sources: [source('slow', 'https://example.invalid/feed.json')],
      now,
      typeNames,
      read: async () => {
        throw new FeedError('timeout');
      },
    });
    expect(snapshot.sources[0]).toMatchObject({ count: 0 });
    expect(snapshot.sources[0]!.error).toMatch(/^timeout/);
    expect(snapshot.events).toEqual([]);
  });
});

describe('readSource over HTTP', () => {
  let server: Server;
  let base = '';
  const feed = readFileSync(fixture('na-example-meetings.json'), 'utf8');
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed') res.writeHead(200, { 'content-type': 'application/json' }).end(feed);
      else if (req.url === '/key-required')
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>A key is required</p>');
      else if (req.url === '/login-as-json')
        res.writeHead(200, { 'content-type': 'application/json' }).end('<html><body>Login');
      else if (req.url === '/moved')
        res.writeHead(301, { location: 'https://elsewhere.example/feed' }).end();
      else if (req.url === '/slow') setTimeout(() => res.end('[]'), 2_000);
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const at = (path: string) => source('http', `${base}${path}`);

  it('reads a feed', async () => {
    expect(JSON.parse(await readSource(at('/feed')))).toHaveLength(2);
  });

  it('refuses an HTML page (a key, a login, an error page), whatever its content type', async () => {
    await expect(readSource(at('/key-required'))).rejects.toThrow(/^html/);
    await expect(readSource(at('/login-as-json'))).rejects.toThrow(/^html/);
  });

  it('does not follow a redirect, and says where it led', async () => {
    await expect(readSource(at('/moved'))).rejects.toThrow(
      'redirect: to https://elsewhere.example/feed',
    );
  });

  it('reports an HTTP error and a timeout', async () => {
    await expect(readSource(at('/missing'))).rejects.toThrow('unreachable: HTTP 404');
    await expect(readSource(at('/slow'), 300)).rejects.toThrow(/^timeout/);
  });

  it('in a sync, a timeout keeps the previous meetings and the others update', async () => {
    const previous = (await syncEvents({ sources: [at('/feed')], now, typeNames })).snapshot;
    const { snapshot } = await syncEvents({
      sources: [at('/slow'), source('aa', fixture('oregon-example-meetings.json'))],
      previous: { ...previous, sources: [{ ...previous.sources[0]!, id: 'http' }] },
      now,
      typeNames,
      read: (s) => readSource(s, 300),
    });
    expect(snapshot.sources.map((s) => [s.id, s.count, s.error?.split(':')[0]])).toEqual([
      ['http', 2, 'timeout'],
      ['aa', 7, undefined],
    ]);
  });
});

describe('snapshot files', () => {
  const sync = () =>
    syncEvents({
      sources: [
        source('aa', fixture('oregon-example-meetings.json')),
        source('na-bmlt', fixture('bmlt-oregon.json'), 'bmlt', 'NA'),
      ],
      now,
      typeNames,
    });

  it('names parts by content: the same snapshot gives the same names', async () => {
    const a = snapshotFiles((await sync()).snapshot);
    const b = snapshotFiles((await sync()).snapshot);
    expect(isEventsIndex(a.index)).toBe(true);
    expect(a.index.hash).toBe(b.index.hash);
    expect(a.index.parts).toHaveLength(1);
    expect(a.index.parts[0]!.url).toMatch(/^\/events\/meetings\.[0-9a-f]{16}\.json$/);
    const changed = snapshotFiles({ ...(await sync()).snapshot, generatedAt: 'later' });
    expect(changed.index.hash).not.toBe(a.index.hash);
  });

  it('splits a snapshot over the limit into parts by area, and reads them back whole', async () => {
    const { snapshot } = await sync();
    const files = snapshotFiles(snapshot, 500);
    expect(files.index.parts.length).toBeGreaterThan(1);
    expect(files.index.parts.reduce((n, p) => n + p.count, 0)).toBe(snapshot.events.length);
    const out = mkdtempSync(join(tmpdir(), 'events-'));
    writeFileSync(join(out, 'meetings.old.json'), '{}');
    writeFileSync(join(out, 'snapshot.json'), '{}');
    writeSnapshotFiles(out, files);
    expect(readdirSync(out).sort()).toEqual(
      ['index.json', ...files.files.map((f) => f.name)].sort(),
    );
    const back = readSnapshotFiles(out)!;
    expect(isSnapshot(back)).toBe(true);
    expect(back.events.map((e) => e.id).sort()).toEqual(snapshot.events.map((e) => e.id).sort());
  });

  it('reads nothing from a folder with no or a broken index', () => {
    const out = mkdtempSync(join(tmpdir(), 'events-'));
    expect(readSnapshotFiles(out)).toBeUndefined();
    writeFileSync(join(out, 'index.json'), '{"format": "nope"}');
    expect(readSnapshotFiles(out)).toBeUndefined();
  });
});
