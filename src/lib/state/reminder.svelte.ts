import { checkInsOn } from '$lib/db/checkIns';
import { getSetting } from '$lib/db/settings';
import { msUntilReminder } from '$lib/domain/reminder';
import { t } from '$lib/i18n/locale.svelte';
import { clock } from './clock.svelte';

/**
 * The system notification for the daily reminder. Without a push server (the app sends nothing
 * anywhere) a web app can only notify while it is open, in the foreground or background; the
 * in-app nudge on Today covers every other case. Only where the client turned it on and the
 * browser allowed it.
 */
export function scheduleReminderNotification(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  void (async () => {
    const [time, isOn] = await Promise.all([
      getSetting('reminderTime'),
      getSetting('reminderNotifications'),
    ]);
    if (!isOn || typeof Notification === 'undefined' || Notification.permission !== 'granted') {
      return;
    }
    const wait = msUntilReminder(
      time ?? null,
      clock.local,
      Math.floor((Date.now() % 60_000) / 1000),
    );
    if (wait === null) return;
    timer = setTimeout(() => void notifyIfNoCheckIn(), wait);
  })().catch(() => undefined);
  return () => clearTimeout(timer);
}

async function notifyIfNoCheckIn(): Promise<void> {
  if ((await checkInsOn(clock.local.date)).length > 0) return;
  const registration = await navigator.serviceWorker?.ready;
  await registration?.showNotification(t('reminder.notification'), {
    tag: 'check-in-reminder',
    icon: '/icons/icon-192.png',
  });
}
