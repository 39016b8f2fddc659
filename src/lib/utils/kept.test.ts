import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptJson } from './kept';

const isList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((n) => typeof n === 'number');

/** A Cache API holding `files` (url -> body) in the cache named `name`. */
function cacheStorage(name: string, files: Record<string, string>) {
  return {
    match: async (url: string, options?: { cacheName?: string }) =>
      options?.cacheName === name && url in files ? new Response(files[url]) : undefined,
  };
}

describe('keptJson', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads what the page kept, from its own cache only', async () => {
    vi.stubGlobal('caches', cacheStorage('kept', { '/list.json': '[1,2,3]' }));
    expect(await keptJson('kept', '/list.json', isList)).toEqual([1, 2, 3]);
    expect(await keptJson('other', '/list.json', isList)).toBeUndefined();
    expect(await keptJson('kept', '/missing.json', isList)).toBeUndefined();
  });

  it('answers "nothing kept" for a file that is not what was asked for, or not JSON', async () => {
    vi.stubGlobal(
      'caches',
      cacheStorage('kept', { '/words.json': '["a"]', '/page.json': '<!doctype html>' }),
    );
    expect(await keptJson('kept', '/words.json', isList)).toBeUndefined();
    expect(await keptJson('kept', '/page.json', isList)).toBeUndefined();
  });

  it('answers "nothing kept" where the browser has no Cache API or refuses it', async () => {
    vi.stubGlobal('caches', undefined);
    expect(await keptJson('kept', '/list.json', isList)).toBeUndefined();
    vi.stubGlobal('caches', {
      match: () => Promise.reject(new DOMException('denied', 'SecurityError')),
    });
    expect(await keptJson('kept', '/list.json', isList)).toBeUndefined();
  });
});
