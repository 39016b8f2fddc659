import { lock } from './lock.svelte';

/**
 * What only Settings (and a clean start) does to the lock: turn it on or off, a new PIN, the
 * phone's screen lock. Apart from lock.svelte.ts, which every screen loads at once to know
 * whether the app is locked and to unlock it.
 */

export async function enableLock(passphrase: string): Promise<void> {
  const { enableLock } = await import('$lib/db/lock-keys');
  lock.changedHere(await enableLock(passphrase));
  // Left while the records were being encrypted: the app was not locked yet when it was hidden.
  if (document.visibilityState === 'hidden') lock.lock();
}

/** Turns the lock off, confirmed by the passphrase or PIN (someone else may hold the phone). */
export function disableLock(passphrase: string): Promise<'ok' | 'wrong' | { waitSeconds: number }> {
  return lock.slowedDown(async () => {
    const { passkeyOf } = await import('$lib/db/lock-passkey');
    const passkey = await passkeyOf();
    const { disableLock } = await import('$lib/db/lock-keys');
    if ((await disableLock(passphrase)) === 'wrong') return 'wrong';
    lock.changedHere(undefined);
    if (passkey) await (await import('./passkey')).forgetPasskey(passkey.credentialId);
    return 'ok';
  });
}

/** A new PIN or passphrase, confirmed by the current one; no record is rewritten. */
export function changeSecret(
  current: string,
  next: string,
): Promise<'ok' | 'wrong' | { waitSeconds: number }> {
  return lock.slowedDown(async () => {
    const { changeSecret } = await import('$lib/db/lock-keys');
    const result = await changeSecret(current, next);
    // Same key: other tabs stay open; they are told anyway, so they read the lock afresh.
    if (result === 'ok') lock.tellOtherTabs('changed');
    return result;
  });
}

/** Adds the phone's screen lock, confirmed by the passphrase or PIN. */
export async function addPasskey(
  passphrase: string,
): Promise<'ok' | 'wrong' | 'unsupported' | 'changed'> {
  const { createPasskeyPrf, forgetPasskey } = await import('./passkey');
  const created = await createPasskeyPrf().catch(() => undefined);
  if (!created) return 'unsupported';
  const { addPasskey } = await import('$lib/db/lock-passkey');
  const added = await addPasskey(passphrase, created).catch(() => 'changed' as const);
  if (added !== true) {
    // The passkey just made opens nothing: the phone is told to forget it.
    await forgetPasskey(created.credentialId);
    return added === 'changed' ? 'changed' : 'wrong';
  }
  lock.hasPasskey = true;
  lock.tellOtherTabs('changed');
  return 'ok';
}

export async function removePasskey(): Promise<void> {
  const { removePasskey } = await import('$lib/db/lock-passkey');
  const credentialId = await removePasskey();
  lock.hasPasskey = false;
  lock.tellOtherTabs('changed');
  if (credentialId) await (await import('./passkey')).forgetPasskey(credentialId);
}

/** "Lock now": this tab and every other open tab of the app lock at once. */
export function lockEverywhere(): void {
  lock.lock();
  lock.tellOtherTabs('lock');
}
