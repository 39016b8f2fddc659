import {
  normalisePlan,
  sortVersions,
  versionFor,
  type Plan,
  type PlanVersion,
} from '$lib/domain/plan/plan';
import { fromRow, fromRows, toRow } from './codec';
import { withDb } from './database';
import { watch, type Observable } from './live';
import { afterRecordSaved } from './persistence';

/**
 * The relapse-prevention and safety plan: one row per day it was saved (`plan:YYYY-MM-DD`), the
 * newest being the plan in use, and the voice message to myself in its own row. Everything but
 * the id and save time passes through the codec (encrypted under the app lock).
 */
const INDEXED = ['id', 'savedAt'] as const;
const RECORDING_ID = 'message';

/**
 * Saves the plan as today's version (replacing an earlier save today); returns that version.
 * The editor's draft, if named, goes in the same transaction: both happen or neither, and a
 * save on a slow phone waits for one round trip to storage, not two.
 */
export async function savePlan(
  plan: Plan,
  now: number,
  timeZone: string,
  draftKey?: string,
): Promise<PlanVersion> {
  const version = versionFor(plan, now, timeZone);
  const row = await toRow('plans', version, INDEXED);
  await withDb((d) =>
    d.transaction('rw', d.plans, d.drafts, async () => {
      await d.plans.put(row);
      if (draftKey) await d.drafts.delete(draftKey);
    }),
  );
  await afterRecordSaved();
  return version;
}

function opened(version: PlanVersion): PlanVersion {
  return { ...version, plan: normalisePlan(version.plan) };
}

/** The plan in use: the newest version, read from the save-time index alone. */
export async function latestPlan(): Promise<PlanVersion | undefined> {
  const row = await withDb((d) => d.plans.orderBy('savedAt').last());
  return row ? opened(await fromRow<PlanVersion>('plans', row)) : undefined;
}

export function watchLatestPlan(): Observable<PlanVersion | undefined> {
  return watch(latestPlan);
}

/** Every version, newest first. */
export async function planVersions(): Promise<PlanVersion[]> {
  const rows = await withDb((d) => d.plans.toArray());
  return sortVersions((await fromRows<PlanVersion>('plans', rows)).map(opened));
}

export function watchPlanVersions(): Observable<PlanVersion[]> {
  return watch(planVersions);
}

export async function getPlanVersion(id: string): Promise<PlanVersion | undefined> {
  const row = await withDb((d) => d.plans.get(id));
  return row ? opened(await fromRow<PlanVersion>('plans', row)) : undefined;
}

/** A voice message to myself, as base64 so it passes through the codec's JSON like any record. */
export interface Recording {
  id: string;
  mimeType: string;
  /** The audio bytes, base64. */
  data: string;
  durationMs: number;
  recordedAt: number;
  updatedAt: number;
}

export async function saveRecording(recording: Omit<Recording, 'id'>): Promise<void> {
  const row = await toRow('recordings', { ...recording, id: RECORDING_ID }, ['id'] as const);
  await withDb((d) => d.recordings.put(row));
  await afterRecordSaved();
}

export async function getRecording(): Promise<Recording | undefined> {
  const row = await withDb((d) => d.recordings.get(RECORDING_ID));
  return row ? fromRow<Recording>('recordings', row) : undefined;
}

export function watchRecording(): Observable<Recording | undefined> {
  return watch(getRecording);
}

export async function deleteRecording(): Promise<void> {
  await withDb((d) => d.recordings.delete(RECORDING_ID));
}
