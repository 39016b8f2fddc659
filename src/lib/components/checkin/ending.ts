import type { Component } from 'svelte';
import type { CheckIn } from '$lib/domain/types';
import { locale } from '$lib/i18n/locale.svelte';

let loading: Promise<Component<{ checkIn: CheckIn }>> | undefined;

/**
 * The words a saved check-in ends with, as one promise of the component and its messages: out
 * of Today's first load, asked for as the client starts a check-in, so it is here by the save.
 */
export function loadEnding(): Promise<Component<{ checkIn: CheckIn }>> {
  loading ??= Promise.all([import('./CheckInEnding.svelte'), locale.need(['plan'])]).then(
    ([module]) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
