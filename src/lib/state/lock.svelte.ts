import { isLockEnabled, setUnlocked } from '$lib/db/lock';
import { center } from '$lib/config/center';

const FLAG = 'lockEnabled';
const ATTEMPTS = 'lockAttempts';
export const IDLE_MINUTES = 5;
/** Free tries before waiting starts; then the wait doubles, up to 5 minutes. Nothing is deleted. */
const FREE_TRIES = 3;

/** Seconds to wait after `failures` wrong tries. */
export function backoffSeconds(failures: number): number {
  return failures < FREE_TRIES ? 0 : Math.min(300, 5 * 2 ** (failures - FREE_TRIES));
}

function readAttempts(): { failures: number; waitUntil: number } {
  try {
    return JSON.parse(localStorage.getItem(ATTEMPTS) ?? '') as {
      failures: number;
      waitUntil: number;
    };
  } catch {
    return { failures: 0, waitUntil: 0 };
  }
}

/**
 * Whether the app is locked, and the key while it is not. The key lives only in memory: it is
 * dropped on lock, after 5 minutes idle, and when the app is hidden.
 */
class LockState {
  isEnabled = $state(false);
  isLocked = $state(false);
  /** The phone's screen lock (a passkey with PRF) can open the app too. */
  hasPasskey = $state(false);
  #key: CryptoKey | undefined;
  #lastActivity = Date.now();

  /** Synchronous first guess from a flag, so no screen reads data before the lock shows. */
  init(): void {
    try {
      this.isEnabled = localStorage.getItem(FLAG) === '1';
    } catch {
      this.isEnabled = false;
    }
    if (this.isEnabled) this.#lockNow();
    if (this.isEnabled) void this.#readPasskey();
    // The database is the authority (the flag can be cleared with site storage).
    void isLockEnabled()
      .then((enabled) => {
        if (enabled && !this.isEnabled) {
          void this.#readPasskey();
          this.isEnabled = true;
          this.#remember(true);
          this.#lockNow();
        }
      })
      .catch(() => undefined);
  }

  /** Tries a passphrase. Wrong tries slow down; they never delete anything. */
  async unlock(passphrase: string): Promise<'ok' | 'wrong' | { waitSeconds: number }> {
    const attempts = readAttempts();
    if (Date.now() < attempts.waitUntil) {
      return { waitSeconds: Math.ceil((attempts.waitUntil - Date.now()) / 1000) };
    }
    performance.mark('lock:unlock:start');
    const { unlockKey } = await import('$lib/db/lock-keys');
    const key = await unlockKey(passphrase);
    if (!key) {
      const failures = attempts.failures + 1;
      const wait = backoffSeconds(failures);
      localStorage.setItem(
        ATTEMPTS,
        JSON.stringify({ failures, waitUntil: Date.now() + wait * 1000 }),
      );
      return wait ? { waitSeconds: wait } : 'wrong';
    }
    localStorage.removeItem(ATTEMPTS);
    this.#opened(key);
    return 'ok';
  }

  /** Opens with the phone's screen lock (the passkey's PRF secret unwraps the data key). */
  async unlockWithPasskey(): Promise<'ok' | 'failed'> {
    performance.mark('lock:unlock:start');
    try {
      const { passkeyOf, unlockWithPasskey } = await import('$lib/db/lock-passkey');
      const passkey = await passkeyOf();
      if (!passkey) return 'failed';
      const { passkeySecret } = await import('./passkey');
      const secret = await passkeySecret(passkey);
      const key = secret ? await unlockWithPasskey(secret) : undefined;
      if (!key) return 'failed';
      this.#opened(key);
      return 'ok';
    } catch {
      // Cancelled, timed out, or the passkey is gone: the passphrase still works.
      return 'failed';
    }
  }

  /** Adds the phone's screen lock, confirmed by the passphrase or PIN. */
  async addPasskey(passphrase: string): Promise<'ok' | 'wrong' | 'unsupported'> {
    const { createPasskeyPrf } = await import('./passkey');
    const created = await createPasskeyPrf(center.appName).catch(() => undefined);
    if (!created) return 'unsupported';
    const { addPasskey } = await import('$lib/db/lock-passkey');
    if (!(await addPasskey(passphrase, created))) return 'wrong';
    this.hasPasskey = true;
    return 'ok';
  }

  async removePasskey(): Promise<void> {
    const { removePasskey } = await import('$lib/db/lock-passkey');
    await removePasskey();
    this.hasPasskey = false;
  }

  /** Whether the lock also opens with a passkey (its module loads only when the lock is on). */
  async #readPasskey(): Promise<void> {
    try {
      const { passkeyOf } = await import('$lib/db/lock-passkey');
      this.hasPasskey = !!(await passkeyOf());
    } catch {
      this.hasPasskey = false;
    }
  }

  #opened(key: CryptoKey): void {
    this.#key = key;
    setUnlocked(key);
    this.#lastActivity = Date.now();
    this.isLocked = false;
  }

  lock(): void {
    if (this.isEnabled) this.#lockNow();
  }

  async enable(passphrase: string): Promise<void> {
    const { enableLock } = await import('$lib/db/lock-keys');
    this.#key = await enableLock(passphrase);
    this.isEnabled = true;
    this.#remember(true);
  }

  async disable(): Promise<void> {
    if (!this.#key) throw new Error('Unlock the app first.');
    const { disableLock } = await import('$lib/db/lock-keys');
    await disableLock(this.#key);
    this.#key = undefined;
    this.isEnabled = false;
    this.hasPasskey = false;
    this.#remember(false);
  }

  /** Auto-lock: after IDLE_MINUTES without use, and when the app is hidden. Returns a stop function. */
  watch(): () => void {
    const touch = () => (this.#lastActivity = Date.now());
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const name of events) addEventListener(name, touch, { passive: true });
    const onHide = () => {
      // A moment first, so forms store their drafts (encrypted) before the key goes.
      if (document.visibilityState === 'hidden') setTimeout(() => this.lock(), 150);
    };
    document.addEventListener('visibilitychange', onHide);
    const timer = setInterval(() => {
      if (Date.now() - this.#lastActivity >= IDLE_MINUTES * 60_000) this.lock();
    }, 1000);
    return () => {
      for (const name of events) removeEventListener(name, touch);
      document.removeEventListener('visibilitychange', onHide);
      clearInterval(timer);
    };
  }

  #lockNow(): void {
    this.#key = undefined;
    setUnlocked(undefined);
    this.isLocked = true;
  }

  #remember(isOn: boolean): void {
    try {
      if (isOn) localStorage.setItem(FLAG, '1');
      else localStorage.removeItem(FLAG);
    } catch {
      // The database still knows; the lock shows after it is read.
    }
  }
}

export const lock = new LockState();
