/**
 * The center's program (a source of kind `program`): read like any source (no redirects, no
 * HTML, size and time limits), checked like any imported calendar, and written beside the events
 * snapshot as `program.json`. A broken file fails the sync with a clear message and leaves the
 * last good program in place.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { programFromCalendar } from '$lib/domain/center/from-ics';
import { isCenterProgram, type CenterProgram } from '$lib/domain/center/program';
import { localDate } from '$lib/domain/dates';
import { FeedError } from '$lib/domain/events/meeting-guide';
import type { EventSource } from '$lib/domain/types';
import { ics } from '$lib/i18n/en/ics';
import { readSource, problemText, type ReadSource } from './events-sync';

export const PROGRAM_FILE = 'program.json';

export interface ProgramSync {
  /** The program to publish: the new one, or the last good one when this one failed. */
  program?: CenterProgram;
  isChanged: boolean;
  error?: string;
  lines: string[];
}

/** A version that changes only when the program does (not its publication time). */
export function programVersion(program: Omit<CenterProgram, 'version'>): string {
  const { publishedAt: _at, ...contents } = program;
  return createHash('sha256').update(JSON.stringify(contents)).digest('hex').slice(0, 16);
}

export async function syncProgram(
  source: EventSource,
  options: { previous?: CenterProgram; now: Date; read?: ReadSource },
): Promise<ProgramSync> {
  const read = options.read ?? readSource;
  const fail = (error: string): ProgramSync => ({
    ...(options.previous ? { program: options.previous } : {}),
    isChanged: false,
    error,
    lines: [
      `program ${source.id}: FAILED, ${error}.`,
      options.previous
        ? `  The last good program (version ${options.previous.version}) stays published.`
        : '  No program is published until the file is fixed.',
    ],
  });
  let text: string;
  try {
    text = await read(source);
  } catch (error) {
    return fail(error instanceof FeedError ? problemText(error) : String(error));
  }
  const result = programFromCalendar(text, {
    name: source.name,
    today: localDate(options.now, 'America/Los_Angeles'),
    publishedAt: options.now.toISOString(),
    defaultTimeZone: 'America/Los_Angeles',
  });
  if (!result.ok) return fail(ics[result.error as keyof typeof ics] as string);
  if (source.isExample) result.program.isExample = true;
  const version = programVersion(result.program);
  const isChanged = version !== options.previous?.version;
  const program: CenterProgram =
    isChanged || !options.previous ? { ...result.program, version } : options.previous;
  const weekly = program.events.filter((e) => e.weekdays.length).length;
  return {
    program,
    isChanged,
    lines: [
      `program ${source.id}: ${program.tracks.length} tracks (${program.tracks.map((t) => t.name).join(', ') || 'none: every event is for everyone'}), ` +
        `${weekly} weekly and ${program.events.length - weekly} one-off sessions, ` +
        `${program.occurrences.length} moved or cancelled occurrences; ` +
        (isChanged ? `new version ${version}` : `unchanged (version ${version})`),
    ],
  };
}

export function readProgramFile(dir: string): CenterProgram | undefined {
  const path = join(dir, PROGRAM_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isCenterProgram(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeProgramFile(dir: string, program: CenterProgram): void {
  writeFileSync(join(dir, PROGRAM_FILE), JSON.stringify(program));
}
