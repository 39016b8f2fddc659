import { plainCodec, useCodec } from '$lib/db/codec';
import { keyIdOf, lockMeta, setUnlocked, type LockMeta } from '$lib/db/lock';
import type { Unlocked } from '$lib/db/lock-keys';

import { LOCK_CHANNEL, type LockMessage } from '$lib/db/lock-id';
import { broadcast } from '$lib/utils/broadcast';
import { holdDatabase } from '$lib/db/database';
import { mark } from '$lib/boot/mark';

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
 * dropped on lock, after 5 minutes idle, and when the app is hidden. Every tab of the app follows
 * the lock stored in the database: a change in one tab (on, off, a new key) is announced and the
 * others read it again (and when they come back into view, for tabs that were asleep).
 */
class LockState {
  isEnabled = $state(false);
  isLocked = $state(false);
  /** The phone's screen lock (a passkey with PRF) can open the app too. */
  hasPasskey = $state(false);
  #unlocked: Unlocked | undefined;
  #lastActivity = Date.now();
  /** This page's end of the lock's channel, while watching (see watch). */
  #channel: BroadcastChannel | undefined;

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
    void this.refresh();
  }

  /**
   * Reads the stored lock again and follows it: turned on elsewhere (or a new key), this tab
   * locks; turned off elsewhere, it opens as plain. A new PIN keeps the key: nothing changes.
   */
  async refresh(): Promise<void> {
    let meta: LockMeta | undefined;
    try {
      meta = await lockMeta();
    } catch {
      return;
    }
    if (!meta) {
      if (!this.isEnabled) return;
      this.isEnabled = false;
      this.isLocked = false;
      this.hasPasskey = false;
      this.#unlocked = undefined;
      useCodec(plainCodec);
      this.#remember(false);
      return;
    }
    if (!this.isEnabled) {
      this.isEnabled = true;
      this.#remember(true);
    }
    if (this.#unlocked?.keyId !== keyIdOf(meta)) this.#lockNow();
    void this.#readPasskey();
  }

  /** Tries a passphrase. Wrong tries slow down; they never delete anything. */
  unlock(passphrase: string): Promise<'ok' | 'wrong' | { waitSeconds: number }> {
    return this.slowedDown(async () => {
      mark('lock:unlock:start');
      const { unlockKey } = await import('$lib/db/lock-keys');
      const unlocked = await unlockKey(passphrase);
      if (!unlocked) return 'wrong';
      this.#opened(unlocked);
      return 'ok';
    });
  }

  /**
   * Every check of the PIN or passphrase (unlock, turning the lock off, a new PIN) under one
   * slow-down: none is tried while a wait runs, a wrong one is counted (waiting starts after a
   * few, see backoffSeconds), a right one clears the count.
   */
  async slowedDown(
    check: () => Promise<'ok' | 'wrong'>,
  ): Promise<'ok' | 'wrong' | { waitSeconds: number }> {
    const attempts = readAttempts();
    if (Date.now() < attempts.waitUntil) {
      return { waitSeconds: Math.ceil((attempts.waitUntil - Date.now()) / 1000) };
    }
    if ((await check()) === 'ok') {
      localStorage.removeItem(ATTEMPTS);
      return 'ok';
    }
    const failures = attempts.failures + 1;
    const wait = backoffSeconds(failures);
    localStorage.setItem(
      ATTEMPTS,
      JSON.stringify({ failures, waitUntil: Date.now() + wait * 1000 }),
    );
    return wait ? { waitSeconds: wait } : 'wrong';
  }

  /** Opens with the phone's screen lock (the passkey's PRF secret unwraps the data key). */
  async unlockWithPasskey(): Promise<'ok' | 'failed'> {
    mark('lock:unlock:start');
    try {
      const { passkeyOf, unlockWithPasskey } = await import('$lib/db/lock-passkey');
      const passkey = await passkeyOf();
      if (!passkey) return 'failed';
      const { passkeySecret } = await import('./passkey');
      const secret = await passkeySecret(passkey);
      const unlocked = secret ? await unlockWithPasskey(secret) : undefined;
      if (!unlocked) return 'failed';
      this.#opened(unlocked);
      return 'ok';
    } catch {
      // Cancelled, timed out, or the passkey is gone: the passphrase still works.
      return 'failed';
    }
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

  #opened(unlocked: Unlocked): void {
    this.#unlocked = unlocked;
    setUnlocked(unlocked);
    this.#lastActivity = Date.now();
    this.isLocked = false;
  }

  lock(): void {
    if (this.isEnabled) this.#lockNow();
  }

  /**
   * The lock was turned on here (lock-settings.ts: what only Settings does to the lock lives
   * there, out of the code every screen loads first) with this key, or off (no key).
   */
  changedHere(unlocked: Unlocked | undefined): void {
    this.#unlocked = unlocked;
    this.isEnabled = unlocked !== undefined;
    if (!unlocked) this.hasPasskey = false;
    this.#remember(this.isEnabled);
    this.tellOtherTabs('changed');
  }

  /**
   * Tells the app's other tabs: the lock changed here (they read it again), or a clean start
   * holds and releases the database. Said on this page's own end of the channel, which never
   * hears itself: this page neither re-reads what it just did nor waits on its own clean start.
   */
  tellOtherTabs(message: LockMessage): void {
    if (this.#channel) this.#channel.postMessage(message);
    else broadcast(LOCK_CHANNEL, message);
  }

  /**
   * Auto-lock: after IDLE_MINUTES without use, and when the app is hidden. Follows changes made
   * in other tabs (announced; and read again on coming back, for a tab that was asleep or in the
   * back/forward cache and heard nothing). Returns a stop function.
   */
  watch(): () => void {
    const touch = () => (this.#lastActivity = Date.now());
    const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const name of events) addEventListener(name, touch, { passive: true });
    const onVisibility = () => {
      // A moment first, so forms store their drafts (encrypted) before the key goes.
      if (document.visibilityState === 'hidden') setTimeout(() => this.lock(), 150);
      else void this.refresh();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) void this.refresh();
    };
    addEventListener('pageshow', onShow);
    const channel =
      typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(LOCK_CHANNEL);
    this.#channel = channel;
    // A clean start in another tab rebuilds the database: this tab lets go of it and waits (for
    // at most two minutes, should that tab die), then follows the new lock.
    let release: (() => void) | undefined;
    let holdTimer: ReturnType<typeof setTimeout> | undefined;
    const letGo = () => {
      clearTimeout(holdTimer);
      release?.();
      release = undefined;
    };
    if (channel) {
      channel.onmessage = (event: MessageEvent<LockMessage>) => {
        if (event.data === 'hold') {
          release ??= holdDatabase();
          clearTimeout(holdTimer);
          holdTimer = setTimeout(letGo, 120_000);
          return;
        }
        if (event.data === 'release') letGo();
        // "Lock now" in another tab: someone may be looking at this one.
        if (event.data === 'lock') this.lock();
        void this.refresh();
      };
    }
    const timer = setInterval(() => {
      if (Date.now() - this.#lastActivity >= IDLE_MINUTES * 60_000) this.lock();
    }, 1000);
    return () => {
      for (const name of events) removeEventListener(name, touch);
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pageshow', onShow);
      channel?.close();
      this.#channel = undefined;
      letGo();
      clearInterval(timer);
    };
  }

  #lockNow(): void {
    this.#unlocked = undefined;
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
