import type { MessageKey } from '$lib/i18n/en';
import { say as sayPhrase } from '$lib/i18n/format';
import { t } from '$lib/i18n/locale.svelte';
import type { Params, Phrase } from '$lib/i18n/translate';

/**
 * A failed write as a screen will say it: a message key and its parameters, never words.
 * Translated only when shown (`say`), so the message follows a language switch made after the
 * failure. State classes hold these; components render them with `say`.
 */
export interface Failure {
  key: MessageKey;
  /** The message's parameters (numbers and names, not words of ours: those would not switch). */
  params: Params;
  /** What went wrong underneath, when we have our own words for it (else params.message). */
  cause?: MessageKey;
}

/** The failure of a write, to be said with `key` (whose `{message}` tells what went wrong). */
export function failed(error: unknown, key: MessageKey, params: Params = {}): Failure {
  // A write refused because the lock changed in another tab: say what to do, in our words.
  if ((error as { name?: string } | undefined)?.name === 'LockChangedError') {
    return { key, params, cause: 'lock.error.changed' };
  }
  // The browser's own words (a quota, a closed connection): not ours to translate.
  const message = error instanceof Error ? error.message : String(error);
  return { key, params: { ...params, message } };
}

/** Words to show that are not a failure (a status line), kept as a key until shown. */
export const said = (key: MessageKey, params: Params = {}): Failure => ({ key, params });

/** The failure in the current language (reading it re-renders on a language switch). */
export function say(failure: Failure): string {
  const params = failure.cause ? { ...failure.params, message: t(failure.cause) } : failure.params;
  // A failure's parameters are filled where it happens ({message} from the browser, a name),
  // so they are checked there, not against the key here.
  return sayPhrase({ key: failure.key, params } as Phrase);
}

/**
 * Runs a write: undefined once done, else its failure to be said with `key` (the one try/catch
 * of the screens that write without a state class of their own).
 */
export async function attempt(
  write: () => Promise<unknown>,
  key: MessageKey,
  params?: Params,
): Promise<Failure | undefined> {
  try {
    await write();
    return undefined;
  } catch (error) {
    return failed(error, key, params);
  }
}
