import { describe, expect, it } from 'vitest';
import { builtInTags, fold, mergeTags, tagName, tagNameProblem, tagsOfKind } from './tags';
import type { Tag } from './types';

const t = (key: string) => `«${key}»`;

describe('tags', () => {
  it('starts with HALT, people, places and things, and the usual coping actions', () => {
    const triggers = tagsOfKind(mergeTags([]), 'trigger').map((tag) => tag.id);
    // Written out here, not read from tags.ts, so that a change to the list fails this test.
    expect(triggers.slice(0, 7)).toEqual(
      'hungry angry lonely tired people places things'.split(' '),
    );
    expect(tagsOfKind(mergeTags([]), 'coping')).toHaveLength(9);
  });

  it('a rename keeps the id, so past check-ins show the new name', () => {
    const renamed: Tag = { ...builtInTags[0]!, name: 'Skipped lunch' };
    const merged = mergeTags([renamed]);
    const hungry = merged.find((tag) => tag.id === 'hungry')!;
    expect(tagName(hungry, t)).toBe('Skipped lunch');
    expect(merged.filter((tag) => tag.id === 'hungry')).toHaveLength(1);
  });

  it('archived tags leave the picker but stay known for history', () => {
    const archived: Tag = { ...builtInTags[1]!, isArchived: true };
    const merged = mergeTags([archived]);
    expect(tagsOfKind(merged, 'trigger').map((tag) => tag.id)).not.toContain('angry');
    expect(tagsOfKind(merged, 'trigger', true).map((tag) => tag.id)).toContain('angry');
  });

  it('puts custom tags after the built-ins, in the order added', () => {
    const custom: Tag[] = [
      { id: 'c2', kind: 'trigger', name: 'Payday', isArchived: false, order: 2 },
      { id: 'c1', kind: 'trigger', name: 'My ex', isArchived: false, order: 1 },
    ];
    const ids = tagsOfKind(mergeTags(custom), 'trigger').map((tag) => tag.id);
    expect(ids.slice(-2)).toEqual(['c1', 'c2']);
    expect(
      tagName(
        mergeTags(custom).find((tag) => tag.id === 'c1')!,
        t,
      ),
    ).toBe('My ex');
  });

  it('shows built-ins in the current language', () => {
    expect(tagName(builtInTags[0]!, t)).toBe('«tag.hungry»');
  });

  it('refuses empty, overlong and duplicate names, ignoring case and accents', () => {
    expect(tagNameProblem('  ', [])).toBe('tags.error.empty');
    expect(tagNameProblem('x'.repeat(41), [])).toBe('tags.error.tooLong');
    expect(tagNameProblem('estres', ['Estrés'])).toBe('tags.error.duplicate');
    expect(tagNameProblem('Payday', ['Hungry'])).toBeNull();
  });

  it('folds case and accents', () => {
    expect(fold('Canción ÁRBOL')).toBe('cancion arbol');
  });
});
