import { refuseToReopen } from '$lib/db/database';
import { pwa } from './pwa.svelte';

// Every screen listens for a wipe begun in another tab; only Settings can begin one (erase.ts,
// which stays out of the code every screen loads first).
export const ERASE_CHANNEL = 'blvd-erase';

export type EraseMessage = 'erasing' | 'erased';

/**
 * In every tab: when another tab starts deleting everything, stop at once (`onErasing`), and
 * say it is done only when that tab has finished (`isDone`).
 */
export function watchForErase(onErase: (isDone: boolean) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(ERASE_CHANNEL);
  channel.onmessage = (event: MessageEvent<EraseMessage>) => {
    // This tab must not bring the other tab's deleted database back either.
    refuseToReopen();
    void pwa.stop();
    onErase(event.data === 'erased');
  };
  return () => channel.close();
}
