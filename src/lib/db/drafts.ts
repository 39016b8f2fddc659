import { fromRow, toRow } from './codec';
import { readOrEmpty, withDb } from './database';

/**
 * Drafts of forms in progress. They go through the codec like any record: a half-written
 * journal note is as private as a saved one.
 */
export async function getDraft<T>(key: string): Promise<T | undefined> {
  const row = await readOrEmpty((d) => d.drafts.get(key), undefined);
  if (!row) return undefined;
  return (await fromRow<{ value: T }>('drafts', row)).value;
}

export async function saveDraft<T>(key: string, value: T): Promise<void> {
  const row = await toRow('drafts', { key, value, savedAt: Date.now() }, ['key']);
  await withDb((d) => d.drafts.put(row));
}

export async function clearDraft(key: string): Promise<void> {
  await withDb((d) => d.drafts.delete(key));
}
