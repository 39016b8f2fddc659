import { closeDb } from './database';

export type WriteProblem = 'full' | 'closed' | 'other';

/**
 * Sorts a failed write into what the client can do about it. Storage full needs space freed;
 * a closed or lost connection (Dexie's DatabaseClosedError, the iOS "connection to the
 * database server was lost" UnknownError, an aborted transaction) is fixed by reopening.
 */
export function classifyWriteError(error: unknown): WriteProblem {
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  const names = [name, inner];
  if (names.includes('QuotaExceededError')) return 'full';
  if (
    names.some((n) =>
      ['DatabaseClosedError', 'InvalidStateError', 'UnknownError', 'AbortError'].includes(n),
    )
  ) {
    return 'closed';
  }
  return 'other';
}

/** Gets ready for a retry: a closed or broken connection is dropped and reopens on next use. */
export function recoverFromWriteError(problem: WriteProblem): void {
  if (problem === 'closed') closeDb();
}
