import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveCheckIn } from './checkIns';
import { closeDb, db, deleteDatabase } from './database';
import { classifyWriteError, recoverFromWriteError } from './errors';

afterEach(async () => {
  vi.unstubAllGlobals();
  await deleteDatabase();
});

const checkIn = {
  id: 'a',
  at: 1,
  date: '2026-11-27',
  mood: 3 as const,
  craving: 2,
  triggerIds: [],
  copingIds: [],
  createdAt: 1,
  updatedAt: 1,
};

describe('write failures', () => {
  it('sorts failures into what the client can do', () => {
    expect(classifyWriteError(new DOMException('full', 'QuotaExceededError'))).toBe('full');
    expect(classifyWriteError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(
      'full',
    );
    expect(classifyWriteError({ name: 'DatabaseClosedError' })).toBe('closed');
    // iOS Safari: "Connection to Indexed Database server lost. Refresh the page to try again"
    expect(classifyWriteError({ name: 'UnknownError' })).toBe('closed');
    expect(classifyWriteError(new TypeError('x'))).toBe('other');
  });

  it('a closed database is reopened, and the retry saves', async () => {
    vi.stubGlobal('navigator', { storage: { persist: async () => true } });
    const database = await db();
    database.close();
    const error = await saveCheckIn(checkIn).catch((e: unknown) => e);
    const problem = classifyWriteError(error);
    expect(problem).toBe('closed');
    recoverFromWriteError(problem);
    await saveCheckIn(checkIn);
    expect(await (await db()).checkIns.count()).toBe(1);
    closeDb();
  });
});
