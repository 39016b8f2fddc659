/**
 * Builds the events snapshot from the configured sources (Node only: `npm run events:sync`).
 * Each source is read, checked and normalised on its own; one that fails is reported and keeps
 * its events from the previous snapshot, so the rest still update and nothing is half-written.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localDate } from '$lib/domain/dates';
import { normaliseIcalFeed } from '$lib/domain/events/ical-feed';
import { FeedError, normaliseMeetingGuide } from '$lib/domain/events/meeting-guide';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type EventsSnapshot,
  type SourceStatus,
} from '$lib/domain/events/snapshot';
import type { EventSource, RecoveryEvent } from '$lib/domain/types';

export const MAX_FEED_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export type ReadSource = (source: EventSource) => Promise<string>;

/** Reads an http(s) URL (with a timeout and a size limit) or a file path. */
export const readSource: ReadSource = async (source) => {
  if (/^https?:\/\//i.test(source.url)) {
    let response: Response;
    try {
      response = await fetch(source.url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      const name = (error as Error).name;
      throw new FeedError(name === 'TimeoutError' ? 'timeout' : 'unreachable', String(error));
    }
    if (!response.ok) throw new FeedError('unreachable', `HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > MAX_FEED_BYTES) {
      throw new FeedError('tooBig');
    }
    const body = await response.arrayBuffer();
    if (body.byteLength > MAX_FEED_BYTES) throw new FeedError('tooBig');
    return new TextDecoder().decode(body);
  }
  const path = resolve(source.url);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new FeedError('unreachable', String(error));
  }
  if (size > MAX_FEED_BYTES) throw new FeedError('tooBig');
  return readFile(path, 'utf8');
};

export interface SyncInput {
  sources: EventSource[];
  previous?: EventsSnapshot;
  now: Date;
  typeNames: (code: string) => { en: string; es: string } | undefined;
  read?: ReadSource;
}

export interface SyncReport {
  snapshot: EventsSnapshot;
  lines: string[];
}

export async function syncEvents(input: SyncInput): Promise<SyncReport> {
  const read = input.read ?? readSource;
  const today = localDate(input.now, 'America/Los_Angeles');
  const events: RecoveryEvent[] = [];
  const statuses: SourceStatus[] = [];
  const lines: string[] = [];
  for (const source of input.sources) {
    const before = input.previous?.sources.find((s) => s.id === source.id);
    const base = {
      id: source.id,
      name: source.name,
      program: source.program,
      isExample: source.isExample,
    };
    try {
      const text = await read(source);
      let list: RecoveryEvent[];
      let skippedCount = 0;
      if (source.kind === 'ical') {
        list = normaliseIcalFeed(text, source, today);
      } else {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new FeedError('notJson');
        }
        const result = normaliseMeetingGuide(json, source);
        list = result.events;
        skippedCount = result.skipped.length;
      }
      events.push(...list);
      statuses.push({ ...base, updatedAt: input.now.toISOString(), count: list.length });
      lines.push(
        `ok    ${source.id}: ${list.length} events${skippedCount ? `, ${skippedCount} skipped` : ''}`,
      );
    } catch (error) {
      const problem = error instanceof FeedError ? error.message : `invalid: ${String(error)}`;
      const kept = input.previous?.events.filter((e) => e.sourceId === source.id) ?? [];
      events.push(...kept);
      statuses.push({
        ...base,
        ...(before?.updatedAt ? { updatedAt: before.updatedAt } : {}),
        error: problem,
        count: kept.length,
      });
      lines.push(
        `FAIL  ${source.id}: ${problem}; kept ${kept.length} events from the previous snapshot`,
      );
    }
  }
  const typeNames: EventsSnapshot['typeNames'] = {};
  for (const code of new Set(events.flatMap((e) => e.types))) {
    const names = input.typeNames(code);
    if (names) typeNames[code] = names;
  }
  return {
    snapshot: {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      generatedAt: input.now.toISOString(),
      isExample: statuses.some((s) => s.isExample && s.count > 0),
      sources: statuses,
      typeNames,
      events,
    },
    lines,
  };
}
