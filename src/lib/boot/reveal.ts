/**
 * The moment a page held back by app.html's first script (data-wait) is shown. The root layout
 * shows it once the app has drawn its screen; a part that must be the first thing painted (the
 * welcome, standing in Today's place on a new phone) holds it until that part is drawn.
 */

/** The longest a hold keeps the page hidden: a part that never comes must not hide the app. */
export const MAX_REVEAL_HOLD_MS = 4000;

const holds: Promise<unknown>[] = [];

/** Keeps the page hidden (if it is) until `until` settles, or MAX_REVEAL_HOLD_MS have passed. */
export function holdReveal(until: Promise<unknown>): void {
  holds.push(until);
}

/**
 * Shows the page once every hold has settled (at once without one). Call when the app has drawn.
 * @param show what showing is (the root layout: removing data-wait)
 */
export async function revealWhenHeld(show: () => void): Promise<void> {
  if (holds.length > 0) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((go) => (timer = setTimeout(go, MAX_REVEAL_HOLD_MS)));
    await Promise.race([Promise.allSettled(holds.splice(0)), late]);
    clearTimeout(timer);
  }
  show();
}
