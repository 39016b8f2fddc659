import { defaultBackupReminderDays, type BrowserFacts } from '$lib/domain/storage-policy';

/** What this browser says of itself (the facts storage-policy.ts decides from). */
export function browserFacts(): BrowserFacts {
  if (typeof navigator === 'undefined')
    return { userAgent: '', isStandalone: true, maxTouchPoints: 0 };
  const isStandalone =
    matchMedia('(display-mode: standalone)').matches ||
    matchMedia('(display-mode: fullscreen)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return { userAgent: navigator.userAgent, isStandalone, maxTouchPoints: navigator.maxTouchPoints };
}

/** The backup reminder's period in this browser until the client picks one. */
export function defaultReminderDaysHere(): number {
  return defaultBackupReminderDays(browserFacts());
}

const SEEN_KEY = 'keepDataNoticeSeen';

/** Whether the client has read the "keep your records" explanation (said once, on Today). */
export function isKeepDataNoticeSeen(): boolean {
  try {
    return localStorage.getItem(SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function markKeepDataNoticeSeen(): void {
  try {
    localStorage.setItem(SEEN_KEY, '1');
  } catch {
    // Storage blocked: the notice shows again next time, nothing worse.
  }
}
