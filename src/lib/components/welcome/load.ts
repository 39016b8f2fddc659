import type { Component } from 'svelte';
import { hasCheckIns, hasClientRecords } from '$lib/db/welcome';
import { locale } from '$lib/i18n/locale.svelte';
import { finishWelcome, savedWelcomeStep } from '$lib/state/welcome-flag';

/**
 * The welcome's component with its messages, or undefined where it is not for this phone: asked
 * ('ask') where records may be here, and a client with records is marked done for good. One
 * chunk of its own, so Today's first load carries a single small import for all of it.
 */
export async function loadWelcome(
  decision: 'yes' | 'ask',
): Promise<Component<{ onclose: () => void }> | undefined> {
  let welcome: Component<{ onclose: () => void }> | undefined;
  try {
    welcome = await welcomeFor(decision);
    return welcome;
  } finally {
    // app.html's splash has done its job: the welcome is drawn in its place in this same task
    // (only microtasks between here and then, so no frame without either), or not at all.
    document.querySelector('.boot-splash')?.remove();
    // Taps kept from the splash are for a welcome drawn in its place now. Where no welcome
    // comes, or the page was shown without it (the reveal limit passed: Today showed), they go.
    if (!welcome || !document.documentElement.hasAttribute('data-wait')) {
      window.__splashTaps = undefined;
    }
  }
}

async function welcomeFor(
  decision: 'yes' | 'ask',
): Promise<Component<{ onclose: () => void }> | undefined> {
  if (decision === 'ask' && (await hasClientRecords().catch(() => true))) {
    finishWelcome();
    return undefined;
  }
  // Left half-way, then a check-in saved from the Check-in screen: the welcome has done its job.
  if (savedWelcomeStep() && (await hasCheckIns().catch(() => false))) {
    finishWelcome();
    return undefined;
  }
  const [module] = await Promise.all([
    import('./Welcome.svelte'),
    locale.need(['welcome', 'data', 'center']),
  ]);
  return module.default;
}
