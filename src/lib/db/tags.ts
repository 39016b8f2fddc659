import { mergeTags } from '$lib/domain/tags';
import type { Tag } from '$lib/domain/types';
import { fromRows, toRow } from './codec';
import { withDb } from './database';
import { watch, type Observable } from './live';

const INDEXED = ['id', 'kind'] as const;

/** Built-in tags with the client's renames and archives, then their own tags. */
export async function allTags(): Promise<Tag[]> {
  const rows = await withDb((d) => d.tags.toArray());
  return mergeTags(await fromRows<Tag>('tags', rows));
}

/** Stores a custom tag, or the client's change to a built-in one (same id, so history follows). */
export async function saveTag(tag: Tag): Promise<void> {
  const row = await toRow('tags', tag, INDEXED);
  await withDb((d) => d.tags.put(row));
}

export function watchTags(): Observable<Tag[]> {
  return watch(allTags);
}
