/* The feed fixtures and example sources the event tests read (test-only: no screen imports it). */
import { readFileSync } from 'node:fs';
import type { EventSource } from '../types';

/** A feed as its server would send it, from tests/fixtures/feeds. */
export const feed = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../tests/fixtures/feeds/${name}`, import.meta.url), 'utf8'),
  );

/** An example source of this program and kind, with anything else it needs. */
export const exampleSource = (
  id: string,
  name: string,
  program: string,
  kind: EventSource['kind'] = 'meeting-guide',
  more: Partial<EventSource> = {},
): EventSource => ({ id, name, kind, url: '', program, isExample: true, ...more });
