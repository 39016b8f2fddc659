/**
 * Writes a snapshot as the files the app serves (Node only): static/events/index.json, small
 * and revalidated on each visit, and part files named by their content hash, so a phone that
 * has a part never downloads it again and a cache can keep it forever.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  INDEX_FORMAT,
  isEventsIndex,
  isSnapshot,
  type EventsIndex,
  type EventsSnapshot,
} from '$lib/domain/events/snapshot';
import type { RecoveryEvent } from '$lib/domain/types';

/** About 1 MB gzip: above it, a phone on a slow line would wait too long for the whole state. */
export const SPLIT_ABOVE_GZIP_BYTES = 1_000_000;
const PART_PATTERN = /^meetings\.[\w-]+\.json$/;

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Where a meeting is, coarsely, for splitting: its city, else its region's first step. */
function area(event: RecoveryEvent): string {
  if (event.attendance === 'online') return 'Online';
  return event.city ?? event.region?.split(' › ')[0] ?? 'Other';
}

export interface SnapshotFiles {
  index: EventsIndex;
  files: { name: string; text: string }[];
}

/** The files for a snapshot: one part, or parts by area when the whole passes the limit. */
export function snapshotFiles(
  snapshot: EventsSnapshot,
  splitAbove = SPLIT_ABOVE_GZIP_BYTES,
): SnapshotFiles {
  const whole = JSON.stringify(snapshot);
  let groups: RecoveryEvent[][] = [snapshot.events];
  if (gzipSync(whole).byteLength > splitAbove) {
    const byArea = new Map<string, RecoveryEvent[]>();
    for (const event of snapshot.events) {
      const key = area(event);
      byArea.set(key, [...(byArea.get(key) ?? []), event]);
    }
    // Largest areas first (Portland before a small town), packed into parts of similar weight.
    const ratio = Math.ceil(gzipSync(whole).byteLength / splitAbove);
    const target = Math.ceil(snapshot.events.length / ratio);
    groups = [];
    let current: RecoveryEvent[] = [];
    for (const list of [...byArea.values()].sort((a, b) => b.length - a.length)) {
      if (current.length && current.length + list.length > target) {
        groups.push(current);
        current = [];
      }
      current = current.concat(list);
    }
    if (current.length) groups.push(current);
  }
  const files = groups.map((events) => {
    const text = JSON.stringify({ ...snapshot, events } satisfies EventsSnapshot);
    return {
      name: `meetings.${hashOf(text)}.json`,
      text,
      count: events.length,
      regions: groups.length > 1 ? [...new Set(events.map(area))] : undefined,
    };
  });
  const index: EventsIndex = {
    format: INDEX_FORMAT,
    version: 1,
    generatedAt: snapshot.generatedAt,
    isExample: snapshot.isExample,
    hash: hashOf(files.map((f) => f.name).join()),
    parts: files.map((f) => ({
      url: `/events/${f.name}`,
      bytes: Buffer.byteLength(f.text),
      count: f.count,
      ...(f.regions ? { regions: f.regions } : {}),
    })),
  };
  return { index, files: files.map(({ name, text }) => ({ name, text })) };
}

/** Writes the files into `dir` and removes parts that the new index no longer names. */
export function writeSnapshotFiles(dir: string, { index, files }: SnapshotFiles): void {
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.name), file.text);
  // The index last: a reader never sees an index naming a part not yet written.
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  const keep = new Set(files.map((f) => f.name));
  for (const name of readdirSync(dir)) {
    if ((PART_PATTERN.test(name) && !keep.has(name)) || name === 'snapshot.json') {
      rmSync(join(dir, name));
    }
  }
}

/** The snapshot in `dir` as one, its parts joined; undefined if there is none or it is broken. */
export function readSnapshotFiles(dir: string): EventsSnapshot | undefined {
  try {
    const indexPath = join(dir, 'index.json');
    if (!existsSync(indexPath)) return undefined;
    const index: unknown = JSON.parse(readFileSync(indexPath, 'utf8'));
    if (!isEventsIndex(index)) return undefined;
    const parts = index.parts.map((part) =>
      JSON.parse(readFileSync(join(dir, part.url.replace('/events/', '')), 'utf8')),
    );
    if (!parts.every(isSnapshot)) return undefined;
    return { ...parts[0]!, events: parts.flatMap((p) => p.events) };
  } catch {
    return undefined;
  }
}
