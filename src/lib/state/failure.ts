import { classifyWriteError } from '$lib/db/errors';
import type { FailureKey, Phrase, PlainKey } from '$lib/i18n/en';

/**
 * A failed write as a screen will say it: a Phrase whose `{message}` is the cause, never words.
 * Said only when shown, so the message follows a language switch made after the failure.
 */
export type Failure = Phrase;

/**
 * What went wrong underneath: our own words where we have them (they switch language with the
 * sentence), else the browser's (a closed connection's detail is not ours to translate).
 */
function causeOf(error: unknown): Phrase | string {
  // A write refused because the lock changed in another tab: say what to do.
  if ((error as { name?: string } | undefined)?.name === 'LockChangedError') {
    return { key: 'lock.error.changed' };
  }
  // The browser says a full disk in its own (English) words: say it kindly, in the client's.
  if (classifyWriteError(error) === 'full') return { key: 'write.full' };
  return error instanceof Error ? error.message : String(error);
}

/** The failure of a write, to be said with `key` (whose `{message}` tells what went wrong). */
export function failed(error: unknown, key: FailureKey): Failure {
  return { key, params: { message: causeOf(error) } };
}

/** Words to show that are not a failure (a status line), kept as a key until shown. */
export const said = (key: PlainKey): Phrase => ({ key });

/**
 * Runs a write: undefined once done, else its failure to be said with `key` (the one try/catch
 * of the screens that write without a state class of their own).
 */
export async function attempt(
  write: () => Promise<unknown>,
  key: FailureKey,
): Promise<Failure | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    return failed(error, key);
  }
}
