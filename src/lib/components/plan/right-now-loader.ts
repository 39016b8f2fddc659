import type { Component } from 'svelte';
import { hasRecords } from '$lib/db/has-records';
import { locale } from '$lib/i18n/locale.svelte';
import { mark } from '$lib/boot/mark';

export type RightNowProps = {
  used?: boolean;
  today: string;
  onok: () => void;
  isAfterEnding?: boolean;
};

let loading: Promise<Component<RightNowProps>> | undefined;
let forgetPlan: (() => void) | undefined;

/** Drops the plan the panel read ahead (the app locked: its key is gone, so is this copy). */
export function forgetRightNowPlan(): void {
  forgetPlan?.();
}

/**
 * The Right now panel with its messages and the client's plan, as one promise: its own chunk,
 * out of Today's first load. Today asks for it once the phone is idle (and as a finger reaches
 * "I'm struggling"), so the press draws it in the same frame.
 */
export function loadRightNow(): Promise<Component<RightNowProps>> {
  loading ??= Promise.all([
    import('./RightNow.svelte').then(async (module) => {
      forgetPlan = module.forget;
      // The plan is read only where there is one: a first visit creates no database.
      if (await hasRecords('plans').catch(() => false)) await module.prefetch();
      return module;
    }),
    locale.need(['plan']),
  ]).then(
    ([module]) => {
      // For `npm run bench`: a warm press is one made once this is here.
      mark('rightNow:ready');
      return module.default as Component<RightNowProps>;
    },
    (error: unknown) => {
      // Offline before the chunk was cached: asked again on the next press.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
