/**
 * Builds the events snapshot from the configured sources (Node only: `npm run events:sync`).
 * Each source is read, checked and normalised on its own; one that fails is reported and keeps
 * its events from the previous snapshot, so the rest still update and nothing is half-written.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localDate } from '$lib/domain/dates';
import { normaliseBmlt } from '$lib/domain/events/bmlt';
import { normaliseIcalFeed } from '$lib/domain/events/ical-feed';
import {
  FeedError,
  normaliseMeetingGuide,
  type NormaliseResult,
  type SkipReason,
  type TypeNames,
} from '$lib/domain/events/meeting-guide';
import { mergeDuplicates } from '$lib/domain/events/merge';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type EventsSnapshot,
  type SourceStatus,
} from '$lib/domain/events/snapshot';
import type { EventSource, RecoveryEvent } from '$lib/domain/types';

export const MAX_FEED_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export type ReadSource = (source: EventSource, timeoutMs?: number) => Promise<string>;

/** What a person reads in the sync table for each problem. */
export const PROBLEM_TEXT: Record<string, string> = {
  notArray: 'not a Meeting Guide feed (expected a JSON array)',
  notJson: 'not JSON',
  notBmlt: 'not a BMLT GetSearchResults answer',
  html: 'answered with a web page, not data (a key or a login may be required)',
  redirect: 'redirected',
  empty: 'answered with no meetings',
  tooBig: `over ${MAX_FEED_BYTES / 1024 / 1024} MB`,
  unreachable: 'could not be read',
  timeout: 'timed out',
  invalid: 'invalid',
};

/**
 * Reads an http(s) URL (with a timeout, a size limit, and no redirects: a moved feed or a
 * login page must be seen, not followed) or a file path.
 */
