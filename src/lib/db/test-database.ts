// Test support, imported only by the repository tests (*.test.ts): each test starts from an empty
// database on a phone that grants persistent storage, and leaves neither a key nor a database
// behind for the next one.
import { afterEach, beforeEach, vi } from 'vitest';
import { plainCodec, useCodec } from './codec';
import { deleteDatabase } from './database';

export function useEmptyDatabase(): void {
  beforeEach(() => {
    vi.stubGlobal('navigator', { storage: { persist: async () => true } });
  });
  afterEach(async () => {
    useCodec(plainCodec);
    vi.unstubAllGlobals();
    await deleteDatabase();
  });
}
