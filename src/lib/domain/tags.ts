import type { MessageKey } from '$lib/i18n/en';
import type { Tag, TagKind } from './types';

export const TAG_NAME_MAX = 40;

const TRIGGERS = [
  'hungry',
  'angry',
  'lonely',
  'tired',
  'people',
  'places',
  'things',
  'stress',
  'conflict',
  'boredom',
  'celebration',
  'pain',
  'poorSleep',
] as const;

const COPING = [
  'calledSomeone',
  'meeting',
  'breathing',
  'exercise',
  'prayer',
  'music',
  'journaling',
  'ateOrRested',
  // Appended (order is position): recorded from the guided tool in My plan.
  'urgeSurfing',
] as const;

type BuiltInKey = `tag.${(typeof TRIGGERS)[number] | (typeof COPING)[number]}`;
const BUILT_IN_KEYS = new Set<string>([...TRIGGERS, ...COPING].map((id) => `tag.${id}`));

/** Whether a stored tag's built-in name is one the app has words for (a backup can say anything). */
export function isBuiltInKey(value: string | undefined): value is BuiltInKey {
  return value !== undefined && BUILT_IN_KEYS.has(value);
}

/** The built-in triggers (HALT, people, places and things...) and coping actions. */
export const builtInTags: readonly Tag[] = [
  ...TRIGGERS.map((id, order) => ({
    id,
    kind: 'trigger' as const,
    builtIn: `tag.${id}`,
    isArchived: false,
    order,
  })),
  ...COPING.map((id, order) => ({
    id,
    kind: 'coping' as const,
    builtIn: `tag.${id}`,
    isArchived: false,
    order,
  })),
];

/**
 * The tags the client sees: built-ins with the client's changes (rename, archive) laid over them,
 * then their own. Check-ins store tag ids, so a rename shows everywhere and history stays whole.
 */
export function mergeTags(stored: readonly Tag[]): Tag[] {
  const byId = new Map(builtInTags.map((tag) => [tag.id, tag]));
  for (const tag of stored) byId.set(tag.id, { ...byId.get(tag.id), ...tag });
  // Built-ins first in their fixed order, then the client's own in the order they were added.
  return [...byId.values()].sort(
    (a, b) =>
      a.kind.localeCompare(b.kind) || Number(!a.builtIn) - Number(!b.builtIn) || a.order - b.order,
  );
}

export function tagsOfKind(tags: readonly Tag[], kind: TagKind, withArchived = false): Tag[] {
  return tags.filter((tag) => tag.kind === kind && (withArchived || !tag.isArchived));
}

/** The name to show: the client's own, else the built-in's translation. */
export function tagName(tag: Tag, translate: (key: MessageKey) => string): string {
  return tag.name ?? (isBuiltInKey(tag.builtIn) ? translate(tag.builtIn) : tag.id);
}

/** Why a new or changed tag name cannot be used, or null when it can. */
export function tagNameProblem(
  name: string,
  others: readonly string[],
): 'tags.error.empty' | 'tags.error.tooLong' | 'tags.error.duplicate' | null {
  const trimmed = name.trim();
  if (!trimmed) return 'tags.error.empty';
  if (trimmed.length > TAG_NAME_MAX) return 'tags.error.tooLong';
  const folded = fold(trimmed);
  if (others.some((other) => fold(other) === folded)) return 'tags.error.duplicate';
  return null;
}

/** Case- and accent-insensitive form for comparing and searching. */
export function fold(text: string): string {
  // Text with no accented Latin letters (most of what feeds and notes hold) has nothing to
  // remove: the fast path. Searching thousands of meetings folds every one of them.
  if (!/[\u00c0-\u024f\u1e00-\u1eff]|\p{M}/u.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}