export const readSource: ReadSource = async (source, timeoutMs = TIMEOUT_MS) => {
  if (/^https?:\/\//i.test(source.url)) {
    let response: Response;
    try {
      response = await fetch(source.url, {
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
        headers: { accept: 'application/json, text/calendar;q=0.9, */*;q=0.1' },
      });
    } catch (error) {
      const name = (error as Error).name;
      // Node's fetch says only "fetch failed"; the cause says why (ENOTFOUND, ECONNREFUSED...).
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const detail = cause?.code ?? cause?.message ?? String(error);
      throw new FeedError(name === 'TimeoutError' ? 'timeout' : 'unreachable', detail);
    }
    if (response.status >= 300 && response.status < 400) {
      throw new FeedError('redirect', `to ${response.headers.get('location') ?? '?'}`);
    }
    if (!response.ok) throw new FeedError('unreachable', `HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > MAX_FEED_BYTES) {
      throw new FeedError('tooBig');
    }
    let body: ArrayBuffer;
    try {
      body = await response.arrayBuffer();
    } catch (error) {
      const name = (error as Error).name;
      throw new FeedError(name === 'TimeoutError' ? 'timeout' : 'unreachable', String(error));
    }
    if (body.byteLength > MAX_FEED_BYTES) throw new FeedError('tooBig');
    const text = new TextDecoder().decode(body);
    const type = response.headers.get('content-type') ?? '';
    if (/text\/html/i.test(type) || looksLikeHtml(text)) throw new FeedError('html');
    return text;
  }
  const path = resolve(source.url);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new FeedError('unreachable', String(error));
  }
  if (size > MAX_FEED_BYTES) throw new FeedError('tooBig');
  const text = await readFile(path, 'utf8');
  if (looksLikeHtml(text)) throw new FeedError('html');
  return text;
};

const MARKUP = /<\/?[a-z!][^>]*>/i;

/** A WordPress login, a "key required" page or an error page, whatever its content type. */
const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html|<head|<body)/i.test(text);

export interface SyncInput {
  sources: EventSource[];
  previous?: EventsSnapshot;
  now: Date;
  typeNames: (code: string) => { en: string; es: string } | undefined;
  read?: ReadSource;
}

/** One row of the sync table. */
export interface SourceReport {
  id: string;
  kind: string;
  isConfirmed: boolean;
  /** Meetings kept in the snapshot for this source (read now, or kept from before). */
  meetings: number;
  /** Entries left out, by reason. */
  dropped: Partial<Record<SkipReason, number>>;
  /** Listings shown once under an earlier source's listing. */
  merged: number;
  /** Type codes with no name anywhere (never shown as raw codes). */
  unnamedTypes: string[];
  /** Meetings whose name or place holds markup: kept, and shown as plain text, never run. */
  withMarkup: number;
  error?: string;
  ms: number;
}

export interface SyncReport {
  snapshot: EventsSnapshot;
  reports: SourceReport[];
  /** The table printed by `npm run events:sync`. */
  lines: string[];
}

function normalise(source: EventSource, text: string, today: string): NormaliseResult {
  if (source.kind === 'ical')
    return { events: normaliseIcalFeed(text, source, today), skipped: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FeedError('notJson');
  }
  const result =
    source.kind === 'bmlt' ? normaliseBmlt(json, source) : normaliseMeetingGuide(json, source);
  // An empty answer replacing a full list is far more often an outage than a real change.
  if (result.events.length === 0) throw new FeedError('empty');
  return result;
}

export async function syncEvents(input: SyncInput): Promise<SyncReport> {
  const read = input.read ?? readSource;
  const today = localDate(input.now, 'America/Los_Angeles');
  const events: RecoveryEvent[] = [];
  const statuses: SourceStatus[] = [];
  const reports: SourceReport[] = [];
  const feedTypeNames: TypeNames = {};
  // The center's own program is not meetings: program-sync.ts reads it.
  for (const source of input.sources.filter((s) => s.kind !== 'program')) {
    const before = input.previous?.sources.find((s) => s.id === source.id);
    const started = performance.now();
    const base: SourceStatus = {
      id: source.id,
      name: source.name,
      program: source.program,
      kind: source.kind,
      isExample: source.isExample,
      isConfirmed: source.isConfirmed ?? false,
      count: 0,
    };
    const report: SourceReport = {
      id: source.id,
      kind: source.kind,
      isConfirmed: base.isConfirmed!,
      meetings: 0,
      dropped: {},
      merged: 0,
      unnamedTypes: [],
      withMarkup: 0,
      ms: 0,
    };
    try {
      const result = normalise(source, await read(source), today);
      events.push(...result.events);
      Object.assign(feedTypeNames, result.typeNames);
      report.withMarkup = result.events.filter((e) =>
        [e.name, e.location, e.address].some((text) => text && MARKUP.test(text)),
      ).length;
      for (const { reason } of result.skipped) {
        report.dropped[reason] = (report.dropped[reason] ?? 0) + 1;
      }
      statuses.push({ ...base, updatedAt: input.now.toISOString(), count: result.events.length });
    } catch (error) {
      const problem =
        error instanceof FeedError ? problemText(error) : `invalid: ${String(error).slice(0, 200)}`;
      const kept = input.previous?.events.filter((e) => e.sourceId === source.id) ?? [];
      events.push(...kept);
      for (const code of kept.flatMap((e) => e.types)) {
        const name = input.previous?.typeNames[code];
        if (name) feedTypeNames[code] = name;
      }
      statuses.push({
        ...base,
        ...(before?.updatedAt ? { updatedAt: before.updatedAt } : {}),
        error: problem,
        count: kept.length,
      });
      report.error = `${problem}; kept ${kept.length} from the previous snapshot`;
    }
    report.ms = Math.round(performance.now() - started);
    reports.push(report);
  }

  // Names for every type code; a code nobody names is dropped rather than shown raw.
  const typeNames: EventsSnapshot['typeNames'] = {};
  const nameOf = (code: string) => feedTypeNames[code] ?? input.typeNames(code);
  const named = events.map((event) => {
    const types = event.types.filter((code) => {
      const names = nameOf(code);
      if (names) typeNames[code] = names;
      else {
        const report = reports.find((r) => r.id === event.sourceId)!;
        if (!report.unnamedTypes.includes(code)) report.unnamedTypes.push(code);
      }
      return !!names;
    });
    return types.length === event.types.length ? event : { ...event, types };
  });

  const { events: merged, mergedBySource } = mergeDuplicates(named);
  for (const report of reports) {
    report.merged = mergedBySource[report.id] ?? 0;
    report.meetings = merged.filter((e) => e.sourceId === report.id).length;
  }
  for (const status of statuses) status.count = reports.find((r) => r.id === status.id)!.meetings;

  return {
    snapshot: {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      generatedAt: input.now.toISOString(),
      isExample: statuses.some((s) => s.isExample && s.count > 0),
      sources: statuses,
      typeNames,
      events: merged,
    },
    reports,
    lines: formatTable(reports),
  };
}

export function problemText(error: FeedError): string {
  const [, detail] = error.message.split(/: (.*)/s);
  const text = PROBLEM_TEXT[error.problem] ?? error.problem;
  return detail
    ? `${error.problem}: ${text} (${detail.slice(0, 200)})`
    : `${error.problem}: ${text}`;
}

/** A plain-text table, one row per source, then the problems in full below it. */
export function formatTable(reports: readonly SourceReport[]): string[] {
  const rows = reports.map((r) => [
    r.id,
    r.kind,
    r.isConfirmed ? 'yes' : 'NO',
    String(r.meetings),
    Object.entries(r.dropped)
      .map(([reason, count]) => `${count} ${reason}`)
      .join(', ') || '-',
    String(r.merged),
    r.error ? 'FAILED' : 'ok',
    String(r.ms),
  ]);
  const head = ['source', 'kind', 'confirmed', 'meetings', 'dropped', 'merged', 'status', 'ms'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 3 || i === 5 || i === 7 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  for (const r of reports) {
    if (r.error) out.push(`FAIL ${r.id}: ${r.error}`);
    if (r.unnamedTypes.length)
      out.push(`note ${r.id}: types with no name, left off: ${r.unnamedTypes.join(', ')}`);
    if (r.withMarkup)
      out.push(`note ${r.id}: ${r.withMarkup} with markup in a name or place, shown as plain text`);
    if (!r.isConfirmed && !r.error) out.push(`note ${r.id}: not yet confirmed with its publisher`);
  }
  return out;
}
